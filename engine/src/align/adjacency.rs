//! Which nodes are linked, as sorted neighbour lists in one array (compressed rows): a lookup
//! is a binary search in one node's short, contiguous row instead of a hash probe into a table
//! of every link.

use super::Link;

/// Symmetric neighbour lists of a set of links.
pub struct Adjacency {
    /// Row `i` is `neighbours[start[i]..start[i + 1]]`.
    start: Vec<u32>,
    neighbours: Vec<u32>,
}

impl Adjacency {
    /// Neighbour lists of `nodes` nodes joined by the `links` that score at least `min_score`.
    /// (One function for every caller: a generic one compiles once per caller into the bundle.)
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
        let mut neighbours = vec![0u32; start[nodes] as usize];
        for l in links() {
            for (from, to) in [(l.a, l.b), (l.b, l.a)] {
                neighbours[next[from] as usize] = to as u32;
                next[from] += 1;
            }
        }
        for i in 0..nodes {
            crate::sort::ascending(&mut neighbours[start[i] as usize..start[i + 1] as usize]);
        }
        Adjacency { start, neighbours }
    }

    /// Are `x` and `y` linked?
    pub fn linked(&self, x: usize, y: usize) -> bool {
        let row = &self.neighbours[self.start[x] as usize..self.start[x + 1] as usize];
        row.binary_search(&(y as u32)).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_found_both_ways_and_nothing_else() {
        let link = |a, b| Link { a, b, score: 0.5 };
        let links = [link(0, 3), link(1, 2), link(0, 1)];
        let adj = Adjacency::new(4, &links, 0.5);
        for (x, y) in [(0, 3), (3, 0), (1, 2), (2, 1), (0, 1), (1, 0)] {
            assert!(adj.linked(x, y), "{x}-{y}");
        }
        for (x, y) in [(0, 2), (2, 3), (3, 3), (1, 3)] {
            assert!(!adj.linked(x, y), "{x}-{y}");
        }
    }
}
