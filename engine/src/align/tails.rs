//! Passages that add a second fact after "including": "Westliche Verbündete beschuldigten
//! China, mit kriminellen Cyberbanden zusammenzuarbeiten …, einschließlich Angriff auf
//! Microsoft Exchange-Apps". The words after the marker are scored as a statement of their own
//! (a *tail* node), and the passage may then also join the group that states that fact, on the
//! terms of [`super::also`]: a link at or above the threshold to one member, a link of at least
//! [`WEAK_SHARE`] × threshold to every member, no member from its own report. The whole
//! sentence's words are too many for that fact's counterparts to reach it.

use super::{Link, Node, NodeGroup, WEAK_SHARE};
use crate::normalize::{Token, TokenKind};
use crate::words::Words;

/// Words that open a second fact inside a sentence ("including", "darunter", "notamment").
const MARKERS: Words = crate::words![
    "einschließlich",
    "darunter",
    "inklusive",
    "including",
    "notamment",
    "incluyendo",
    "incluidos",
    "incluidas",
    "compresi",
    "comprese",
    "incluindo",
    "inclusive",
    "inclusief",
    "waaronder",
    "herunder",
    "включая"
];

/// Fewest content words after the marker: a name or two are no statement.
const TAIL_WORDS: usize = 3;

/// Index of the first token after the last marker of `tokens` (spans into `text`), when
/// [`TAIL_WORDS`] content words follow it.
/// (Not inlined: one copy of the code in the WebAssembly bundle, 170 bytes gzip less.)
#[inline(never)]
pub fn tail_start(text: &str, tokens: &[Token]) -> Option<usize> {
    // (Compared as they are lower-cased, without a copy: this looks at every word.)
    let marker = |word: &str| {
        MARKERS.iter().any(|m| {
            m.len() == word.len()
                && m.chars()
                    .zip(word.chars())
                    .all(|(m, c)| m == crate::case::lower_one(c))
        })
    };
    let at = tokens
        .iter()
        .rposition(|t| t.kind == TokenKind::Word && marker(&text[t.span.clone()]))?;
    let words = tokens[at + 1..].iter().filter(|t| t.is_content()).count();
    (words >= TAIL_WORDS).then_some(at + 1)
}

/// Second memberships `(passage node, group, score)` through tails: `tails` pairs each tail
/// node with its passage's node; `links` are those of tail nodes. Only between statements of
/// several reports: a passage that is a member of one such group (and of no other) joins a
/// second one, the group its tail links to most strongly (equal scores: the lower group index).
#[inline(never)]
pub fn tail_members(
    nodes: &[Node],
    links: &[Link],
    groups: &[NodeGroup],
    tails: &[(usize, usize)],
    threshold: f32,
) -> Vec<(usize, usize, f32)> {
    let shared = |g: &NodeGroup| {
        g.members
            .iter()
            .any(|&m| nodes[m].doc != nodes[g.members[0]].doc)
    };
    // Per node, its one group when that group holds several reports; `MANY` when it is in a
    // group of one report or in two groups (neither joins nor takes a tail), `NONE` in none.
    const NONE: usize = usize::MAX;
    const MANY: usize = usize::MAX - 1;
    let mut group_of = vec![NONE; nodes.len()];
    for (g, group) in groups.iter().enumerate() {
        for &m in &group.members {
            group_of[m] = if group_of[m] == NONE && shared(group) {
                g
            } else {
                MANY
            };
        }
    }
    let mut out = Vec::new();
    for &(tail, passage) in tails {
        let own = group_of[passage];
        if own >= MANY {
            continue;
        }
        // The tail's links, to passages of other reports.
        let linked: Vec<(usize, f32)> = links
            .iter()
            .filter_map(|l| match (l.a == tail, l.b == tail) {
                (true, _) => Some((l.b, l.score)),
                (_, true) => Some((l.a, l.score)),
                _ => None,
            })
            .collect();
        let score_to = |m: usize| {
            linked
                .iter()
                .find(|&&(to, _)| to == m)
                .map_or(0.0, |&(_, s)| s)
        };
        let mut best: Option<(usize, f32)> = None;
        for &(to, score) in &linked {
            let g = group_of[to];
            if score < threshold || g >= MANY || g == own {
                continue;
            }
            let fits = groups[g].members.iter().all(|&m| {
                nodes[m].doc != nodes[passage].doc && score_to(m) >= WEAK_SHARE * threshold
            });
            let better = best.is_none_or(|(bg, bs)| score > bs || (score == bs && g < bg));
            if fits && better {
                best = Some((g, score));
            }
        }
        if let Some((g, score)) = best {
            out.push((passage, g, score));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: usize, b: usize, score: f32) -> Link {
        Link { a, b, score }
    }

    fn group(members: &[usize]) -> NodeGroup {
        NodeGroup {
            members: members.to_vec(),
            score: 0.5,
        }
    }

    #[test]
    fn a_tail_takes_its_passage_into_the_group_of_its_fact() {
        // Reports 0, 1, 2; node 2 is a passage of report 2 grouped with node 0 (the
        // accusation); node 1 (report 1) and node 3 (report 0) state the attack; node 4 is node
        // 2's tail.
        let nodes = crate::align::test_nodes(&[0, 1, 2, 0, 2]);
        let groups = [group(&[0, 2]), group(&[1, 3])];
        let links = [link(1, 4, 0.45), link(3, 4, 0.3)];
        let got = tail_members(&nodes, &links, &groups, &[(4, 2)], 0.3);
        assert_eq!(got, [(2, 1, 0.45)]);
        // Too weak to one member: no second group.
        let weak = [link(1, 4, 0.45), link(3, 4, 0.1)];
        assert!(tail_members(&nodes, &weak, &groups, &[(4, 2)], 0.3).is_empty());
        // A passage in two groups already, or in none of several reports: none either.
        let twice = [group(&[0, 2]), group(&[1, 3]), group(&[2, 1])];
        assert!(tail_members(&nodes, &links, &twice, &[(4, 2)], 0.3).is_empty());
        let alone = [group(&[0]), group(&[2]), group(&[1, 3])];
        assert!(tail_members(&nodes, &links, &alone, &[(4, 2)], 0.3).is_empty());
    }

    #[test]
    fn a_tail_opens_after_the_last_marker_with_three_content_words() {
        let text = "Allies blamed China, including an attack on Microsoft Exchange servers";
        let english = crate::normalize::Normalizer::new(crate::language::Language::En);
        let tokens = english.tokens(text, 0..text.len());
        let at = tail_start(text, &tokens).expect("a tail");
        assert_eq!(
            &text[tokens[at].span.start..],
            "an attack on Microsoft Exchange servers"
        );
        let short = "Allies blamed China, including Microsoft";
        let tokens = english.tokens(short, 0..short.len());
        assert_eq!(tail_start(short, &tokens), None);
    }
}
