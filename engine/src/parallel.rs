//! Work split over all cores natively (scoped threads, results in input order, so output is the
//! same as a sequential run); one thread in WebAssembly, where the page has its own scheduling.

use std::ops::Range;

/// `f` over consecutive ranges of `0..len`, results concatenated in order. Natively the ranges
/// run on all cores when each core gets at least `min_chunk` items; otherwise `f(0..len)` runs
/// here. The ranges are smaller than a core's share and handed out one by one, so a core that
/// drew light items takes more (items of uneven cost, such as groups of 2 or 30 members).
pub fn map_ranges<U: Send>(
    len: usize,
    min_chunk: usize,
    f: impl Fn(Range<usize>) -> Vec<U> + Sync,
) -> Vec<U> {
    let threads = threads().min(len / min_chunk.max(1)).max(1);
    if threads == 1 {
        return f(0..len);
    }
    let chunk = min_chunk
        .max(len.div_ceil(threads * CHUNKS_PER_THREAD))
        .max(1);
    let chunks = len.div_ceil(chunk);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (f, next) = (&f, &next);
    let mut parts: Vec<(usize, Vec<U>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let c = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if c >= chunks {
                            break done;
                        }
                        done.push((c, f(c * chunk..((c + 1) * chunk).min(len))));
                    }
                })
            })
            .collect();
        handles.into_iter().flat_map(joined).collect()
    });
    parts.sort_unstable_by_key(|p| p.0);
    parts.into_iter().flat_map(|p| p.1).collect()
}

/// The result of a scoped thread; its panic, if it panicked, goes on here.
fn joined<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// Ranges per core: enough to even out uneven items, few enough to keep each range's set-up
/// (a scratch array, a scatter) cheap.
const CHUNKS_PER_THREAD: usize = 8;

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
