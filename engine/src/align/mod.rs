//! Alignment stage: links between passages of different reports, then statement groups.
//!
//! Candidate pairs come from an inverted index of features that are not too frequent, so the
//! cost grows near-linearly with input size instead of comparing all pairs. Groups are built
//! greedily from the strongest link down; a merge is refused when any member would have no
//! link of at least [`WEAK_SHARE`] × threshold to some other report in the merged group. That
//! stops chaining: a weak middle link cannot pull two unrelated passages into one group.

pub mod features;

use features::{similarity, Corpus, PassageFeatures};
use std::collections::HashMap;

/// A passage to align: its report, position and a stable fingerprint for tie-breaking.
#[derive(Debug, Clone, Copy)]
pub struct Node {
    /// Report index.
    pub doc: usize,
    /// Passage index within the report (for the adjacency of 1:n members).
    pub position: usize,
    /// Content hash, so ties break the same way whatever the order of reports.
    pub fingerprint: u64,
}

/// A scored link between two nodes (indices into the node list), `a < b`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// First node.
    pub a: usize,
    /// Second node.
    pub b: usize,
    /// Similarity in 0–1.
    pub score: f32,
}

/// A statement group: node indices and the mean score of the links that formed it.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeGroup {
    /// Member node indices, ascending.
    pub members: Vec<usize>,
    /// Mean score of the links that joined the members.
    pub score: f32,
}

/// Share of the threshold a member must reach towards every other report of its group.
pub const WEAK_SHARE: f32 = 0.6;

/// Share of the threshold enough for a pair of mutual best matches.
pub const MUTUAL_SHARE: f32 = 1.0;

/// Features seen in more passages than this are too common to propose candidates
/// (they still count in the similarity of proposed pairs).
fn candidate_df_cap(passages: usize) -> u32 {
    (passages / 50).max(64) as u32
}

/// Scores all candidate pairs of passages from different reports; keeps those ≥ `min_score`.
pub fn links(
    nodes: &[Node],
    feats: &[PassageFeatures],
    corpus: &Corpus,
    min_score: f32,
) -> Vec<Link> {
    let df = &corpus.df;
    let cap = candidate_df_cap(nodes.len());
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    for (i, f) in feats.iter().enumerate() {
        for &(id, _) in f.terms.iter().chain(&f.grams) {
            if df[id as usize] <= cap {
                postings.entry(id).or_default().push(i as u32);
            }
        }
    }
    let mut out = Vec::new();
    let mut seen: Vec<u32> = vec![u32::MAX; nodes.len()];
    for (i, f) in feats.iter().enumerate() {
        for &(id, _) in f.terms.iter().chain(&f.grams) {
            let Some(list) = postings.get(&id) else {
                continue;
            };
            for &j in list {
                let j = j as usize;
                if j <= i || nodes[j].doc == nodes[i].doc || seen[j] == i as u32 {
                    continue;
                }
                seen[j] = i as u32;
                let score = similarity(f, &feats[j]);
                if score >= min_score {
                    out.push(Link { a: i, b: j, score });
                }
            }
        }
    }
    out
}

/// Groups nodes by greedy, chaining-free merging of links at or above `threshold`.
///
/// Every node ends up in exactly one group; unlinked nodes form singleton groups.
pub fn group(
    nodes: &[Node],
    links: &[Link],
    threshold: f32,
    max_per_report: usize,
) -> Vec<NodeGroup> {
    let weak = threshold * WEAK_SHARE;
    let score_of: HashMap<(usize, usize), f32> =
        links.iter().map(|l| ((l.a, l.b), l.score)).collect();
    let sim = |x: usize, y: usize| *score_of.get(&(x.min(y), x.max(y))).unwrap_or(&0.0);

    // Competitive linking: a pair that is each other's best match across their two reports
    // needs less similarity than a pair where either side has a better partner.
    let mut best: HashMap<(usize, usize), f32> = HashMap::new();
    for l in links {
        for (x, y) in [(l.a, l.b), (l.b, l.a)] {
            let e = best.entry((x, nodes[y].doc)).or_insert(0.0);
            *e = e.max(l.score);
        }
    }
    let mutual = |l: &Link| {
        best[&(l.a, nodes[l.b].doc)] == l.score && best[&(l.b, nodes[l.a].doc)] == l.score
    };
    let mut order: Vec<&Link> = links
        .iter()
        .filter(|l| l.score >= threshold || (l.score >= threshold * MUTUAL_SHARE && mutual(l)))
        .collect();
    order.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| tie_key(nodes, x).cmp(&tie_key(nodes, y)))
    });

    let mut group_of: Vec<usize> = (0..nodes.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..nodes.len()).map(|i| vec![i]).collect();
    let mut scores: Vec<Vec<f32>> = vec![Vec::new(); nodes.len()];
    for link in order {
        let (ga, gb) = (group_of[link.a], group_of[link.b]);
        if ga == gb {
            continue;
        }
        let merged: Vec<usize> = groups[ga].iter().chain(&groups[gb]).copied().collect();
        if !fits(nodes, &merged, max_per_report, weak, &sim) {
            continue;
        }
        let moved = std::mem::take(&mut groups[gb]);
        for &m in &moved {
            group_of[m] = ga;
        }
        groups[ga].extend(moved);
        let moved_scores = std::mem::take(&mut scores[gb]);
        scores[ga].extend(moved_scores);
        scores[ga].push(link.score);
    }
    groups
        .into_iter()
        .zip(scores)
        .filter(|(g, _)| !g.is_empty())
        .map(|(mut members, s)| {
            members.sort_unstable();
            let score = if s.is_empty() {
                0.0
            } else {
                s.iter().sum::<f32>() / s.len() as f32
            };
            NodeGroup { members, score }
        })
        .collect()
}

/// Does a merged group respect the per-report cap, keep each report's members adjacent (a
/// report splitting one statement over neighbouring sentences), and link every member to every
/// other report?
fn fits(
    nodes: &[Node],
    merged: &[usize],
    max_per_report: usize,
    weak: f32,
    sim: &impl Fn(usize, usize) -> f32,
) -> bool {
    let mut per_doc: HashMap<usize, Vec<usize>> = HashMap::new();
    for &m in merged {
        per_doc.entry(nodes[m].doc).or_default().push(m);
    }
    if per_doc.values().any(|v| v.len() > max_per_report) {
        return false;
    }
    let adjacent = per_doc.values().all(|v| {
        let mut pos: Vec<usize> = v.iter().map(|&m| nodes[m].position).collect();
        pos.sort_unstable();
        pos.windows(2).all(|w| w[1] - w[0] <= 1)
    });
    if !adjacent {
        return false;
    }
    merged.iter().all(|&m| {
        per_doc
            .iter()
            .filter(|(&doc, _)| doc != nodes[m].doc)
            .all(|(_, others)| others.iter().any(|&o| sim(m, o) >= weak))
    })
}

/// Order-independent tie-breaker for equal scores: the pair's fingerprints, smaller first.
fn tie_key(nodes: &[Node], link: &Link) -> (u64, u64) {
    let (x, y) = (nodes[link.a].fingerprint, nodes[link.b].fingerprint);
    (x.min(y), x.max(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nodes(docs: &[usize]) -> Vec<Node> {
        docs.iter()
            .enumerate()
            .map(|(i, &doc)| Node {
                doc,
                position: i,
                fingerprint: i as u64,
            })
            .collect()
    }

    #[test]
    fn weak_middle_link_does_not_chain() {
        // 0 (doc 0) ~ 1 (doc 1) strongly; 1 ~ 2 (doc 2) just above threshold; 0 and 2 unrelated.
        let n = nodes(&[0, 1, 2]);
        let l = [
            Link {
                a: 0,
                b: 1,
                score: 0.9,
            },
            Link {
                a: 1,
                b: 2,
                score: 0.31,
            },
        ];
        let g = group(&n, &l, 0.3, 3);
        assert_eq!(
            g.iter().find(|g| g.members.contains(&0)).unwrap().members,
            [0, 1]
        );
        assert_eq!(
            g.iter().find(|g| g.members.contains(&2)).unwrap().members,
            [2]
        );
    }

    #[test]
    fn one_to_many_is_allowed() {
        // Node 0 (doc 0) says what nodes 1 and 2 (both doc 1) say in two sentences.
        let n = nodes(&[0, 1, 1]);
        let l = [
            Link {
                a: 0,
                b: 1,
                score: 0.5,
            },
            Link {
                a: 0,
                b: 2,
                score: 0.4,
            },
        ];
        let g = group(&n, &l, 0.3, 3);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].members, [0, 1, 2]);
    }

    #[test]
    fn three_reports_join_when_all_link() {
        let n = nodes(&[0, 1, 2]);
        let l = [
            Link {
                a: 0,
                b: 1,
                score: 0.8,
            },
            Link {
                a: 1,
                b: 2,
                score: 0.5,
            },
            Link {
                a: 0,
                b: 2,
                score: 0.2,
            },
        ];
        let g = group(&n, &l, 0.3, 3);
        assert_eq!(g.len(), 1);
    }
}
