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
        g.members
            .iter()
            .for_each(|&m| covered[m].clone_from(&reports));
    }
    // Offers (link ends in uncovered reports), bucketed by node with a counting sort.
    let offered = |from: usize, to: usize| !covered[from].contains(&nodes[to].doc);
    let ends = |l: &Link| [(l.a, l.b), (l.b, l.a)];
    let mut start = vec![0usize; nodes.len() + 1];
    for (from, to) in links.iter().flat_map(ends) {
        if offered(from, to) {
            start[from + 1] += 1;
        }
    }
    for i in 0..nodes.len() {
        start[i + 1] += start[i];
    }
    let mut next = start.clone();
    let mut offers = vec![(std::cmp::Reverse(0u32), 0u64, 0u32); start[nodes.len()]];
    for l in links {
        for (from, to) in ends(l) {
            if offered(from, to) {
                let key = std::cmp::Reverse(l.score.max(0.0).to_bits());
                offers[next[from]] = (key, nodes[to].fingerprint, to as u32);
                next[from] += 1;
            }
        }
    }
    (0..nodes.len())
        .map(|from| {
            let bucket = &mut offers[start[from]..start[from + 1]];
            crate::sort::ascending(bucket);
            let mut list: Vec<(usize, f32)> = Vec::new();
            for &(std::cmp::Reverse(bits), _, to) in bucket.iter() {
                if list.len() == max {
                    break;
                }
                let to = to as usize;
                if list.iter().all(|&(o, _)| nodes[o].doc != nodes[to].doc) {
                    list.push((to, f32::from_bits(bits)));
                }
            }
            list
        })
        .collect()
}
