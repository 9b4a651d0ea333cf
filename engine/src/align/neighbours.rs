//! Neighbours as evidence. Reports of one event often tell a stretch of it in the same order,
//! and a paraphrase right next to two statements that agree ("Die Anbieter kritisierten den
//! Beschluss" / "Die Anbieter zeigten sich enttäuscht", each after the ban's date) is more
//! likely the same statement than its words alone say. A weak link is raised to the
//! threshold when
//! 1. the statements just before both, or just after both, link at or above the threshold
//!    (the two reports run in step there), and
//! 2. neither passage links at or above the threshold to any passage of the other's report
//!    (the link fills a gap; it never competes with a counterpart already found).
//!
//! Only links of at least [`super::WEAK_SHARE`] × threshold qualify: words must still point
//! the same way.

use super::{Link, Node, WEAK_SHARE};
use rustc_hash::FxHashSet;

/// Raises the weak links that their neighbours confirm to `threshold` (see the module doc).
/// Returns how many were raised.
pub fn link_neighbours(nodes: &[Node], links: &mut [Link], threshold: f32) -> usize {
    let key = |x: usize, y: usize| ((x.min(y) as u64) << 32) | x.max(y) as u64;
    let count = links.iter().filter(|l| l.score >= threshold).count();
    let mut strong: FxHashSet<u64> = FxHashSet::default();
    strong.reserve(count);
    // (passage, report) pairs where the passage has a counterpart at or above the threshold.
    let mut matched: FxHashSet<u64> = FxHashSet::default();
    matched.reserve(2 * count);
    for l in links.iter().filter(|l| l.score >= threshold) {
        strong.insert(key(l.a, l.b));
        matched.insert(((l.a as u64) << 32) | nodes[l.b].doc as u64);
        matched.insert(((l.b as u64) << 32) | nodes[l.a].doc as u64);
    }
    let has_counterpart =
        |x: usize, report: usize| matched.contains(&(((x as u64) << 32) | report as u64));
    // The statement next to `x` in its own report, `step` = -1 (before) or +1 (after).
    let next_to = |x: usize, step: isize| {
        let y = x.checked_add_signed(step)?;
        (y < nodes.len() && nodes[y].doc == nodes[x].doc).then_some(y)
    };
    let in_step = |a: usize, b: usize, step: isize| match (next_to(a, step), next_to(b, step)) {
        (Some(x), Some(y)) => strong.contains(&key(x, y)),
        _ => false,
    };
    let mut raised = 0;
    for l in links.iter_mut() {
        if l.score >= threshold || l.score < WEAK_SHARE * threshold {
            continue;
        }
        let gap = !has_counterpart(l.a, nodes[l.b].doc) && !has_counterpart(l.b, nodes[l.a].doc);
        if gap && (in_step(l.a, l.b, -1) || in_step(l.a, l.b, 1)) {
            l.score = threshold;
            raised += 1;
        }
    }
    raised
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two reports of three statements each (nodes 0–2 and 3–5).
    fn two_reports() -> Vec<Node> {
        (0..6)
            .map(|i| Node {
                doc: i / 3,
                position: i % 3,
                fingerprint: i as u64,
            })
            .collect()
    }

    fn link(a: usize, b: usize, score: f32) -> Link {
        Link { a, b, score }
    }

    #[test]
    fn a_weak_link_next_to_a_strong_one_is_raised() {
        let nodes = two_reports();
        // 0 ↔ 3 agree; 1 ↔ 4 right after them only weakly, and neither has another counterpart.
        let mut links = vec![link(0, 3, 0.5), link(1, 4, 0.2)];
        assert_eq!(link_neighbours(&nodes, &mut links, 0.3), 1);
        assert_eq!(links[1].score, 0.3);
        // The same in the other direction: 2 ↔ 5 agree, 1 ↔ 4 just before them.
        let mut links = vec![link(1, 4, 0.2), link(2, 5, 0.5)];
        assert_eq!(link_neighbours(&nodes, &mut links, 0.3), 1);
    }

    #[test]
    fn a_found_counterpart_too_weak_words_or_neighbours_out_of_step_keep_it_weak() {
        let nodes = two_reports();
        // 1 already has a counterpart in the second report (5).
        let mut found = vec![link(0, 3, 0.5), link(1, 4, 0.2), link(1, 5, 0.4)];
        assert_eq!(link_neighbours(&nodes, &mut found, 0.3), 0);
        // Below WEAK_SHARE × threshold the words do not point the same way.
        let mut weak = vec![link(0, 3, 0.5), link(1, 4, 0.15)];
        assert_eq!(link_neighbours(&nodes, &mut weak, 0.3), 0);
        // 0 ↔ 5 agree, but 5 is not next to 4 on the same side as 0 is next to 1.
        let mut crossed = vec![link(0, 5, 0.5), link(1, 4, 0.2)];
        assert_eq!(link_neighbours(&nodes, &mut crossed, 0.3), 0);
        // Node 2 is the last of the first report: node 3 after it is another report's first.
        let mut edge = vec![link(2, 4, 0.2), link(3, 5, 0.5)];
        assert_eq!(link_neighbours(&nodes, &mut edge, 0.3), 0);
    }
}
