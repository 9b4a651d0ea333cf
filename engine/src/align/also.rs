//! Passages that state two facts: "The union puts turnout at 92% and demands 150 euros more"
//! belongs to the group of one fact and also to the group of the other. [`super::group`] puts
//! each passage in one group; this step lets a member of one group *also* join one other group,
//! on the terms a merge must meet: a link at or above the threshold to one of its members, a
//! link at least [`super::WEAK_SHARE`] × threshold to every member, and no member from its own
//! report but a crosshead. The two groups must state different things: no other member of its first group
//! links at or above the threshold to a member of the second (else they are one statement that
//! the grouping kept in two, e.g. because a report repeats it, and the passage adds nothing).
//!
//! A passage left alone by the grouping may be such a second group too, when its one link at
//! or above the threshold goes to a member of a group that holds another passage of its report
//! (not next to it, so the grouping could not add it): "Norway's Maritime Authority has opened
//! an investigation" is the counterpart of "The Maritime Authority said it had sent inspectors
//! and that diesel had leaked", which is grouped with the same report's "Small diesel leak
//! reported, inspectors at the scene". A reader should see that counterpart, not "only here".

use super::{adjacency::Adjacency, Link, Node, NodeGroup};
use rustc_hash::FxHashMap;

/// Second memberships `(node, group)`, at most one per node (the group it links to most
/// strongly; equal scores: the lower group index). Members of groups that cover two or more
/// reports take part as nodes; those groups, and groups of one passage whose one strong link
/// this is, as groups. A member of the passage's own report in that group may be a crosshead
/// (`crossheads[node]`: a heading inside the body, which labels its section): the body
/// restating the label in a sentence with a second fact is no second statement of the report.
pub fn also_members(
    nodes: &[Node],
    links: &[Link],
    weak: &Adjacency,
    groups: &[NodeGroup],
    threshold: f32,
    crossheads: &[bool],
) -> Vec<(usize, usize)> {
    let (group_of, alone) = group_of(nodes, groups);
    // How many strong links reach each passage.
    let mut strong_links = vec![0u32; nodes.len()];
    for l in links.iter().filter(|l| l.score >= threshold) {
        strong_links[l.a] += 1;
        strong_links[l.b] += 1;
    }
    // Both ends of every strong link between two groups ([`Ends::crossing`]): from a passage
    // to its group and the other group. A passage alone in its group takes part as the other
    // group only, when this link is its one strong link: the grouping refused it a place next
    // to its counterpart (whose group already holds another passage of its report, not next
    // to it). The links are looked at twice, not stored: there may be a million strong links.
    let ends = Ends {
        group_of: &group_of,
        alone: &alone,
        strong_links: &strong_links,
    };
    let strong = || links.iter().filter(|l| l.score >= threshold);
    let pair = |own: usize, other: usize| (own as u64) << 32 | other as u64;
    // The groups state different things when no member of `own` but the candidate links strongly
    // into `other`: per ordered pair of groups, the one member with such a link, or `MANY`.
    let mut linking: FxHashMap<u64, u32> = FxHashMap::default();
    for l in strong() {
        for (from, to) in [(l.a, l.b), (l.b, l.a)] {
            let Some((own, other)) = ends.crossing(from, to) else {
                continue;
            };
            match linking.get_mut(&pair(own, other)) {
                Some(member) if *member != from as u32 => *member = MANY,
                Some(_) => {}
                None => {
                    linking.insert(pair(own, other), from as u32);
                }
            }
        }
    }
    let mut best: Vec<Option<(f32, usize)>> = vec![None; nodes.len()];
    for l in strong() {
        for (from, to) in [(l.a, l.b), (l.b, l.a)] {
            let Some((own, other)) = ends.crossing(from, to) else {
                continue;
            };
            let score = l.score;
            let better = best[from].is_none_or(|(s, g)| score > s || (score == s && other < g));
            if better
                && linking.get(&pair(own, other)) == Some(&(from as u32))
                && groups[other].members.iter().all(|&m| {
                    if nodes[m].doc == nodes[from].doc {
                        crossheads.get(m) == Some(&true)
                    } else {
                        weak.linked(from, m)
                    }
                })
                && (!alone[groups[other].members[0]]
                    || links_to_every_report(
                        nodes,
                        weak,
                        groups[other].members[0],
                        &groups[own].members,
                    ))
            {
                best[from] = Some((score, other));
            }
        }
    }
    let mut second = Vec::new();
    for (node, b) in best.iter().enumerate() {
        if let Some((_, g)) = b {
            second.push((node, *g));
        }
    }
    second
}

/// What tells whether a strong link's end crosses from one group into another.
struct Ends<'a> {
    group_of: &'a [usize],
    alone: &'a [bool],
    strong_links: &'a [u32],
}

impl Ends<'_> {
    /// The groups of `from` and `to` when the link from `from` to `to` crosses between two.
    #[inline(never)]
    fn crossing(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        let (own, other) = (self.group_of[from], self.group_of[to]);
        let crosses = !self.alone[from]
            && (!self.alone[to] || self.strong_links[to] == 1)
            && own != usize::MAX
            && other != usize::MAX
            && own != other;
        crosses.then_some((own, other))
    }
}

/// More than one member of a group links strongly into another.
const MANY: u32 = u32::MAX;

/// Per node, its group (`usize::MAX` for a group of one report's neighbours), and whether it
/// is alone in its group.
fn group_of(nodes: &[Node], groups: &[NodeGroup]) -> (Vec<usize>, Vec<bool>) {
    let mut group_of = vec![usize::MAX; nodes.len()];
    let mut alone = vec![false; nodes.len()];
    for (g, group) in groups.iter().enumerate() {
        let first = nodes[group.members[0]].doc;
        if group.members.iter().any(|&m| nodes[m].doc != first) {
            group.members.iter().for_each(|&m| group_of[m] = g);
        } else if let [m] = group.members[..] {
            group_of[m] = g;
            alone[m] = true;
        }
    }
    (group_of, alone)
}

/// Does passage `alone` link, at least weakly, to every other report of `group`, as a member
/// must? "A new strike on the 28th" is not the counterpart of "March's strike" when the third
/// report's "new strike on 28 October" is not even close to the latter.
fn links_to_every_report(nodes: &[Node], weak: &Adjacency, alone: usize, group: &[usize]) -> bool {
    group.iter().all(|&m| {
        nodes[m].doc == nodes[alone].doc
            || group
                .iter()
                .any(|&o| nodes[o].doc == nodes[m].doc && weak.linked(alone, o))
    })
}

/// The body restating the lead: news reports sum up in their first sentences what the body then
/// tells in detail ("Bei einem Großbrand … ist ein Feuerwehrmann leicht verletzt worden" and,
/// later, "Der verletzte Feuerwehrmann kam mit einer Rauchgasvergiftung ins Krankenhaus"). A
/// passage left alone by the grouping joins its report's lead's group as a member of its own
/// when two or more of its links at or above the threshold, and none to another group, go to
/// that group's members, and it links at least [`super::WEAK_SHARE`] × threshold to every
/// other report of the group, as a member must. Returns `(node, group)`.
pub fn lead_restated(
    nodes: &[Node],
    links: &[Link],
    weak: &Adjacency,
    groups: &[NodeGroup],
    threshold: f32,
) -> Vec<(usize, usize)> {
    let (group_of, alone) = group_of(nodes, groups);
    // Per passage alone: the one group its strong links reach (`usize::MAX - 1` for two or
    // more), and how many links.
    let (none, many) = (usize::MAX, usize::MAX - 1);
    let mut reach: Vec<(usize, u32)> = vec![(none, 0); nodes.len()];
    for l in links.iter().filter(|l| l.score >= threshold) {
        for (one, member) in [(l.a, l.b), (l.b, l.a)] {
            if !alone[one] {
                continue;
            }
            // A counterpart alone, or in a group of one report's neighbours, is another group.
            let target = match group_of[member] {
                g if alone[member] || g == none => many,
                g => g,
            };
            let (group, count) = &mut reach[one];
            *group = if *group == none || *group == target {
                target
            } else {
                many
            };
            *count += 1;
        }
    }
    reach
        .iter()
        .enumerate()
        .filter(|&(_, &(g, count))| count >= 2 && g < groups.len())
        .filter(|&(node, &(g, _))| {
            let members = &groups[g].members;
            members
                .iter()
                .any(|&m| nodes[m].doc == nodes[node].doc && nodes[m].position <= super::LEAD_ZONE)
                && links_to_every_report(nodes, weak, node, members)
        })
        .map(|(node, &(g, _))| (node, g))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::align::test_node as node;

    fn link(a: usize, b: usize, score: f32) -> Link {
        Link { a, b, score }
    }

    fn weak(links: &[Link]) -> Adjacency {
        Adjacency::new(5, links, 0.3 * crate::align::WEAK_SHARE)
    }

    fn group(members: &[usize]) -> NodeGroup {
        NodeGroup {
            members: members.to_vec(),
            score: 0.5,
        }
    }

    /// Report 0 states A (node 0) and B (node 1) apart; report 1 states A (2) and B (3)
    /// apart; report 2 states both in one passage (4), grouped with A. The second memberships
    /// that `links` give.
    fn second(links: &[Link]) -> Vec<(usize, usize)> {
        let nodes = [node(0, 0), node(0, 1), node(1, 0), node(1, 1), node(2, 0)];
        let groups = [group(&[0, 2, 4]), group(&[1, 3])];
        also_members(&nodes, links, &weak(links), &groups, 0.3, &[])
    }

    /// The links of A's group and of B's, and node 4 linked to B's first member.
    fn both_facts() -> Vec<Link> {
        vec![
            link(0, 2, 0.6),
            link(0, 4, 0.5),
            link(2, 4, 0.5),
            link(1, 3, 0.6),
            link(1, 4, 0.45),
        ]
    }

    #[test]
    fn a_passage_with_two_facts_joins_the_group_of_the_second() {
        let links = [both_facts(), vec![link(3, 4, 0.2)]].concat();
        assert_eq!(second(&links), [(4, 1)]);
    }

    #[test]
    fn every_member_must_link_and_its_own_report_must_be_new() {
        // Node 4 links to 1 but not even weakly to 3: no second group.
        assert!(second(&both_facts()).is_empty());
        // Node 0 links to both members of the other group, but its report is there already.
        assert!(second(&[link(0, 2, 0.6), link(1, 3, 0.6), link(0, 3, 0.5)]).is_empty());
        // Only weak links: no second group.
        let weak_only = [
            link(0, 2, 0.6),
            link(1, 3, 0.6),
            link(1, 4, 0.25),
            link(3, 4, 0.25),
        ];
        assert!(second(&weak_only).is_empty());
    }

    #[test]
    fn a_crosshead_of_its_own_report_does_not_keep_a_passage_out() {
        // As in the first test, with report 2's crosshead (node 5) in B's group: node 4, the
        // body's sentence with both facts, still joins B; not when node 5 is a body sentence.
        let nodes = [
            node(0, 0),
            node(0, 1),
            node(1, 0),
            node(1, 1),
            node(2, 9),
            node(2, 5),
        ];
        let groups = [group(&[0, 2, 4]), group(&[1, 3, 5])];
        let links = [
            both_facts(),
            vec![link(3, 4, 0.2), link(1, 5, 0.5), link(3, 5, 0.5)],
        ]
        .concat();
        let adjacency = Adjacency::new(6, &links, 0.3 * crate::align::WEAK_SHARE);
        let second = |crossheads: &[bool]| {
            also_members(&nodes, &links, &adjacency, &groups, 0.3, crossheads)
        };
        let mut crossheads = [false; 6];
        assert!(second(&crossheads).is_empty());
        crossheads[5] = true;
        assert_eq!(second(&crossheads), [(4, 1)]);
    }

    #[test]
    fn two_groups_of_one_statement_do_not_share_a_passage() {
        // As in the first test, but the members of the two groups link to each other (0 ~ 3):
        // one statement kept in two groups, not two facts.
        let links = [both_facts(), vec![link(3, 4, 0.2), link(0, 3, 0.4)]].concat();
        assert!(second(&links).is_empty());
    }

    #[test]
    fn a_passage_the_grouping_left_alone_gets_its_one_strong_counterpart() {
        // Reports 0 and 1 state A (nodes 0, 2); report 1 also says it in a heading far from
        // node 2 (node 3, alone), whose one strong link goes to node 0.
        let nodes = [node(0, 0), node(1, 0), node(1, 1), node(1, 5)];
        let groups = [group(&[0, 2]), group(&[1]), group(&[3])];
        let links = [link(0, 2, 0.6), link(0, 3, 0.45)];
        let second = |links: &[Link]| also_members(&nodes, links, &weak(links), &groups, 0.3, &[]);
        assert_eq!(second(&links), [(0, 2)]);
        // With a second strong link (to node 1, alone too), node 3 is no one's counterpart.
        let two = [link(0, 2, 0.6), link(0, 3, 0.45), link(1, 3, 0.5)];
        assert!(second(&two).is_empty());
        // A passage alone never joins another group itself.
        assert!(second(&[link(0, 2, 0.6), link(1, 0, 0.45)])
            .iter()
            .all(|&(n, _)| n != 1));
    }

    #[test]
    fn a_passage_alone_must_link_to_every_report_of_the_group() {
        // A (nodes 0, 2, 4) in three reports; node 3 (report 1, far from node 2) links strongly
        // to node 0 only: it must also link, at least weakly, to report 2's node 4.
        let nodes = [node(0, 0), node(1, 0), node(1, 1), node(1, 5), node(2, 0)];
        let groups = [group(&[0, 2, 4]), group(&[1]), group(&[3])];
        let base = [
            link(0, 2, 0.6),
            link(0, 4, 0.6),
            link(2, 4, 0.6),
            link(0, 3, 0.45),
        ];
        let second = |links: &[Link]| also_members(&nodes, links, &weak(links), &groups, 0.3, &[]);
        assert!(second(&base).is_empty());
        let close = [base.to_vec(), vec![link(3, 4, 0.2)]].concat();
        assert_eq!(second(&close), [(0, 2)]);
    }

    #[test]
    fn the_body_restating_the_lead_joins_the_leads_group() {
        // The lead (node 0, position 1 after a title) states A with nodes 2 and 3 of two other
        // reports; node 1, far down the same report, links strongly to both.
        let nodes = [node(0, 1), node(0, 9), node(1, 4), node(2, 6)];
        let groups = [group(&[0, 2, 3]), group(&[1])];
        let lead = [link(0, 2, 0.6), link(0, 3, 0.6), link(2, 3, 0.5)];
        let restated = |extra: &[Link], nodes: &[Node]| {
            let links = [lead.to_vec(), extra.to_vec()].concat();
            lead_restated(nodes, &links, &weak(&links), &groups, 0.3)
        };
        let both = [link(1, 2, 0.5), link(1, 3, 0.35)];
        assert_eq!(restated(&both, &nodes), [(1, 0)]);
        // One strong link is not enough (that is a second group's case, see `also_members`).
        assert!(restated(&[link(1, 2, 0.5), link(1, 3, 0.2)], &nodes).is_empty());
        // Not when the group's passage of its report is no lead: the body's statements are
        // told once each, and a second passage that matches is a topical neighbour.
        let deep = [node(0, 5), node(0, 9), node(1, 4), node(2, 6)];
        assert!(restated(&both, &deep).is_empty());
        // The lead's second sentence (a standfirst's "Nuovo sciopero il 22 gennaio.") counts
        // as the lead, the one after it no longer.
        let second = [node(0, 2), node(0, 9), node(1, 4), node(2, 6)];
        assert_eq!(restated(&both, &second), [(1, 0)]);
        let third = [node(0, 3), node(0, 9), node(1, 4), node(2, 6)];
        assert!(restated(&both, &third).is_empty());
    }
}
