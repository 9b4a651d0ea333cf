//! Long lists render a piece at a time: the first piece at once, one more after each turn of
//! the event loop. Thirty reports of 10,000 words are 17,000 passages; rendered in one go they
//! block the page for about a second, piece by piece no task is long and the page answers input
//! while the rest fills in.

use yew::prelude::*;

/// How many of the `total` pieces of the list identified by `key` to render now.
///
/// Starts at one whenever `key` changes (a new comparison) and grows by one per task until all
/// are shown; a list that fits in one piece renders at once.
#[hook]
pub fn use_progressive(key: usize, total: usize) -> usize {
    let state = use_state(|| (key, 1usize));
    let shown = if state.0 == key { state.1 } else { 1 };
    // What this render shows: a queued step for anything else is stale and does nothing.
    let latest = use_mut_ref(|| (key, shown));
    *latest.borrow_mut() = (key, shown);
    {
        let state = state.clone();
        use_effect_with((key, shown, total), move |&(key, shown, total)| {
            if shown < total {
                crate::tasks::next_task(move || {
                    if *latest.borrow() == (key, shown) {
                        state.set((key, shown + 1));
                    }
                });
            }
        });
    }
    shown.min(total)
}

/// Splits `0..len` items into pieces of about `size` (at least one item), cutting only where
/// `boundary(i)` allows (item `i` starts a new paragraph) unless a piece grows to twice `size`.
pub fn pieces(len: usize, size: usize, boundary: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    pieces_from(len, size, size, boundary)
}

/// Like [`pieces`], but the first piece is about `first` items: the first render of a new
/// comparison, which also builds everything around the list, stays short.
pub fn pieces_from(
    len: usize,
    first: usize,
    size: usize,
    boundary: impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..len {
        let n = i - start;
        let size = if out.is_empty() { first } else { size }.max(1);
        if (n >= size && boundary(i)) || n >= 2 * size {
            out.push((start, i));
            start = i;
        }
    }
    if start < len {
        out.push((start, len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::pieces;

    #[test]
    fn pieces_cover_everything_once_and_respect_paragraphs() {
        // Paragraphs start at 0, 3, 5, 12, 13.
        let starts = [0, 3, 5, 12, 13];
        let p = pieces(20, 4, |i| starts.contains(&i));
        assert_eq!(p, vec![(0, 5), (5, 12), (12, 20)]);
        assert_eq!(pieces(0, 4, |_| true), vec![]);
        assert_eq!(pieces(3, 100, |_| true), vec![(0, 3)]);
        // No boundary at all: cut at twice the size.
        assert_eq!(pieces(9, 2, |_| false), vec![(0, 4), (4, 8), (8, 9)]);
        // A smaller first piece, then the usual size.
        assert_eq!(
            super::pieces_from(20, 3, 4, |i| starts.contains(&i)),
            vec![(0, 3), (3, 11), (11, 19), (19, 20)]
        );
    }
}
