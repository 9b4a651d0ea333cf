//! Weighted feature vectors of passages: stemmed terms and character n-grams, TF-IDF weighted
//! over all passages of all reports, L2-normalised.

use crate::normalize::{ngrams, Token, TokenKind};
use std::collections::HashMap;

/// A sparse vector: (feature id, weight), sorted by id, unit length.
pub type SparseVec = Vec<(u32, f32)>;

/// The two views of one passage that similarity compares.
#[derive(Debug, Clone, Default)]
pub struct PassageFeatures {
    /// Stemmed content words and numbers.
    pub terms: SparseVec,
    /// Character n-grams of content words (compounds, glued words, inflection).
    pub grams: SparseVec,
}

/// Numbers are strong evidence that two passages report the same fact.
const NUMBER_BOOST: f32 = 1.5;

/// What features are built from: a passage's tokens and the lexicon concepts it names.
pub type Source<'a> = (&'a [Token], &'a [usize]);

/// Weight of a lexicon concept ("usa", "accuse") next to the words that name it.
const CONCEPT_WEIGHT: f32 = 1.0;

/// Builds features for every passage.
///
/// Feature ids are shared across reports (one dictionary), so dot products compare them.
pub fn build(passages: &[Source]) -> (Vec<PassageFeatures>, Vec<u32>) {
    let mut dict: HashMap<String, u32> = HashMap::new();
    let mut raw: Vec<(Vec<(u32, f32)>, Vec<(u32, f32)>)> = Vec::with_capacity(passages.len());
    let mut gram_buf = Vec::new();
    for &(tokens, concepts) in passages {
        let mut terms: HashMap<u32, f32> = HashMap::new();
        for &c in concepts {
            let next = dict.len() as u32;
            let id = *dict.entry(format!("c:{c}")).or_insert(next);
            *terms.entry(id).or_default() += CONCEPT_WEIGHT;
        }
        let mut grams: HashMap<u32, f32> = HashMap::new();
        for t in tokens.iter().filter(|t| t.is_content()) {
            let boost = if t.kind == TokenKind::Number { NUMBER_BOOST } else { 1.0 };
            let next = dict.len() as u32;
            let id = *dict.entry(format!("t:{}", t.key)).or_insert(next);
            *terms.entry(id).or_default() += boost;
            gram_buf.clear();
            ngrams(&t.key, &mut gram_buf);
            for g in &gram_buf {
                let next = dict.len() as u32;
                let id = *dict.entry(format!("g:{g}")).or_insert(next);
                *grams.entry(id).or_default() += 1.0;
            }
        }
        raw.push((terms.into_iter().collect(), grams.into_iter().collect()));
    }
    let mut df = vec![0u32; dict.len()];
    for (terms, grams) in &raw {
        for &(id, _) in terms.iter().chain(grams) {
            df[id as usize] += 1;
        }
    }
    let n = passages.len().max(1) as f32;
    let weigh = |v: Vec<(u32, f32)>| -> SparseVec {
        let mut v: SparseVec = v
            .into_iter()
            .map(|(id, tf)| (id, (1.0 + tf.ln().max(0.0)) * (1.0 + n / df[id as usize] as f32).ln()))
            .collect();
        v.sort_unstable_by_key(|&(id, _)| id);
        let norm = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        v
    };
    let features = raw.into_iter().map(|(t, g)| PassageFeatures { terms: weigh(t), grams: weigh(g) }).collect();
    (features, df)
}

/// Dot product of two sorted sparse vectors.
pub fn dot(a: &SparseVec, b: &SparseVec) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Share of the term view in the combined similarity (the rest is n-grams).
pub const TERM_SHARE: f32 = 0.5;

/// Similarity of two passages in 0–1: cosine of terms blended with cosine of n-grams.
pub fn similarity(a: &PassageFeatures, b: &PassageFeatures) -> f32 {
    TERM_SHARE * dot(&a.terms, &b.terms) + (1.0 - TERM_SHARE) * dot(&a.grams, &b.grams)
}
