//! Normalisation stage: tokens with comparison keys (case-folded, quotes and dashes unified,
//! hyphenated compounds closed, Snowball-stemmed) and the features alignment compares.

use crate::language::Language;
use rust_stemmers::Stemmer;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A word (letters, maybe joined by hyphens or apostrophes).
    Word,
    /// A number ("2021", "23,00", "1.000").
    Number,
    /// Punctuation or a symbol.
    Punct,
}

/// One token of a passage: where it is and what it is compared as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the normalised report text.
    pub span: Range<usize>,
    /// Comparison key: folded and stemmed for words, digits only for numbers (shared between
    /// the occurrences of a word: tokens are cloned from a cache).
    pub key: Arc<str>,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// A function word of the report's language ("der", "the").
    pub stop: bool,
    /// Keys of the first and last part of a hyphenated compound ("US-Regierung": "us", "regier").
    pub parts: Option<Arc<(String, String)>>,
}

impl Token {
    /// Does this token carry meaning (a content word or a number)?
    pub fn is_content(&self) -> bool {
        !self.stop && self.kind != TokenKind::Punct
    }
}

/// Turns text into tokens for one language; holds the stemmer.
pub struct Normalizer {
    stemmer: Option<Stemmer>,
    stop_words: FxHashSet<&'static str>,
    /// Surface form → analysed token (without span): words repeat, stemming is costly.
    cache: RefCell<FxHashMap<String, Token>>,
}

/// Most distinct surface forms the cache keeps.
const CACHE_LIMIT: usize = 200_000;

impl Normalizer {
    /// A normaliser for `lang`.
    pub fn new(lang: Language) -> Self {
        Self {
            stemmer: lang.stemmer().map(Stemmer::create),
            stop_words: lang.stop_words().iter().copied().collect(),
            cache: RefCell::new(FxHashMap::default()),
        }
    }

    /// Tokens of `text[span]`, with spans in `text`'s coordinates; white space is dropped.
    pub fn tokens(&self, text: &str, span: Range<usize>) -> Vec<Token> {
        let mut out = Vec::new();
        for (start, end) in merged_words(&text[span.clone()]) {
            let surface = &text[span.start + start..span.start + end];
            for (s, e) in split_camel_glue(surface) {
                let piece = &surface[s..e];
                let abs = span.start + start + s..span.start + start + e;
                out.push(self.cached_token(piece, abs));
            }
        }
        out
    }

    fn cached_token(&self, surface: &str, span: Range<usize>) -> Token {
        if let Some(t) = self.cache.borrow().get(surface) {
            return Token { span, ..t.clone() };
        }
        let t = self.token(surface, span);
        let mut cache = self.cache.borrow_mut();
        if cache.len() < CACHE_LIMIT {
            cache.insert(surface.to_owned(), t.clone());
        }
        t
    }

    fn token(&self, surface: &str, span: Range<usize>) -> Token {
        let folded = fold(surface);
        // "vierzehn" and "fourteen" are the number 14 ("one" and "ein" are too ambiguous).
        if let Some(value) = number_word(&folded) {
            return Token {
                span,
                key: value.to_string().into(),
                kind: TokenKind::Number,
                stop: false,
                parts: None,
            };
        }
        if folded.chars().any(char::is_numeric) && !folded.chars().any(char::is_alphabetic) {
            let digits: String = folded
                .chars()
                .filter(|c| c.is_numeric() || *c == ',')
                .collect();
            let key = digits.trim_end_matches(",00").trim_end_matches(',').into();
            return Token {
                span,
                key,
                kind: TokenKind::Number,
                stop: false,
                parts: None,
            };
        }
        if !folded.chars().any(char::is_alphanumeric) {
            return Token {
                span,
                key: unify_punct(surface).into(),
                kind: TokenKind::Punct,
                stop: false,
                parts: None,
            };
        }
        let closed = closed_form(&folded);
        let stop = self.stop_words.contains(closed.as_str());
        let key = if stop { closed } else { self.stem(&closed) };
        let parts = folded
            .split(is_hyphen)
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>();
        let parts = (parts.len() > 1).then(|| {
            Arc::new((
                self.stem(&closed_form(parts[0])),
                self.stem(&closed_form(parts[parts.len() - 1])),
            ))
        });
        Token {
            span,
            key: key.into(),
            kind: TokenKind::Word,
            stop,
            parts,
        }
    }

    /// The Snowball stem of a folded word (the word itself without a stemmer).
    fn stem(&self, word: &str) -> String {
        match &self.stemmer {
            Some(stemmer) => stemmer.stem(word).into_owned(),
            None => word.to_owned(),
        }
    }
}

/// Number words of German and English, folded, with their value.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("fünf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
    ("zehn", 10),
    ("elf", 11),
    ("zwölf", 12),
    ("dreizehn", 13),
    ("vierzehn", 14),
    ("fünfzehn", 15),
    ("sechzehn", 16),
    ("siebzehn", 17),
    ("achtzehn", 18),
    ("neunzehn", 19),
    ("zwanzig", 20),
    ("dreissig", 30),
    ("vierzig", 40),
    ("fünfzig", 50),
    ("sechzig", 60),
    ("siebzig", 70),
    ("achtzig", 80),
    ("neunzig", 90),
    ("hundert", 100),
    ("tausend", 1000),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
];

/// The value of a folded number word ("vierzehn", "fourteen").
pub fn number_word(folded: &str) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, v)| v)
}

/// Word-bound pieces of `text` without white space, with hyphenated compounds ("Vertrags-Hacker",
/// "US-Regierung") and numbers with separators ("1.000", "23,00") kept as one piece.
fn merged_words(text: &str) -> Vec<(usize, usize)> {
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (start, piece) in text.split_word_bound_indices() {
        if piece.chars().all(char::is_whitespace) {
            continue;
        }
        let end = start + piece.len();
        let joins = |prev: &(usize, usize)| {
            prev.1 == start && {
                let before = &text[prev.0..prev.1];
                let last = before.chars().last().unwrap_or(' ');
                let first = piece.chars().next().unwrap_or(' ');
                let lettered = before.chars().any(char::is_alphabetic);
                (is_hyphen(last) && lettered && before.chars().count() > 1 && first.is_alphabetic())
                    || (is_hyphen(first)
                        && piece.chars().count() == 1
                        && lettered
                        && last.is_alphanumeric())
            }
        };
        match pieces.last_mut() {
            Some(prev) if joins(prev) => prev.1 = end,
            _ => pieces.push((start, end)),
        }
    }
    // A trailing hyphen ("Cyber- und") is punctuation again.
    let mut out = Vec::with_capacity(pieces.len());
    for (s, e) in pieces {
        let piece = &text[s..e];
        match piece.char_indices().last() {
            Some((i, c)) if is_hyphen(c) && i > 0 => {
                out.push((s, s + i));
                out.push((s + i, e));
            }
            _ => out.push((s, e)),
        }
    }
    out
}

/// Splits words glued by bad extraction at a lower-to-upper case change ("zuNutzungsbedingungen").
fn split_camel_glue(word: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut cuts = vec![0];
    for i in 2..chars.len().saturating_sub(2) {
        let (prev, cur, next) = (chars[i - 1].1, chars[i].1, chars[i + 1].1);
        if prev.is_lowercase()
            && chars[i - 2].1.is_lowercase()
            && cur.is_uppercase()
            && next.is_lowercase()
        {
            cuts.push(chars[i].0);
        }
    }
    cuts.push(word.len());
    cuts.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Letters and digits only.
fn closed_form(word: &str) -> String {
    word.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Lower case with full Unicode case mapping, "ß" as "ss", typographic quotes and dashes unified.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            c if c.is_uppercase() => out.extend(c.to_lowercase()),
            c => out.push(c),
        }
    }
    out
}

/// One spelling for all quote marks and dashes.
fn unify_punct(surface: &str) -> String {
    surface
        .chars()
        .map(|c| match c {
            '„' | '“' | '”' | '«' | '»' | '‚' | '‘' | '’' | '‹' | '›' | '\'' => {
                '"'
            }
            '–' | '—' | '‒' | '―' | '‐' | '‑' => '-',
            c => c,
        })
        .collect()
}

/// Character n-grams (length `N_GRAM`) of a content key, for matching compounds and glued words:
/// "cyberangriff" and "angriff" share "angr", "ngri", "grif", "riff".
pub const N_GRAM: usize = 4;

/// Appends hashes of the n-grams of `word` (of its whole form if shorter) to `out`.
pub fn ngram_hashes(word: &str, out: &mut Vec<u64>) {
    let bounds: Vec<usize> = word
        .char_indices()
        .map(|(i, _)| i)
        .chain([word.len()])
        .collect();
    let chars = bounds.len() - 1;
    if chars <= N_GRAM {
        out.push(hash_bytes(word.as_bytes()));
        return;
    }
    for i in 0..=(chars - N_GRAM) {
        out.push(hash_bytes(&word.as_bytes()[bounds[i]..bounds[i + N_GRAM]]));
    }
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    bytes.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        Normalizer::new(Language::De)
            .tokens(text, 0..text.len())
            .into_iter()
            .map(|t| t.key.to_string())
            .collect()
    }

    #[test]
    fn hyphenated_compound_equals_closed_form() {
        assert_eq!(keys("„Vertrags-Hacker“"), keys("„Vertragshacker“"));
        assert_eq!(keys("Vertrags-Hacker").len(), 1);
    }

    #[test]
    fn quotes_and_case_are_unified() {
        assert_eq!(keys("„Die“"), keys("\"die\""));
        assert_eq!(keys("Straße"), keys("STRASSE"));
    }

    #[test]
    fn numbers_keep_their_digits() {
        assert_eq!(keys("1.000 und 23,00"), ["1000", "und", "23"]);
    }

    #[test]
    fn number_words_are_numbers() {
        assert_eq!(
            keys("Vierzehn Tote, zwölf Verletzte"),
            ["14", "tot", ",", "12", "verletzt"]
        );
        let en = Normalizer::new(Language::En).tokens("Fourteen died", 0..13);
        assert_eq!((&*en[0].key, en[0].kind), ("14", TokenKind::Number));
    }

    #[test]
    fn glued_words_are_split_at_a_case_change() {
        assert_eq!(keys("zuNutzungsbedingungen").len(), 2);
        assert_eq!(keys("iPhone").len(), 1);
    }

    #[test]
    fn trailing_hyphen_is_punctuation() {
        let k = keys("Cyber- und Datenschutz");
        assert_eq!(k.len(), 4);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Exchange-Server von Microsoft";
        let toks = Normalizer::new(Language::De).tokens(text, 0..text.len());
        let surfaces: Vec<&str> = toks.iter().map(|t| &text[t.span.clone()]).collect();
        assert_eq!(surfaces, ["Exchange-Server", "von", "Microsoft"]);
        assert!(toks[1].stop);
    }
}
