//! Stable sorting through one compiled sort routine in WebAssembly. Every `sort_by` of another
//! element type or comparator is a copy of the standard library's sort (2–4 KB each; twelve
//! copies made 40 KB of the browser bundle). In WebAssembly these functions sort positions
//! (`u32`) with a comparator behind a reference, one copy for all, then move the elements into
//! place; natively they call the standard library's stable sort, which is faster. Both sort
//! stably, so both give the same order.

use std::cmp::Ordering;

/// Sorts `v` stably by `compare`.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_mut))]
pub fn by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(compare);
    #[cfg(target_arch = "wasm32")]
    {
        let mut order: Vec<u32> = (0..v.len() as u32).collect();
        positions(&mut order, &mut |a, b| {
            compare(&v[a as usize], &v[b as usize])
        });
        arrange(v, order);
    }
}

/// Sorts `v` stably by `key`.
pub fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` by `key`, which no two elements share: every sort gives the same order, so
/// natively the faster unstable sort runs.
pub fn by_unique_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable_by_key(key);
    #[cfg(target_arch = "wasm32")]
    by_key(v, key);
}

/// Sorts `v` in ascending order. Meant for values that are equal only when identical (numbers,
/// strings, tuples of them): natively the faster unstable sort then gives the same order.
pub fn ascending<T: Ord>(v: &mut [T]) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
    #[cfg(target_arch = "wasm32")]
    by(v, T::cmp);
}

/// The one sort instance: positions ordered by `compare`, stably. A bottom-up merge sort (runs
/// of 1, 2, 4 … positions merged pairwise through one buffer; two runs already in order are
/// left as they are): a tenth of the size of the standard library's sort in WebAssembly
/// (4.3 KB), which a bundle of one sort does not need.
#[cfg(any(target_arch = "wasm32", test))]
#[inline(never)]
fn positions(order: &mut [u32], compare: &mut dyn FnMut(u32, u32) -> Ordering) {
    let n = order.len();
    let mut merged = order.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start + width < n {
            let (mid, end) = (start + width, (start + 2 * width).min(n));
            if compare(order[mid - 1], order[mid]) == Ordering::Greater {
                let (mut left, mut right) = (start, mid);
                for slot in &mut merged[start..end] {
                    // Ties take the left run's position first: the sort is stable.
                    let from_left = right == end
                        || (left < mid && compare(order[left], order[right]) != Ordering::Greater);
                    let from = if from_left { &mut left } else { &mut right };
                    *slot = order[*from];
                    *from += 1;
                }
                order[start..end].copy_from_slice(&merged[start..end]);
            }
            start = end;
        }
        width *= 2;
    }
}

/// Moves `v[order[i]]` to position `i`, one cycle of the permutation at a time. The elements
/// move as bytes, so one compiled copy serves every element type (as [`positions`] does).
#[cfg(any(target_arch = "wasm32", test))]
fn arrange<T>(v: &mut [T], order: Vec<u32>) {
    use std::mem::MaybeUninit;
    let (size, len) = (std::mem::size_of::<T>(), std::mem::size_of_val(v));
    // SAFETY: the slice covers exactly the memory of `v`, as possibly uninitialised bytes
    // (padding), and `arrange_bytes` only swaps whole elements: afterwards every element is
    // one of the original values, each exactly once, as `slice::swap` would leave them.
    let bytes =
        unsafe { std::slice::from_raw_parts_mut(v.as_mut_ptr().cast::<MaybeUninit<u8>>(), len) };
    arrange_bytes(bytes, size, order);
}

/// [`arrange`] on elements of `size` bytes.
#[cfg(any(target_arch = "wasm32", test))]
#[inline(never)]
fn arrange_bytes(bytes: &mut [std::mem::MaybeUninit<u8>], size: usize, mut order: Vec<u32>) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] as usize != at {
            let from = order[at] as usize;
            order[at] = at as u32; // placed
            if from == start {
                break;
            }
            // Elements `at` and `from`, two distinct ones.
            let (first, second) = (at.min(from), at.max(from));
            let (low, high) = bytes.split_at_mut(second * size);
            low[first * size..(first + 1) * size].swap_with_slice(&mut high[..size]);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The WebAssembly path, run natively.
    fn by_positions<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
        let mut order: Vec<u32> = (0..v.len() as u32).collect();
        positions(&mut order, &mut |a, b| {
            compare(&v[a as usize], &v[b as usize])
        });
        arrange(v, order);
    }

    #[test]
    fn elements_that_own_memory_move_whole() {
        // Moved as bytes: each string ends up once, in order (a double move would free twice).
        let mut words: Vec<String> = "der die das und in den von zu mit sich des auf für ist"
            .split(' ')
            .map(|w| w.repeat(3))
            .collect();
        let mut expected = words.clone();
        expected.sort();
        by_positions(&mut words, |a, b| a.cmp(b));
        assert_eq!(words, expected);
    }

    #[test]
    fn positions_sort_like_the_standard_library() {
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 5, 10, 17, 100, 1000, 4097] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0); // stable: equal keys keep their order
            let mut mine = items.clone();
            by_positions(&mut mine, |a, b| a.0.cmp(&b.0));
            assert_eq!(mine, expected, "length {len}");
            let mut native = items;
            by_key(&mut native, |x| x.0);
            assert_eq!(native, expected);
        }
    }
}
