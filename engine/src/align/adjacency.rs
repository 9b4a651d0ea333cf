//! Which nodes are linked, and how strongly, as sorted neighbour lists in one array (compressed
//! rows): a lookup is a binary search in one node's short, contiguous row instead of a hash
//! probe into a table of every link. Built once per alignment: the grouping asks which pairs are
//! linked at all, the second memberships ([`super::also`]) also how strongly.

use super::Link;

/// Symmetric neighbour lists of a set of links, with their scores.
pub struct Adjacency {
    /// Row `i` is `entries[start[i]..start[i + 1]]`.
    start: Vec<u32>,
    /// Per entry the neighbour in the high 32 bits and the score's bits in the low 32: sorting
    /// the numbers sorts a row by neighbour.
    entries: Vec<u64>,
}

impl Adjacency {
    /// Neighbour lists of `nodes` nodes joined by the `links` that score at least `min_score`.
    pub fn new(nodes: usize, links: &[Link], min_score: f32) -> Self {
        let links = || links.iter().filter(|l| l.score >= min_score);
        let mut start = vec![0u32; nodes + 1];
        for l in links() {
            start[l.a + 1] += 1;
            start[l.b + 1] += 1;
        }
        for i in 0..nodes {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let mut entries = vec![0u64; start[nodes] as usize];
        for l in links() {
            let bits = u64::from(l.score.max(0.0).to_bits());
            for (from, to) in [(l.a, l.b), (l.b, l.a)] {
                entries[next[from] as usize] = (to as u64) << 32 | bits;
                next[from] += 1;
            }
        }
        for i in 0..nodes {
            crate::sort::ascending(&mut entries[start[i] as usize..start[i + 1] as usize]);
        }
        Adjacency { start, entries }
    }

    /// The score of the link between `x` and `y`, if they are linked.
    pub fn score(&self, x: usize, y: usize) -> Option<f32> {
        let row = &self.entries[self.start[x] as usize..self.start[x + 1] as usize];
        let at = row.partition_point(|&e| (e >> 32) < y as u64);
        row.get(at)
            .filter(|&&e| (e >> 32) == y as u64)
            .map(|&e| f32::from_bits(e as u32))
    }

    /// Are `x` and `y` linked?
    pub fn linked(&self, x: usize, y: usize) -> bool {
        self.score(x, y).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_found_both_ways_with_their_scores_and_nothing_else() {
        let link = |a, b, score| Link { a, b, score };
        let links = [
            link(0, 3, 0.5),
            link(1, 2, 0.7),
            link(0, 1, 0.6),
            link(2, 3, 0.1),
        ];
        let adj = Adjacency::new(4, &links, 0.2);
        for (x, y, s) in [
            (0, 3, 0.5),
            (3, 0, 0.5),
            (1, 2, 0.7),
            (2, 1, 0.7),
            (0, 1, 0.6),
            (1, 0, 0.6),
        ] {
            assert_eq!(adj.score(x, y), Some(s), "{x}-{y}");
        }
        for (x, y) in [(0, 2), (2, 3), (3, 2), (3, 3), (1, 3)] {
            assert!(!adj.linked(x, y), "{x}-{y}");
        }
    }
}
