//! Word-diff stage: inside a statement group, which tokens of each member the other reports
//! share. Compared on normalised keys with `similar`; shown in the surface text.
//!
//! Per pair of reports: an LCS diff (Myers) of the key sequences, then a semantic clean-up that
//! drops matched runs made only of function words and punctuation (they fragment the picture),
//! then a "moved" pass that still counts a content word as shared when the other report has it
//! elsewhere, as the head of a compound ("Angriff" in "Cyberangriff"), or as another name of
//! the same lexicon concept ("USA" / "Vereinigte Staaten", "Verbündete" / "Alliierte").

use crate::normalize::Token;
use similar::algorithms::{myers, DiffHook};

/// Diff marks for one report's tokens in a group.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marks {
    /// For every token: the reports (indices) that share it.
    pub shared_with: Vec<Vec<usize>>,
    /// For every token: shared only out of order (moved) or as part of a compound.
    pub moved: Vec<bool>,
}

/// Longest sequences (in tokens) diffed by LCS; longer ones use only the bag-of-words pass.
const LCS_LIMIT: usize = 4_000;

/// Shortest key that counts as a compound head.
const MIN_HEAD: usize = 5;

/// A token with the lexicon concept it names, if any.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// The token.
    pub token: &'a Token,
    /// Lexicon concept index.
    pub concept: Option<usize>,
}

/// Marks the tokens of each report in one group; `sides[i] = (report, words)`.
pub fn mark(sides: &[(usize, Vec<Word>)]) -> Vec<Marks> {
    let mut out: Vec<Marks> = sides
        .iter()
        .map(|(_, toks)| Marks {
            shared_with: vec![Vec::new(); toks.len()],
            moved: vec![false; toks.len()],
        })
        .collect();
    // Keys as small numbers, once per group: the pairwise LCS then compares integers.
    let mut numbers: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
    let ids: Vec<Vec<u32>> = sides
        .iter()
        .map(|(_, words)| {
            words
                .iter()
                .map(|w| {
                    let next = numbers.len() as u32;
                    *numbers.entry(&*w.token.key).or_insert(next)
                })
                .collect()
        })
        .collect();
    for i in 0..sides.len() {
        for j in (i + 1)..sides.len() {
            let (ri, ti) = &sides[i];
            let (rj, tj) = &sides[j];
            let (mi, mj, movi, movj) = pair(ti, tj, &ids[i], &ids[j]);
            for (k, hit) in mi.into_iter().enumerate() {
                if hit {
                    out[i].shared_with[k].push(*rj);
                    out[i].moved[k] |= movi[k];
                }
            }
            for (k, hit) in mj.into_iter().enumerate() {
                if hit {
                    out[j].shared_with[k].push(*ri);
                    out[j].moved[k] |= movj[k];
                }
            }
        }
    }
    for m in &mut out {
        m.shared_with
            .iter_mut()
            .for_each(|v| crate::sort::ascending(v));
    }
    out
}

/// The equal runs of a diff, `(old index, new index, length)`: all the word marks need (the
/// edit script itself, and `similar`'s clean-up of it for display, are not used).
struct EqualRuns(Vec<(usize, usize, usize)>);

impl DiffHook for EqualRuns {
    type Error = std::convert::Infallible;

    /// Records a run, joined to the previous one when it continues it in both sequences.
    fn equal(&mut self, old_index: usize, new_index: usize, len: usize) -> Result<(), Self::Error> {
        match self.0.last_mut() {
            Some((o, n, l)) if *o + *l == old_index && *n + *l == new_index => *l += len,
            _ => self.0.push((old_index, new_index, len)),
        }
        Ok(())
    }
}

/// Matches between two token sequences (with their keys as numbers `ka`, `kb`):
/// (matched a, matched b, moved a, moved b).
fn pair(
    a: &[Word],
    b: &[Word],
    ka: &[u32],
    kb: &[u32],
) -> (Vec<bool>, Vec<bool>, Vec<bool>, Vec<bool>) {
    let mut ma = vec![false; a.len()];
    let mut mb = vec![false; b.len()];
    if a.len() <= LCS_LIMIT && b.len() <= LCS_LIMIT {
        let mut runs = EqualRuns(Vec::new());
        // Plain Myers: `myers::diff` first tries a hashed reduction made for long files, which
        // a passage never needs, and compiles Myers a second time for it (6.5 KB gzip).
        let Ok(()) = myers::diff_deadline_raw(&mut runs, ka, 0..ka.len(), kb, 0..kb.len(), None);
        for (old_index, new_index, len) in runs.0 {
            // Semantic clean-up: a run without a content word is noise.
            if a[old_index..old_index + len]
                .iter()
                .any(|w| w.token.is_content())
            {
                ma[old_index..old_index + len]
                    .iter_mut()
                    .for_each(|m| *m = true);
                mb[new_index..new_index + len]
                    .iter_mut()
                    .for_each(|m| *m = true);
            }
        }
    }
    let mut moved_a = vec![false; a.len()];
    let mut moved_b = vec![false; b.len()];
    // Other names of one concept: every word of "Vereinigte Staaten" meets "USA".
    for (words, others, matched, moved) in
        [(a, b, &mut ma, &mut moved_a), (b, a, &mut mb, &mut moved_b)]
    {
        for (x, w) in words.iter().enumerate() {
            if !matched[x] && w.concept.is_some() && others.iter().any(|o| o.concept == w.concept) {
                matched[x] = true;
                moved[x] = true;
            }
        }
    }
    for (x, wx) in a.iter().enumerate() {
        if ma[x] || !wx.token.is_content() {
            continue;
        }
        let found = b.iter().enumerate().position(|(y, wy)| {
            !mb[y] && wy.token.is_content() && same_or_head(&wx.token.key, &wy.token.key)
        });
        if let Some(y) = found {
            ma[x] = true;
            mb[y] = true;
            moved_a[x] = true;
            moved_b[y] = true;
        }
    }
    (ma, mb, moved_a, moved_b)
}

/// Equal keys, or one key is the other's compound head ("cyberangriff" / "angriff").
fn same_or_head(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    short == long || (short.chars().count() >= MIN_HEAD && long.ends_with(short))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::normalize::Normalizer;

    fn toks(text: &str) -> Vec<Token> {
        Normalizer::new(Language::De).tokens(text, 0..text.len())
    }

    fn words(tokens: &[Token]) -> Vec<Word<'_>> {
        let n = Normalizer::new(Language::De);
        let lex = crate::lexicon::Lexicon::new(Language::De);
        lex.load(&n, &[tokens.to_vec()]);
        let mut concepts = vec![None; tokens.len()];
        for hit in lex.find_at(tokens) {
            concepts[hit.token] = Some(hit.concept);
        }
        tokens
            .iter()
            .zip(concepts)
            .map(|(token, concept)| Word { token, concept })
            .collect()
    }

    #[test]
    fn other_names_of_one_concept_count_as_shared() {
        let a = "Die USA und ihre Verbündeten.";
        let b = "Die Vereinigten Staaten und Alliierte.";
        let m = mark_pair(a, b);
        assert_eq!(shared(b, &m[1]), ["Vereinigten", "Staaten", "Alliierte"]);
    }

    /// Marks of two texts compared as reports 0 and 1.
    fn mark_pair(a: &str, b: &str) -> Vec<Marks> {
        let (ta, tb) = (toks(a), toks(b));
        mark(&[(0, words(&ta)), (1, words(&tb))])
    }

    fn shared(text: &str, marks: &Marks) -> Vec<String> {
        let t = toks(text);
        t.iter()
            .zip(&marks.shared_with)
            .filter(|(_, s)| !s.is_empty())
            .map(|(t, _)| text[t.span.clone()].to_owned())
            .collect()
    }

    #[test]
    fn shared_words_and_only_here() {
        let a = "Norwegen und Japan kritisieren China.";
        let b = "Japan und Kanada kritisieren China scharf.";
        let m = mark_pair(a, b);
        assert_eq!(shared(a, &m[0]), ["Japan", "kritisieren", "China"]);
        assert!(!shared(b, &m[1]).contains(&"Kanada".to_owned()));
    }

    #[test]
    fn lone_function_words_do_not_match() {
        let a = "Peking und Washington";
        let b = "Ottawa und Canberra";
        let m = mark_pair(a, b);
        assert!(shared(a, &m[0]).is_empty());
    }

    #[test]
    fn moved_words_and_compound_heads_count() {
        let a = "Der Angriff auf Microsoft.";
        let b = "Microsoft meldet Cyberangriffe.";
        let m = mark_pair(a, b);
        assert_eq!(shared(a, &m[0]), ["Angriff", "Microsoft"]);
    }
}
