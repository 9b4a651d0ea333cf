//! Closest passages: for each statement, the strongest links into reports its group does not
//! cover, at most one per report. Offered to the reader, never counted as links.

use super::{Link, Node, NodeGroup};

/// Per node, up to `max` `(other node, score)` from distinct reports outside the node's group,
/// strongest first; equal scores by content (fingerprint), so report order does not matter.
pub fn closest(
    nodes: &[Node],
    links: &[Link],
    groups: &[NodeGroup],
    max: usize,
) -> Vec<Vec<(usize, f32)>> {
    // Reports that state each node's statement (its group's reports, or its own).
    let mut covered: Vec<Vec<usize>> = nodes.iter().map(|n| vec![n.doc]).collect();
    for g in groups {
        let mut reports: Vec<usize> = g.members.iter().map(|&m| nodes[m].doc).collect();
        crate::sort::ascending(&mut reports);
        reports.dedup();
        // A passage of two facts is in two groups: it covers the reports of both.
        for &m in &g.members {
            if covered[m].len() == 1 {
                covered[m].clone_from(&reports);
            } else {
                for r in &reports {
                    if !covered[m].contains(r) {
                        covered[m].push(*r);
                    }
                }
            }
        }
    }
    // Per node, the best offer (a link end in an uncovered report) of each of at most `max`
    // reports: offers in one pass, each compared with the few kept. The best `max` reports by
    // their best offer are what sorting all offers and taking the first of each report gives.
    let mut best: Vec<Vec<Offer>> = vec![Vec::new(); nodes.len()];
    for l in links {
        for (from, to) in [(l.a, l.b), (l.b, l.a)] {
            if !covered[from].contains(&nodes[to].doc) {
                let key = (
                    std::cmp::Reverse(l.score.max(0.0).to_bits()),
                    nodes[to].fingerprint,
                    to as u32,
                );
                keep(&mut best[from], key, nodes, max);
            }
        }
    }
    best.into_iter()
        .map(|kept| {
            kept.into_iter()
                .map(|(std::cmp::Reverse(bits), _, to)| (to as usize, f32::from_bits(bits)))
                .collect()
        })
        .collect()
}

/// An offer, ordered best first: score (higher first), then the fingerprint and index of its
/// passage, so the order is total and does not depend on the order of reports.
type Offer = (std::cmp::Reverse<u32>, u64, u32);

/// Adds `offer` to `kept` (at most `max` offers from distinct reports, best first) if it is
/// better than its report's kept offer, or than the worst when its report has none.
fn keep(kept: &mut Vec<Offer>, offer: Offer, nodes: &[Node], max: usize) {
    let doc = nodes[offer.2 as usize].doc;
    match kept.iter().position(|o| nodes[o.2 as usize].doc == doc) {
        Some(k) if offer < kept[k] => {
            kept.remove(k);
        }
        Some(_) => return,
        None if kept.len() == max => {
            if max == 0 || offer >= kept[max - 1] {
                return;
            }
            kept.pop();
        }
        None => {}
    }
    let at = kept.partition_point(|o| *o < offer);
    kept.insert(at, offer);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `keep` must equal: all offers sorted, the first of each report, the first `max`.
    fn sorted_then_first_per_report(offers: &[Offer], nodes: &[Node], max: usize) -> Vec<Offer> {
        let mut all = offers.to_vec();
        all.sort();
        let mut list: Vec<Offer> = Vec::new();
        for o in all {
            let doc = nodes[o.2 as usize].doc;
            if list.len() < max && list.iter().all(|k| nodes[k.2 as usize].doc != doc) {
                list.push(o);
            }
        }
        list
    }

    #[test]
    fn keeping_offers_one_by_one_equals_sorting_them_all() {
        let nodes: Vec<Node> = (0..40)
            .map(|i| Node {
                doc: i % 7,
                position: i,
                fingerprint: (i as u64 * 2_654_435_761) % 97,
            })
            .collect();
        let mut seed = 12_345u64;
        for round in 0..200 {
            let offers: Vec<Offer> = (0..round % 30)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    let to = (seed >> 33) as usize % nodes.len();
                    let bits = ((seed >> 20) % 5) as u32; // many ties
                    (std::cmp::Reverse(bits), nodes[to].fingerprint, to as u32)
                })
                .collect();
            for max in 0..4 {
                let mut kept = Vec::new();
                for &o in &offers {
                    keep(&mut kept, o, &nodes, max);
                }
                assert_eq!(kept, sorted_then_first_per_report(&offers, &nodes, max));
            }
        }
    }
}
