//! Alignment stage: links between passages of different reports, then statement groups.
//!
//! Candidate pairs come from an inverted index probed with each passage's rarest features, so
//! the cost grows near-linearly with input size instead of comparing all pairs. Groups are built
//! greedily from the strongest link down; a merge is refused when any member would have no
//! link of at least [`WEAK_SHARE`] × threshold to some other report in the merged group, unless
//! (a statement each report makes once) two clear links meet in a third member. That stops
//! chaining: a weak middle link cannot pull two unrelated passages into one group.

pub mod adjacency;
pub mod also;
pub mod closest;
pub mod corroborate;
pub mod features;
pub mod headlines;
pub mod tails;

use crate::slots::Slots;
use features::{Corpus, PassageFeatures, Scattered};

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

/// Share of the threshold both links through a third member must reach ([`bridged`]): a link
/// at the bare threshold, or raised to it by corroboration, is a weak middle link.
const BRIDGE_SHARE: f32 = 1.1;

/// Last position of a report's lead (title, then one or two sentences of standfirst): a
/// report that says something there and again in its body may hold both passages in one
/// group ([`fits`]).
pub(crate) const LEAD_ZONE: usize = 2;

/// Up to this many statements, every pair from different reports is scored (exact).
const EXHAUSTIVE_LIMIT: usize = 600;

/// Rarest term features of a passage used to look up candidates.
fn probe_count(terms: usize) -> usize {
    6 + terms / 8
}

/// Most passages of one report a probe feature proposes, so repeated text cannot blow up the
/// candidate lists (a report that repeats a sentence 900 times still proposes a few of them).
const PER_REPORT_POSTINGS: usize = 8;

/// Candidates per other report kept after the cheap pre-score, then scored in full.
const CANDIDATES_PER_REPORT: usize = 2;

/// Scores candidate pairs of passages from different reports; keeps those ≥ `min_score`, and
/// links the headlines of reports that links at or above `threshold` show to be on one event
/// ([`headlines`]).
///
/// Small inputs score every pair. Larger ones probe an inverted index with each passage's
/// rarest terms, pre-score the proposals by the shared probe weights, and score only the best
/// few per other report in full: near-linear cost in the number of passages. Each pair is
/// scored once, with one side spread over a dense array ([`Scattered`]).
pub fn links(
    nodes: &[Node],
    feats: &[PassageFeatures],
    corpus: &Corpus,
    min_score: f32,
    threshold: f32,
) -> Vec<Link> {
    let pairs = if nodes.len() <= EXHAUSTIVE_LIMIT {
        all_pairs(nodes)
    } else {
        candidate_pairs(nodes, feats, corpus)
    };
    // Natively, big inputs score slices of the pair list on all cores (same links, same order).
    let mut links = crate::parallel::map_ranges(pairs.len(), PAIRS_PER_THREAD, |range| {
        let mut scatter = Scattered::new(corpus.df.len());
        let mut loaded = usize::MAX;
        let mut out = Vec::new();
        for &(a, b) in &pairs[range] {
            let (a, b) = (a as usize, b as usize);
            if a != loaded {
                scatter.load(&feats[a]);
                loaded = a;
            }
            let score = scatter.similarity(&feats[a], &feats[b]);
            if score >= min_score {
                out.push(Link { a, b, score });
            }
        }
        out
    });
    headlines::link_headlines(nodes, feats, &mut links, min_score, threshold);
    corroborate::corroborate(nodes, &mut links, threshold);
    links
}

/// Fewest pairs a thread scores (fewer are not worth a thread's start).
const PAIRS_PER_THREAD: usize = 5_000;

/// Fewest passages a thread looks up candidates for.
const PROBES_PER_THREAD: usize = 500;

/// Every pair of nodes from different reports, `a < b`, sorted.
fn all_pairs(nodes: &[Node]) -> Vec<(u32, u32)> {
    let mut pairs = Vec::new();
    for i in 0..nodes.len() {
        for j in (i + 1)..nodes.len() {
            if nodes[i].doc != nodes[j].doc {
                pairs.push((i as u32, j as u32));
            }
        }
    }
    pairs
}

/// Postings of one feature: `(node, weight)` in node order, and the runs of each report in it.
#[derive(Default)]
struct Postings {
    entries: Vec<(u32, f32)>,
    /// `(report, start, end)` ranges of `entries`.
    runs: Vec<(usize, usize, usize)>,
}

/// An inverted index from term feature to the passages that contain it.
fn index(nodes: &[Node], feats: &[PassageFeatures]) -> Slots<u64, Postings> {
    let mut postings: Slots<u64, Postings> = Slots::default();
    for (i, f) in feats.iter().enumerate() {
        for &(id, w) in &f.terms {
            let p = postings.or_insert_with(id.into(), Postings::default);
            let doc = nodes[i].doc;
            match p.runs.last_mut() {
                Some(run) if run.0 == doc => run.2 += 1,
                _ => p.runs.push((doc, p.entries.len(), p.entries.len() + 1)),
            }
            p.entries.push((i as u32, w));
        }
    }
    postings
}

/// Candidate pairs `a < b` (sorted, unique) proposed through the inverted index.
fn candidate_pairs(nodes: &[Node], feats: &[PassageFeatures], corpus: &Corpus) -> Vec<(u32, u32)> {
    let df = &corpus.df;
    let postings = index(nodes, feats);
    let docs = nodes.iter().map(|n| n.doc + 1).max().unwrap_or(0);
    // Each passage's lookups are independent: natively, slices of passages run on all cores.
    let mut pairs = crate::parallel::map_ranges(feats.len(), PROBES_PER_THREAD, |range| {
        let mut acc: Vec<f32> = vec![0.0; nodes.len()];
        let mut best: Vec<[(f32, usize); CANDIDATES_PER_REPORT]> =
            vec![[(0.0, usize::MAX); CANDIDATES_PER_REPORT]; docs];
        let mut touched: Vec<usize> = Vec::new();
        let mut probes: Vec<(u32, f32)> = Vec::new();
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for i in range {
            let f = &feats[i];
            probes.clear();
            probes.extend(f.terms.iter().copied());
            crate::sort::by_unique_key(&mut probes, |&(id, _)| (df[id as usize], id));
            probes.truncate(probe_count(f.terms.len()));
            for &(id, w) in &probes {
                let Some(list) = postings.get(&u64::from(id)) else {
                    continue;
                };
                // Each other report's stretch of the list: take its first few, skip the rest.
                for &(doc, start, end) in &list.runs {
                    if doc == nodes[i].doc {
                        continue;
                    }
                    for &(j, wj) in &list.entries[start..end.min(start + PER_REPORT_POSTINGS)] {
                        let j = j as usize;
                        if acc[j] == 0.0 {
                            touched.push(j);
                        }
                        acc[j] += w * wj;
                    }
                }
            }
            // Best few proposals per other report (kept in small per-report slots).
            for &j in &touched {
                let slots = &mut best[nodes[j].doc];
                let worst = slots
                    .iter()
                    .enumerate()
                    .min_by(|a, b| a.1 .0.total_cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
                    .map(|(k, _)| k);
                if let Some(k) = worst {
                    let better = acc[j] > slots[k].0 || (acc[j] == slots[k].0 && j < slots[k].1);
                    if slots[k].1 == usize::MAX || better {
                        slots[k] = (acc[j], j);
                    }
                }
            }
            for slots in best.iter_mut() {
                for slot in slots.iter_mut().filter(|s| s.1 != usize::MAX) {
                    pairs.push((i.min(slot.1) as u32, i.max(slot.1) as u32));
                    *slot = (0.0, usize::MAX);
                }
            }
            for &j in &touched {
                acc[j] = 0.0;
            }
            touched.clear();
        }
        pairs
    });
    crate::sort::ascending(&mut pairs);
    pairs.dedup();
    pairs
}

/// Groups nodes by greedy, chaining-free merging of links at or above `threshold`; `weak`
/// holds the links of at least [`WEAK_SHARE`] × threshold (all a merge check asks of a link).
/// A second pass retries the refused links of at least [`BRIDGE_SHARE`] × threshold where one
/// side is still a passage on its own, with [`bridged`] members allowed: a bridge only adds a
/// passage to the groups direct links make, and never takes one from them.
///
/// Every node ends up in exactly one group; unlinked nodes form singleton groups.
pub fn group(
    nodes: &[Node],
    links: &[Link],
    weak: &adjacency::Adjacency,
    threshold: f32,
    max_per_report: usize,
) -> Vec<NodeGroup> {
    let mut order = strongest_first(nodes, links, threshold);

    let mut group_of: Vec<usize> = (0..nodes.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..nodes.len()).map(|i| vec![i]).collect();
    // The reports of each group, sorted.
    let mut docs: Vec<Vec<usize>> = nodes.iter().map(|n| vec![n.doc]).collect();
    let mut scores: Vec<Vec<f32>> = vec![Vec::new(); nodes.len()];
    // Two groups refused once are refused again until one of them grows: many links can join
    // the same two big groups, and checking a merge costs members × members.
    let mut version: Vec<u32> = vec![0; nodes.len()];
    for bridge in [None, Some(threshold)] {
        // Per pair of groups, the versions at which they were refused.
        let mut refused: Slots<u64, (u32, u32)> = Slots::default();
        let mut refused_links = Vec::new();
        for &i in &order {
            let link = &links[i as usize];
            let (ga, gb) = (group_of[link.a], group_of[link.b]);
            // A bridge only brings a passage on its own into a group.
            let alone = groups[ga].len() == 1 || groups[gb].len() == 1;
            if ga == gb || (bridge.is_some() && !alone) {
                continue;
            }
            let pair = (ga.min(gb), ga.max(gb));
            let key = ((pair.0 as u64) << 32) | pair.1 as u64;
            let versions = (version[pair.0], version[pair.1]);
            let (a, b) = (
                Side {
                    members: &groups[ga],
                    docs: &docs[ga],
                },
                Side {
                    members: &groups[gb],
                    docs: &docs[gb],
                },
            );
            if refused.get(&key) == Some(&versions)
                || !fits(nodes, a, b, max_per_report, weak, bridge)
            {
                refused.insert(key, versions);
                refused_links.push(i);
                continue;
            }
            let moved_docs = std::mem::take(&mut docs[gb]);
            docs[ga].extend(moved_docs);
            crate::sort::ascending(&mut docs[ga]);
            docs[ga].dedup();
            version[ga] += 1;
            let moved = std::mem::take(&mut groups[gb]);
            for &m in &moved {
                group_of[m] = ga;
            }
            groups[ga].extend(moved);
            let moved_scores = std::mem::take(&mut scores[gb]);
            scores[ga].extend(moved_scores);
            scores[ga].push(link.score);
        }
        // The second pass retries the clear links refused (a bridge needs one).
        order = refused_links;
        order.retain(|&i| links[i as usize].score >= threshold * BRIDGE_SHARE);
    }
    groups
        .into_iter()
        .zip(scores)
        .filter(|(g, _)| !g.is_empty())
        .map(|(mut members, s)| {
            crate::sort::ascending(&mut members);
            let score = if s.is_empty() {
                0.0
            } else {
                s.iter().sum::<f32>() / s.len() as f32
            };
            NodeGroup { members, score }
        })
        .collect()
}

/// Indices of the links at or above `threshold`, strongest first; equal scores by the pair's
/// fingerprints, then in the order given. Sorts one packed number per link (score bits, which
/// order like the non-negative scores, above the index) and orders only runs of equal scores
/// by fingerprints: ties are rare, and a big input has hundreds of thousands of links.
fn strongest_first(nodes: &[Node], links: &[Link], threshold: f32) -> Vec<u32> {
    let mut packed: Vec<u64> = links
        .iter()
        .enumerate()
        .filter(|(_, l)| l.score >= threshold)
        .map(|(i, l)| (u64::from(u32::MAX - l.score.max(0.0).to_bits()) << 32) | i as u64)
        .collect();
    crate::sort::ascending(&mut packed);
    let mut order: Vec<u32> = packed.iter().map(|&k| k as u32).collect();
    let mut run = 0;
    while run < packed.len() {
        let score = packed[run] >> 32;
        let end = run + packed[run..].partition_point(|&k| k >> 32 == score);
        if end - run > 1 {
            crate::sort::by_key(&mut order[run..end], |&i| {
                (tie_key(nodes, &links[i as usize]), i)
            });
        }
        run = end;
    }
    order
}

/// One side of a merge: a group's members and its reports (sorted).
#[derive(Clone, Copy)]
struct Side<'a> {
    members: &'a [usize],
    docs: &'a [usize],
}

/// May groups `a` and `b` merge? Not when both cover two reports or more and share two: those
/// reports state them apart. Each report keeps at most `max_per_report` members, and they
/// must be adjacent (a report splitting one statement over neighbouring sentences), or, when
/// two groups of other reports share one report, one of its two may lie in its lead (a
/// standfirst the body restates: [`LEAD_ZONE`]); and every member must link (at least weakly:
/// `weak`) to every report the other group brings in, or, given the `bridge` threshold, reach
/// it through a third member ([`bridged`]) — a new report of one member need only be reached by
/// some member of each report, which it reaches itself; and some report
/// must keep a single member (else each report states both apart: two statements). Both
/// groups already satisfy this internally, so only the new pairs are checked.
fn fits(
    nodes: &[Node],
    a: Side,
    b: Side,
    max_per_report: usize,
    weak: &adjacency::Adjacency,
    bridge: Option<f32>,
) -> bool {
    let shared = || b.docs.iter().filter(|d| a.docs.binary_search(d).is_ok());
    // Reports both groups hold, counted where each group covers two reports or more.
    let both = if a.docs.len() > 1 && b.docs.len() > 1 {
        shared().count()
    } else {
        0
    };
    // Two statements that two reports or more each make in passages of their own stay two,
    // though a third report says both in one passage: that passage is a member of one group and
    // may join the other as a second member ([`also`]).
    if both >= 2 {
        return false;
    }
    // Two statements of other reports each, sharing one report: it may restate its lead.
    let two_statements = both == 1;
    for d in shared() {
        // A report's passages have distinct positions: they are neighbours when their first
        // and last lie as far apart as their number allows.
        let (mut count, mut first, mut last) = (0, usize::MAX, 0);
        for &m in a.members.iter().chain(b.members) {
            if nodes[m].doc == *d {
                count += 1;
                first = first.min(nodes[m].position);
                last = last.max(nodes[m].position);
            }
        }
        let restated = two_statements && count == 2 && first <= LEAD_ZONE;
        if count > max_per_report || (last - first >= count && !restated) {
            return false;
        }
    }
    // Two statements that every report makes in a passage of its own stay two: a merge that
    // leaves no report with a single member joins neighbours, not one statement said in one
    // sentence here and in two there.
    // A group with one member per report (the usual case) has a single member in every
    // report the other group lacks; else count.
    let one_each = |s: Side| s.members.len() == s.docs.len();
    let lone_report =
        |x: Side, y: Side| one_each(x) && x.docs.iter().any(|d| y.docs.binary_search(d).is_err());
    let single_somewhere = lone_report(a, b)
        || lone_report(b, a)
        || a.docs.iter().chain(b.docs).any(|&d| {
            a.members
                .iter()
                .chain(b.members)
                .filter(|&&m| nodes[m].doc == d)
                .count()
                == 1
        });
    if !single_somewhere {
        return false;
    }
    let links_to_new_reports = |from: Side, to: Side| {
        // New reports of one member each need only be reached by one member of each report
        // of `from` (a report's second sentence may add a fact they lack): that is their
        // members reaching every report of `from`, checked the other way round.
        if one_each(to) && !one_each(from) {
            return true;
        }
        let new = |d: usize| from.docs.binary_search(&d).is_err();
        from.members.iter().all(|&m| {
            to.docs.iter().filter(|&&d| new(d)).all(|&d| {
                to.members
                    .iter()
                    .any(|&o| nodes[o].doc == d && weak.linked(m, o))
                    || bridge.is_some_and(|t| bridged(nodes, a, b, weak, t, m, d))
            })
        })
    };
    links_to_new_reports(a, b) && links_to_new_reports(b, a)
}

/// Does member `m` reach report `d` of the merged group `a` ∪ `b` through a third member?
/// Three reports often state one fact in words two of them share with the third but not with
/// each other ("evacuated 300 people", "about three hundred got out", "over three hundred
/// evacuated"). That is one statement when both links to the third member are clear links (at
/// least [`BRIDGE_SHARE`] × threshold: no weak middle link), and `m`'s report and `d` bring
/// one member each (a report's second sentence joins only on its own links).
fn bridged(
    nodes: &[Node],
    a: Side,
    b: Side,
    weak: &adjacency::Adjacency,
    threshold: f32,
    m: usize,
    d: usize,
) -> bool {
    let all = a.members.iter().chain(b.members);
    let of = |doc: usize| all.clone().filter(move |&&x| nodes[x].doc == doc);
    let clear = |x: usize, y: usize| weak.score(x, y).unwrap_or(0.0) >= threshold * BRIDGE_SHARE;
    let (mut own, mut there) = (of(nodes[m].doc), of(d));
    match (own.nth(1), there.next(), there.next()) {
        (None, Some(&o), None) => all.clone().any(|&x| clear(m, x) && clear(x, o)),
        _ => false,
    }
}

/// Order-independent tie-breaker for equal scores: the pair's fingerprints, smaller first.
fn tie_key(nodes: &[Node], link: &Link) -> (u64, u64) {
    let (x, y) = (nodes[link.a].fingerprint, nodes[link.b].fingerprint);
    (x.min(y), x.max(y))
}

/// A test node of report `doc` at `position`, its fingerprint made of both.
#[cfg(test)]
pub(crate) fn test_node(doc: usize, position: usize) -> Node {
    Node {
        doc,
        position,
        fingerprint: (doc * 100 + position) as u64,
    }
}

/// Test nodes: one per entry of `docs` (its report), position and fingerprint its index.
#[cfg(test)]
pub(crate) fn test_nodes(docs: &[usize]) -> Vec<Node> {
    docs.iter()
        .enumerate()
        .map(|(i, &doc)| Node {
            doc,
            position: i,
            fingerprint: i as u64,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: usize, b: usize, score: f32) -> Link {
        Link { a, b, score }
    }

    /// The groups of `l` at threshold 0.3, at most `most` passages of a report in one.
    fn grouped(n: &[Node], l: &[Link], most: usize) -> Vec<NodeGroup> {
        let weak = adjacency::Adjacency::new(n.len(), l, 0.3 * WEAK_SHARE);
        group(n, l, &weak, 0.3, most)
    }

    use super::test_nodes as nodes;

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
        let g = grouped(&n, &l, 3);
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
    fn a_report_restating_its_lead_in_the_body_holds_both_in_one_group() {
        // Report 2 says it in its standfirst (position 2) and again in its body (23); report 1
        // links to the first, report 0 to the second, and all four link across.
        let at = test_node;
        let l = [
            link(0, 3, 0.86),
            link(1, 2, 0.72),
            link(1, 3, 0.5),
            link(0, 1, 0.4),
            link(0, 2, 0.25),
        ];
        let merged = |standfirst: usize, links: &[Link]| {
            let n = [at(0, 27), at(1, 25), at(2, standfirst), at(2, 23)];
            grouped(&n, links, 3)
                .iter()
                .any(|g| g.members == [0, 1, 2, 3])
        };
        assert!(merged(2, &l));
        // Not when the first mention is in the body too: two passages of one report far
        // apart are two statements.
        assert!(!merged(5, &l));
        // Nor a passage alone (the same words in a list of other things): only two groups
        // that other reports make join so.
        let alone = [
            link(0, 3, 0.86),
            link(1, 3, 0.5),
            link(0, 1, 0.4),
            link(0, 2, 0.5),
            link(1, 2, 0.25),
        ];
        assert!(!merged(2, &alone));
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
        let g = grouped(&n, &l, 3);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].members, [0, 1, 2]);
    }

    #[test]
    fn a_report_adds_only_neighbouring_sentences_and_at_most_the_limit() {
        // Node 0 (doc 0) says what doc 1 says over nodes 1–4 (positions 1–4 in test nodes).
        let n = nodes(&[0, 1, 1, 1, 1]);
        let members_with_0 = |l: &[Link], most: usize| {
            let g = grouped(&n, l, most);
            g.into_iter()
                .find(|g| g.members.contains(&0))
                .unwrap()
                .members
        };
        // 1 and 3 are not neighbours: 3 stays out; 2 between them joins both.
        let gap = [link(0, 1, 0.6), link(0, 3, 0.5)];
        assert_eq!(members_with_0(&gap, 3), [0, 1]);
        let bridged = [link(0, 1, 0.6), link(0, 3, 0.5), link(0, 2, 0.4)];
        assert_eq!(members_with_0(&bridged, 3), [0, 1, 2, 3]);
        // Three neighbours are the limit of three; a fourth stays out, as a third does at two.
        let four = [bridged[0], bridged[1], bridged[2], link(0, 4, 0.35)];
        assert_eq!(members_with_0(&four, 3), [0, 1, 2, 3]);
        assert_eq!(members_with_0(&four, 2), [0, 1, 2]);
    }

    #[test]
    fn two_statements_every_report_makes_apart_stay_two() {
        // Reports 0 and 1 each state A (nodes 0, 2) and then B (nodes 1, 3); A and B are
        // neighbours, linked above the weak share across: still two statements.
        let n = nodes(&[0, 0, 1, 1]);
        let l = [
            link(0, 2, 0.8),
            link(1, 3, 0.7),
            link(0, 3, 0.35),
            link(1, 2, 0.25),
        ];
        let g = grouped(&n, &l, 3);
        assert_eq!(g.len(), 2, "{g:?}");
    }

    #[test]
    fn two_statements_two_reports_make_apart_stay_two_though_a_third_says_both_at_once() {
        // Reports 0 and 2 state jobs (nodes 0, 4) and falling demand (1, 3) in neighbouring
        // sentences; report 1 says the jobs (node 2) with a name that also links it to node 3.
        let at = test_node;
        let n = [at(0, 2), at(0, 3), at(1, 15), at(2, 4), at(2, 5)];
        let l = [
            link(0, 2, 0.51),
            link(0, 4, 0.5),
            link(2, 4, 0.45),
            link(1, 3, 0.41),
            link(2, 3, 0.34),
            link(1, 4, 0.26),
            link(0, 3, 0.24),
            link(1, 2, 0.23),
        ];
        let mut members: Vec<Vec<usize>> =
            grouped(&n, &l, 3).into_iter().map(|g| g.members).collect();
        members.sort();
        assert_eq!(members, [vec![0, 2, 4], vec![1, 3]]);
    }

    #[test]
    fn two_clear_links_through_a_third_report_join_three_once_each() {
        // Nodes 0 and 2 share no word; both restate node 1 clearly.
        let n = nodes(&[0, 1, 2]);
        let l = [link(0, 1, 0.6), link(1, 2, 0.4)];
        let g = grouped(&n, &l, 3);
        assert_eq!(g.len(), 1, "{g:?}");
        // A middle link at the bare threshold (or raised to it) is weak: no bridge.
        let l = [link(0, 1, 0.6), link(1, 2, 0.3)];
        let g = grouped(&n, &l, 3);
        assert_eq!(g.len(), 2, "{g:?}");
    }

    #[test]
    fn a_third_report_joins_a_statement_another_report_makes_in_two_sentences() {
        // Report 1 states it in nodes 1 and 2 (neighbours, the second with one more fact); node
        // 3 (report 2) links to node 0 and node 1, not to the second sentence: it links to
        // every report of the group, as a member must, and joins.
        let n = [
            test_node(0, 0),
            test_node(1, 1),
            test_node(1, 2),
            test_node(2, 0),
        ];
        let l = [
            link(0, 1, 0.8),
            link(0, 2, 0.55),
            link(0, 3, 0.43),
            link(1, 3, 0.41),
        ];
        let g = grouped(&n, &l, 3);
        assert!(g.iter().any(|g| g.members == [0, 1, 2, 3]), "{g:?}");
    }

    #[test]
    fn a_second_sentence_of_a_report_joins_only_on_its_own_links() {
        // Report 0 states the fact in nodes 0 and 1 (neighbours); node 1 restates node 2
        // (report 1) clearly, which restates node 3 (report 2); node 1 has no link to node 3.
        let n = nodes(&[0, 0, 1, 2]);
        let l = [
            link(0, 2, 0.9),
            link(2, 3, 0.8),
            link(0, 3, 0.7),
            link(1, 2, 0.5),
        ];
        let g = grouped(&n, &l, 3);
        let of = |m| {
            g.iter()
                .find(|g| g.members.contains(&m))
                .unwrap()
                .members
                .clone()
        };
        assert_eq!(of(0), [0, 2, 3]);
        assert_eq!(of(1), [1]);
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
        let g = grouped(&n, &l, 3);
        assert_eq!(g.len(), 1);
    }
}
