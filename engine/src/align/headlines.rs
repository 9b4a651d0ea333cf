//! Headlines of reports on one event: each sums up the same core ("Crues dans le Gard : un
//! couple meurt" / "Orages : deux morts dans le sud de la France"), often in words the other
//! does not use. Two reports are on one event when at least [`EVENT_LINKS`] of their passage
//! pairs link at or above the threshold, and so are reports joined through a chain of such
//! pairs (a brief that shares two statements with a long report, which shares several with a
//! third). The headlines of reports on one event get [`EVENT_BONUS`] on their similarity,
//! whatever words they share; a report that shares less keeps its headline apart.

use super::features::{self, PassageFeatures};
use super::{Link, Node};

/// Fewest links at or above the threshold that put two reports on one event: one link can be
/// a stray ("Reuters berichtete." / "Zeugen berichteten, …"), two rarely are.
pub const EVENT_LINKS: usize = 2;

/// Added to the similarity of two headlines whose reports are on one event.
pub const EVENT_BONUS: f32 = 0.2;

/// Adds or raises the links between the titles of reports on one event (keeping only links of
/// at least `min_score`, as [`super::links`] does). `links` comes sorted by pair; new links
/// are appended after it, in node order.
pub fn link_headlines(
    nodes: &[Node],
    feats: &[PassageFeatures],
    links: &mut Vec<Link>,
    min_score: f32,
    threshold: f32,
) {
    let titles: Vec<usize> = (0..nodes.len()).filter(|&i| feats[i].title).collect();
    if titles.len() < 2 {
        return;
    }
    let docs = nodes.iter().map(|n| n.doc + 1).max().unwrap_or(0);
    // Links per pair of reports (a docs² table: comparisons hold tens of reports, not more).
    let mut shared = vec![0usize; docs * docs];
    for l in links.iter().filter(|l| l.score >= threshold) {
        let (x, y) = (nodes[l.a].doc, nodes[l.b].doc);
        shared[x.min(y) * docs + x.max(y)] += 1;
    }
    let mut event = Events::new(docs);
    for x in 0..docs {
        for y in x + 1..docs {
            if shared[x * docs + y] >= EVENT_LINKS {
                event.join(x, y);
            }
        }
    }
    let mut added = Vec::new();
    for (k, &a) in titles.iter().enumerate() {
        for &b in &titles[k + 1..] {
            if event.of(nodes[a].doc) != event.of(nodes[b].doc) {
                continue;
            }
            let similarity = features::headline_similarity(&feats[a], &feats[b]);
            let score = (similarity + EVENT_BONUS).min(1.0);
            if score < min_score {
                continue;
            }
            let (a, b) = (a.min(b), a.max(b));
            match links.binary_search_by_key(&(a, b), |l| (l.a, l.b)) {
                Ok(i) => links[i].score = links[i].score.max(score),
                Err(_) => added.push(Link { a, b, score }),
            }
        }
    }
    links.extend(added);
}

/// Which reports are on one event: a union-find over report indices.
struct Events {
    parent: Vec<usize>,
}

impl Events {
    fn new(docs: usize) -> Self {
        Self {
            parent: (0..docs).collect(),
        }
    }

    fn of(&mut self, mut doc: usize) -> usize {
        while self.parent[doc] != doc {
            self.parent[doc] = self.parent[self.parent[doc]];
            doc = self.parent[doc];
        }
        doc
    }

    fn join(&mut self, x: usize, y: usize) {
        let (x, y) = (self.of(x), self.of(y));
        self.parent[x.max(y)] = x.min(y);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two reports of three passages each: a title, then two body statements.
    fn two_reports() -> (Vec<Node>, Vec<PassageFeatures>) {
        let nodes = (0..6)
            .map(|i| Node {
                doc: i / 3,
                position: i % 3,
                fingerprint: i as u64,
            })
            .collect();
        let feats = (0..6)
            .map(|i| PassageFeatures {
                title: i % 3 == 0,
                titled_report: true,
                ..PassageFeatures::default()
            })
            .collect();
        (nodes, feats)
    }

    fn body_link(a: usize, b: usize) -> Link {
        Link { a, b, score: 0.5 }
    }

    #[test]
    fn headlines_without_a_shared_word_link_when_their_reports_share_two_statements() {
        let (nodes, feats) = two_reports();
        let mut links = vec![body_link(1, 4), body_link(2, 5)];
        link_headlines(&nodes, &feats, &mut links, 0.15, 0.3);
        let title = links
            .iter()
            .find(|l| (l.a, l.b) == (0, 3))
            .expect("title link");
        assert!(title.score >= 0.3, "{}", title.score);
    }

    #[test]
    fn one_shared_statement_or_weak_links_leave_headlines_apart() {
        let (nodes, feats) = two_reports();
        let mut one = vec![body_link(1, 4)];
        link_headlines(&nodes, &feats, &mut one, 0.15, 0.3);
        assert_eq!(one.len(), 1);
        let mut weak = vec![body_link(1, 4), body_link(2, 5)];
        link_headlines(&nodes, &feats, &mut weak, 0.3, 0.6);
        assert_eq!(weak.len(), 2);
    }
}
