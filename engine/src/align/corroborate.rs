//! Weak links that other evidence corroborates. A link below the threshold but at least
//! [`CORROBORATED_SHARE`] × threshold (words still point the same way) is raised to the threshold when
//! neither passage links at or above the threshold to any passage of the other's report (the
//! link fills a gap; it never competes with a counterpart already found), and
//! - **neighbours in step**: the statements just before both, or just after both, link at or
//!   above the threshold. Reports of one event often tell a stretch of it in the same order,
//!   and a paraphrase right next to two statements that agree ("Die Anbieter kritisierten den
//!   Beschluss" / "Die Anbieter zeigten sich enttäuscht", each after the ban's date) is more
//!   likely the same statement than its words alone say; or
//! - **a third report agrees**: a passage of a third report has such weak gap-filling links to
//!   both ("gone back to pen and paper" / "relying on paper notes" / "switched to paper
//!   records"): three reports that each say it in their own words corroborate each pair;
//!   or, with up to nine reports, such a passage links weakly to one and at or above the
//!   threshold to the other, and both weak links are clear mutual best matches (no rival in
//!   the other's report within a tenth of the score): two reports that state it clearly make
//!   the third's paraphrase theirs ("Störsignale … aus der russischen Exklave Kaliningrad" /
//!   "Störungen … von Anlagen in der Region Kaliningrad" / "Störsender in Kaliningrad").

use super::{Link, Node};

/// Share of the threshold a weak link must reach before neighbours in step or a third report
/// may raise it: below [`super::WEAK_SHARE`], which a link must reach on its words alone, as
/// the corroboration is evidence of its own. Over the twenty-nine test sets 0.5 (the lowest
/// score the links keep) finds five sure pairs more than 0.6 (Czech, Hungarian, second Dutch
/// set) and no wrong one; at lower shares wrong links come in.
const CORROBORATED_SHARE: f32 = 0.5;

/// Other reports per third report that must agree before a weak link counts (see
/// [`corroborate`]).
const THIRDS_PER_REPORT: usize = 4;

/// A link is a passage's clear best in a report when its second best there stays below this
/// share of it: within a tenth, the passage could mean either.
const CLEAR_MARGIN: f32 = 0.9;

/// Fewest links a thread checks (fewer are not worth a thread's start).
const LINKS_PER_THREAD: usize = 20_000;

/// Pair key of two nodes, order-free.
fn key(x: usize, y: usize) -> u64 {
    ((x.min(y) as u64) << 32) | x.max(y) as u64
}

/// The links at or above the threshold, and which passages have a counterpart in which report:
/// sorted keys, looked up by binary search (a hash set of `u64` would be one more copy of the
/// hash table's code in the browser bundle).
struct Strong {
    pairs: Vec<u64>,
    matched: Vec<u64>,
}

impl Strong {
    fn new(nodes: &[Node], links: &[Link], threshold: f32) -> Self {
        let (mut pairs, mut matched) = (Vec::new(), Vec::new());
        for l in links.iter().filter(|l| l.score >= threshold) {
            pairs.push(key(l.a, l.b));
            matched.push(((l.a as u64) << 32) | nodes[l.b].doc as u64);
            matched.push(((l.b as u64) << 32) | nodes[l.a].doc as u64);
        }
        crate::sort::ascending(&mut pairs);
        crate::sort::ascending(&mut matched);
        Self { pairs, matched }
    }

    /// Do nodes `x` and `y` link at or above the threshold?
    fn linked(&self, x: usize, y: usize) -> bool {
        self.pairs.binary_search(&key(x, y)).is_ok()
    }

    /// A weak link whose passages have no counterpart in each other's report.
    fn fills_gap(&self, nodes: &[Node], l: &Link, threshold: f32) -> bool {
        let has = |x: usize, report: usize| {
            self.matched
                .binary_search(&(((x as u64) << 32) | report as u64))
                .is_ok()
        };
        l.score < threshold
            && l.score >= CORROBORATED_SHARE * threshold
            && !has(l.a, nodes[l.b].doc)
            && !has(l.b, nodes[l.a].doc)
    }
}

/// The best two scores of some passages in each other report, to tell a clear mutual best from
/// a choice between near-equals.
struct Rivals {
    /// Per passage asked about: (report, its best partner there, best score, second score).
    tops: Vec<Vec<(usize, usize, f32, f32)>>,
}

impl Rivals {
    /// The best two scores of the passages `asked` (by node) among `links`.
    fn new(nodes: &[Node], links: &[Link], asked: &[bool]) -> Self {
        let mut tops: Vec<Vec<(usize, usize, f32, f32)>> = vec![Vec::new(); nodes.len()];
        for l in links {
            for (x, y) in [(l.a, l.b), (l.b, l.a)] {
                if !asked[x] {
                    continue;
                }
                let doc = nodes[y].doc;
                match tops[x].iter_mut().find(|t| t.0 == doc) {
                    // An equal score is a rival too: the second then equals the best.
                    Some(t) if l.score >= t.2 => *t = (doc, y, l.score, t.2),
                    Some(t) => t.3 = t.3.max(l.score),
                    None => tops[x].push((doc, y, l.score, 0.0)),
                }
            }
        }
        Self { tops }
    }

    /// Is the link of `x` and `y` each one's clear best in the other's report (its second best
    /// there below [`CLEAR_MARGIN`] of it)?
    fn clear_mutual_best(&self, nodes: &[Node], x: usize, y: usize) -> bool {
        let clear = |from: usize, to: usize| {
            self.tops[from]
                .iter()
                .find(|t| t.0 == nodes[to].doc)
                .is_some_and(|t| t.1 == to && t.3 < CLEAR_MARGIN * t.2)
        };
        clear(x, y) && clear(y, x)
    }
}

/// Raises the weak links that neighbours in step or a third report corroborate to
/// `threshold` (see the module doc). Returns how many were raised.
pub fn corroborate(nodes: &[Node], links: &mut [Link], threshold: f32) -> usize {
    let strong = Strong::new(nodes, links, threshold);
    // Each link is checked on its own: natively, slices of links run on all cores.
    let gaps: Vec<usize> = crate::parallel::map_ranges(links.len(), LINKS_PER_THREAD, |range| {
        range
            .filter(|&i| strong.fills_gap(nodes, &links[i], threshold))
            .collect()
    });
    // The statement next to `x` in its own report, `step` = -1 (before) or +1 (after).
    let next_to = |x: usize, step: isize| {
        let y = x.checked_add_signed(step)?;
        // (Tail nodes, [`super::tails`], come after all passages: the positions must be in
        // step too.)
        let next = y < nodes.len()
            && nodes[y].doc == nodes[x].doc
            && nodes[y].position == nodes[x].position.wrapping_add_signed(step);
        next.then_some(y)
    };
    let in_step = |a: usize, b: usize, step: isize| match (next_to(a, step), next_to(b, step)) {
        (Some(x), Some(y)) => strong.linked(x, y),
        _ => false,
    };
    // Each gap-filling link both ways, `passage << 32 | partner`, sorted: a passage's partners
    // are one run, sorted by partner.
    let mut partners: Vec<u64> = Vec::with_capacity(2 * gaps.len());
    for &i in &gaps {
        let (a, b) = (links[i].a as u64, links[i].b as u64);
        partners.extend([a << 32 | b, b << 32 | a]);
    }
    crate::sort::ascending(&mut partners);
    let partners_of = |x: usize| {
        let x = x as u64;
        &partners[partners.partition_point(|&p| p >> 32 < x)
            ..partners.partition_point(|&p| p >> 32 <= x)]
    };
    // With many reports, chance triangles become likely: the more reports, the more of them
    // must agree (one third report for up to nine reports, two for ten to thirteen, seven for
    // thirty).
    let docs = nodes.iter().map(|n| n.doc + 1).max().unwrap_or(0);
    let needed = (docs.saturating_sub(2) / THIRDS_PER_REPORT).max(1);
    // A third passage with a strong link counts where one third report suffices (with thirty
    // reports, the best scores of every passage of a weak link are not worth their time).
    let mut asked = vec![false; nodes.len()];
    if needed == 1 {
        for &i in &gaps {
            asked[links[i].a] = true;
            asked[links[i].b] = true;
        }
    }
    let rivals = Rivals::new(nodes, links, &asked);
    // Partners common to `a` and `b` (one merge of the two sorted runs), from other reports.
    let third_agrees = |a: usize, b: usize| {
        let (of_a, of_b) = (partners_of(a), partners_of(b));
        let mut agreeing: Vec<usize> = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < of_a.len() && j < of_b.len() {
            let (x, y) = (of_a[i] as u32, of_b[j] as u32);
            i += usize::from(x <= y);
            j += usize::from(y <= x);
            let doc = nodes[x as usize].doc;
            if x == y && doc != nodes[a].doc && doc != nodes[b].doc && !agreeing.contains(&doc) {
                agreeing.push(doc);
            }
        }
        // A third passage that links weakly to one of them and at or above the threshold to
        // the other agrees too, when the weak links are clear mutual best matches: the two
        // reports that state it in words of their own corroborate the third's paraphrase
        // ("Die Störsignale kommen … aus der russischen Exklave Kaliningrad" / "Störungen …
        // von Anlagen in der Region Kaliningrad" / "die Störsender in Kaliningrad").
        let clear = |x: usize, y: usize| rivals.clear_mutual_best(nodes, x, y);
        if clear(a, b) {
            for (one, other) in [(a, b), (b, a)] {
                for &p in partners_of(one) {
                    let c = p as u32 as usize;
                    let doc = nodes[c].doc;
                    if doc != nodes[other].doc
                        && strong.linked(c, other)
                        && clear(one, c)
                        && !agreeing.contains(&doc)
                    {
                        agreeing.push(doc);
                    }
                }
            }
        }
        agreeing.len() >= needed
    };
    let raise: Vec<usize> = crate::parallel::map_ranges(gaps.len(), LINKS_PER_THREAD, |range| {
        gaps[range]
            .iter()
            .copied()
            .filter(|&i| {
                let (a, b) = (links[i].a, links[i].b);
                in_step(a, b, -1) || in_step(a, b, 1) || third_agrees(a, b)
            })
            .collect()
    });
    for &i in &raise {
        links[i].score = threshold;
    }
    raise.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two reports of three statements each (nodes 0–2 and 3–5).
    fn two_reports() -> Vec<Node> {
        crate::align::test_nodes(&[0, 0, 0, 1, 1, 1])
    }

    fn link(a: usize, b: usize, score: f32) -> Link {
        Link { a, b, score }
    }

    #[test]
    fn a_weak_link_next_to_a_strong_one_is_raised() {
        let nodes = two_reports();
        // 0 ↔ 3 agree; 1 ↔ 4 right after them only weakly, and neither has another counterpart.
        let mut links = vec![link(0, 3, 0.5), link(1, 4, 0.2)];
        assert_eq!(corroborate(&nodes, &mut links, 0.3), 1);
        assert_eq!(links[1].score, 0.3);
        // The same in the other direction: 2 ↔ 5 agree, 1 ↔ 4 just before them.
        let mut links = vec![link(1, 4, 0.2), link(2, 5, 0.5)];
        assert_eq!(corroborate(&nodes, &mut links, 0.3), 1);
        // Weaker than a merge accepts on words alone (0.16 < WEAK_SHARE × 0.3), but in step.
        let mut links = vec![link(0, 3, 0.5), link(1, 4, 0.16)];
        assert_eq!(corroborate(&nodes, &mut links, 0.3), 1);
    }

    #[test]
    fn a_found_counterpart_too_weak_words_or_neighbours_out_of_step_keep_it_weak() {
        let nodes = two_reports();
        // 1 already has a counterpart in the second report (5).
        let mut found = vec![link(0, 3, 0.5), link(1, 4, 0.2), link(1, 5, 0.4)];
        assert_eq!(corroborate(&nodes, &mut found, 0.3), 0);
        // Below CORROBORATED_SHARE × threshold the words do not point the same way.
        let mut weak = vec![link(0, 3, 0.5), link(1, 4, 0.14)];
        assert_eq!(corroborate(&nodes, &mut weak, 0.3), 0);
        // 0 ↔ 5 agree, but 5 is not next to 4 on the same side as 0 is next to 1.
        let mut crossed = vec![link(0, 5, 0.5), link(1, 4, 0.2)];
        assert_eq!(corroborate(&nodes, &mut crossed, 0.3), 0);
        // Node 2 is the last of the first report: node 3 after it is another report's first.
        let mut edge = vec![link(2, 4, 0.2), link(3, 5, 0.5)];
        assert_eq!(corroborate(&nodes, &mut edge, 0.3), 0);
    }

    /// Three reports of one statement each (nodes 0, 1, 2), and a fourth passage (3) in the
    /// third report.
    fn three_reports() -> Vec<Node> {
        crate::align::test_nodes(&[0, 1, 2, 2])
    }

    #[test]
    fn three_weak_links_between_three_reports_corroborate_each_other() {
        let nodes = three_reports();
        let mut links = vec![link(0, 1, 0.25), link(0, 2, 0.22), link(1, 2, 0.2)];
        assert_eq!(corroborate(&nodes, &mut links, 0.3), 3);
        assert!(links.iter().all(|l| l.score == 0.3));
    }

    #[test]
    fn two_weak_links_or_a_found_counterpart_are_no_triangle() {
        let nodes = three_reports();
        // The third side is missing.
        let mut open = vec![link(0, 1, 0.25), link(0, 2, 0.22)];
        assert_eq!(corroborate(&nodes, &mut open, 0.3), 0);
        // Passage 1 already has a counterpart in the third report (3), so 1 ↔ 2 fills no gap
        // and 0 ↔ 1 finds no third side either.
        let mut found = vec![
            link(0, 1, 0.25),
            link(0, 2, 0.22),
            link(1, 2, 0.2),
            link(1, 3, 0.5),
        ];
        assert_eq!(corroborate(&nodes, &mut found, 0.3), 0);
    }

    #[test]
    fn a_passage_weakly_linked_to_both_sides_of_a_strong_link_joins_when_clearly_best() {
        // Node 0 links weakly to 1 and 2 (reports 1 and 2), which link strongly: both weak
        // links are raised.
        let nodes = crate::align::test_nodes(&[0, 1, 2, 2]);
        let mut links = vec![link(0, 1, 0.22), link(0, 2, 0.19), link(1, 2, 0.4)];
        assert_eq!(corroborate(&nodes, &mut links, 0.3), 2);
        assert_eq!((links[0].score, links[1].score), (0.3, 0.3));
        // A rival in report 2 within a tenth of the score (node 3, 0.18): 0 could mean either,
        // and neither weak link is raised.
        let mut rival = vec![
            link(0, 1, 0.22),
            link(0, 2, 0.19),
            link(1, 2, 0.4),
            link(0, 3, 0.18),
        ];
        assert_eq!(corroborate(&nodes, &mut rival, 0.3), 0);
        // A clear rival further down (0.1) leaves the test as it was.
        let mut far = vec![
            link(0, 1, 0.22),
            link(0, 2, 0.19),
            link(1, 2, 0.4),
            link(0, 3, 0.1),
        ];
        assert_eq!(corroborate(&nodes, &mut far, 0.3), 2);
    }
}
