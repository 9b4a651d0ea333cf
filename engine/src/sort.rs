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

/// Moves `v[order[i]]` to position `i`, one cycle of the permutation at a time.
#[cfg(any(target_arch = "wasm32", test))]
fn arrange<T>(v: &mut [T], mut order: Vec<u32>) {
    for start in 0..v.len() {
        let mut at = start;
        while order[at] as usize != at {
            let from = order[at] as usize;
            order[at] = at as u32; // placed
            if from == start {
                break;
            }
            v.swap(at, from);
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
