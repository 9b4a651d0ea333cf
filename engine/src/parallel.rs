//! Work split over all cores natively (scoped threads, results in input order, so output is the
//! same as a sequential run); one thread in WebAssembly, where the page has its own scheduling.

use std::ops::Range;

/// `f` over consecutive ranges of `0..len`, results concatenated in order. Natively the ranges
/// run on all cores when each gets at least `min_chunk` items; otherwise `f(0..len)` runs here.
pub fn map_ranges<U: Send>(
    len: usize,
    min_chunk: usize,
    f: impl Fn(Range<usize>) -> Vec<U> + Sync,
) -> Vec<U> {
    let threads = threads().min(len / min_chunk.max(1)).max(1);
    if threads == 1 {
        return f(0..len);
    }
    let step = len.div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..len)
            .step_by(step)
            .map(|start| scope.spawn(move || f(start..(start + step).min(len))))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `f` over `items` (each item on its own when there are cores to spare), results in order.
#[cfg(not(target_arch = "wasm32"))]
pub fn map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    map_ranges(items.len(), 1, |r| items[r].iter().map(&f).collect())
}

#[cfg(not(target_arch = "wasm32"))]
fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(target_arch = "wasm32")]
fn threads() -> usize {
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_cover_everything_in_order() {
        for len in [0, 1, 7, 1000] {
            let out = map_ranges(len, 3, |r| r.collect::<Vec<_>>());
            assert_eq!(out, (0..len).collect::<Vec<_>>());
        }
        assert_eq!(map(&[1, 2, 3], |x| x * 10), vec![10, 20, 30]);
    }
}
