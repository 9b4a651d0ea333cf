//! A compact multilingual lexicon: countries (with capitals used as metonyms and adjectives),
//! major organisations, and a few families of news words that reports use interchangeably
//! ("beschuldigen" / "vorwerfen" / "Anschuldigung"). Matching maps different surface forms of one
//! concept to one feature, so "USA" meets "Vereinigte Staaten" and "allies" meets "Verbündete".
//!
//! Entries are surface forms; they are normalised with the report's own normaliser at run time,
//! so inflected forms meet through the same stemmer. About 5 KB of data in the bundle; a full
//! gazetteer crate would be hundreds of KB.

use crate::language::Language;
use crate::normalize::{Normalizer, Token, TokenKind};
use crate::slots::Slots;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::Arc;

/// What kind of concept a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConceptKind {
    /// A country (its names, adjective, capital as metonym).
    Country,
    /// An organisation or alliance.
    Organisation,
    /// Interchangeable news words (accuse, criticise, deny …).
    Word,
    /// News words that often stand for one another but may differ ("investigate" / "check",
    /// "residents" / "people"): weaker evidence than one word.
    Related,
}

/// One concept: an id and its surface forms in several languages.
pub struct Concept {
    /// Stable id, e.g. "usa".
    pub id: &'static str,
    /// Country, organisation or word family.
    pub kind: ConceptKind,
    /// Surface forms (any case); multi-word forms allowed.
    pub forms: crate::words::Words,
}

mod concepts;
pub use concepts::CONCEPTS;

/// The index in [`CONCEPTS`] of the concept `id`, for constants (an unknown id fails the build).
pub const fn concept_index(id: &str) -> usize {
    let mut i = 0;
    while i < CONCEPTS.len() {
        let (a, b) = (CONCEPTS[i].id.as_bytes(), id.as_bytes());
        let mut same = a.len() == b.len();
        let mut j = 0;
        while same && j < a.len() {
            same = a[j] == b[j];
            j += 1;
        }
        if same {
            return i;
        }
        i += 1;
    }
    panic!("no such concept")
}

/// A token naming a concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConceptHit {
    /// Index of the token in the passage's token list.
    pub token: usize,
    /// Index into [`CONCEPTS`].
    pub concept: usize,
    /// The first word of the name (a concept counts once per name).
    pub first: bool,
}

/// The names starting with one key: each name's keys (shared with the normaliser's tokens, not
/// copied), its concept and the number of its form (its place in [`CONCEPTS`]).
type Names = Vec<(Vec<Arc<str>>, usize, u32)>;

/// The first letters of a word or key, lower case without diacritics ([`probe`]).
type Probe = [char; MIN_HEAD];

/// Letters of a key that a form must begin with to stem to it: all but the key's last letter,
/// which stemmers may change ("ruling" → "rule", "spies" → "spi"), at most four.
fn shared_start(key_letters: usize) -> usize {
    key_letters.saturating_sub(1).clamp(1, MIN_HEAD - 1)
}

/// A form as [`Lexicon::load`] finds it before normalising it.
struct Form {
    concept: usize,
    text: &'static str,
    /// The probe of its first word.
    probe: Probe,
    /// Letters of its first word.
    letters: usize,
    /// Several words?
    phrase: bool,
}

/// Concept lookup for one language: normalised key sequences, indexed by their first key.
///
/// Normalising (stemming) all forms costs more than comparing three short reports, so a form
/// is normalised only once a report has a key it may stem to ([`Lexicon::load`]); the matches
/// are the same as with every form normalised.
pub struct Lexicon {
    by_first: RefCell<Slots<String, Names>>,
    /// Every form, by form number, and the numbers sorted by their probe (a stem keeps the
    /// beginning of its word, so the forms a key may stem from are neighbours here).
    forms: Vec<Form>,
    by_start: Vec<(Probe, u32)>,
    /// Which forms are normalised already.
    loaded: RefCell<Vec<bool>>,
    /// Keys whose forms are loaded (as in [`Lexicon::load`]): a comparison run again, as the
    /// app does after each edit, probes only its new words.
    seen: RefCell<FxHashMap<String, u32>>,
    /// Does the language close its compounds ("Hackerangriff")? Elsewhere a word's end is no
    /// compound head: English "strain" does not name a train, "uninjured" no injury.
    compounds: bool,
    /// Tests only: normalise every form at the first load.
    load_all: std::cell::Cell<bool>,
}

/// Most keys remembered as loaded (then forgotten: probing a key again finds nothing new).
const SEEN_LIMIT: usize = 200_000;

/// Shortest key that may match as the head of a compound.
const MIN_HEAD: usize = 5;

impl Lexicon {
    /// An empty lookup for `language`: the forms of that language or of none (a list's
    /// forms after a marker such as "de:" are of that language); [`Lexicon::load`] normalises
    /// those a report needs.
    pub fn new(language: Language) -> Self {
        let mut forms = Vec::new();
        // Swedish forms stand for every language without a stemmer.
        let own = match language {
            Language::Other => "sv",
            l => l.code(),
        };
        for (concept, c) in CONCEPTS.iter().enumerate() {
            let mut of_language = true;
            for text in c.forms.iter() {
                if let Some(tag) = text.strip_suffix(':') {
                    of_language = tag == own;
                    continue;
                }
                if !of_language {
                    continue;
                }
                let mut words = text.split_whitespace();
                let Some(word) = words.next() else { continue };
                let probe = probe(word);
                forms.push(Form {
                    concept,
                    text,
                    probe,
                    letters: word.chars().count(),
                    phrase: words.next().is_some(),
                });
            }
        }
        let mut by_start: Vec<(Probe, u32)> = (0..forms.len() as u32)
            .map(|n| (forms[n as usize].probe, n))
            .collect();
        crate::sort::by_key(&mut by_start, |&(s, _)| s);
        let loaded = RefCell::new(vec![false; forms.len()]);
        Self {
            by_first: RefCell::new(Slots::default()),
            forms,
            by_start,
            loaded,
            seen: RefCell::new(FxHashMap::default()),
            compounds: language.closes_compounds(),
            load_all: std::cell::Cell::new(false),
        }
    }

    /// Normalises, with `normalizer` (the language's), every form that may name something in
    /// `passages` (tokens by passage): forms whose first key may equal a token's key, the key
    /// without a genitive "s", a hyphenated part, or (if the language closes compounds) a
    /// head at its end. A function word only begins names of several words ("The Hague").
    pub fn load(&self, normalizer: &Normalizer, passages: &[Vec<Token>]) {
        let mut loaded = self.loaded.borrow_mut();
        let mut wanted: Vec<u32> = Vec::new();
        // Adds the forms whose first key may be `key` (as a compound's head if `head`).
        let mut want = |key: &str, head: bool, phrases_only: bool| {
            let p = probe(key);
            let letters = key.chars().count();
            // A head's form is a single word as long as the head (but for a changed last
            // letter); any other form begins with the key's letters but its last.
            let n = shared_start(letters);
            let from = self.by_start.partition_point(|(q, _)| q[..n] < p[..n]);
            let same = self.by_start[from..]
                .iter()
                .take_while(|(q, _)| q[..n] == p[..n]);
            for &(_, number) in same {
                let f = &self.forms[number as usize];
                let fits = !head || (!f.phrase && f.letters + 1 >= MIN_HEAD);
                if fits && (f.phrase || !phrases_only) && !loaded[number as usize] {
                    loaded[number as usize] = true;
                    wanted.push(number);
                }
            }
        };
        // Keys met, in this or an earlier run, as a function word (bit 2) or not (bit 1): a
        // key can be both ("dies" / "diesen"). A key met before has had its forms loaded.
        let mut seen = self.seen.borrow_mut();
        if seen.len() > SEEN_LIMIT {
            seen.clear();
        }
        let tokens = passages
            .iter()
            .flatten()
            .filter(|t| t.kind != TokenKind::Punct);
        for t in tokens {
            let bit = if t.stop { 2 } else { 1 };
            let met = match seen.get_mut(&*t.key) {
                Some(met) => met,
                None => seen.entry(t.key.to_string()).or_insert(0),
            };
            if std::mem::replace(met, *met | bit) & bit != 0 {
                continue;
            }
            let key = &*t.key;
            want(key, false, t.stop);
            if t.stop {
                continue;
            }
            if let Some(k) = key.strip_suffix('s') {
                want(k, false, false);
            }
            if let Some((first, last)) = t.parts.as_deref() {
                want(first, false, false);
                want(last, false, false);
            }
            if self.compounds && key.len() <= crate::normalize::LONGEST_COMPOUND {
                let heads = key.char_indices().skip(1).map(|(i, _)| &key[i..]);
                for rest in heads.take_while(|r| r.chars().count() >= MIN_HEAD) {
                    want(rest, true, false);
                }
            }
        }
        if cfg!(test) && self.load_all.get() {
            wanted.extend((0..self.forms.len() as u32).filter(|&n| !loaded[n as usize]));
            loaded.iter_mut().for_each(|l| *l = true);
        }
        let mut by_first = self.by_first.borrow_mut();
        let mut touched: Vec<Arc<str>> = Vec::new();
        for number in wanted {
            let Form {
                concept,
                text: form,
                ..
            } = self.forms[number as usize];
            let keys: Vec<Arc<str>> = normalizer
                .tokens(form, 0..form.len())
                .into_iter()
                .filter(|t| t.kind != TokenKind::Punct)
                .map(|t| t.key)
                .collect();
            let Some(first) = keys.first().cloned() else {
                continue;
            };
            let entry = by_first.or_insert_with(first.to_string(), Vec::new);
            // One entry per key sequence: the form listed first.
            match entry.iter_mut().find(|(k, _, _)| *k == keys) {
                Some(e) if e.2 > number => *e = (keys, concept, number),
                Some(_) => {}
                None => entry.push((keys, concept, number)),
            }
            touched.push(first);
        }
        // Longest phrases first, so "Vereinigte Staaten von Amerika" wins over "Vereinigte
        // Staaten"; then in the order of the list.
        for key in touched {
            if let Some(list) = by_first.get_mut(&*key) {
                crate::sort::by_key(list, |&(ref k, _, n)| (std::cmp::Reverse(k.len()), n));
            }
        }
    }

    fn single(by_first: &Slots<String, Names>, key: &str) -> Option<usize> {
        by_first
            .get(key)?
            .iter()
            .find(|(k, _, _)| k.len() == 1)
            .map(|&(_, c, _)| c)
    }

    /// Concept indices named in `tokens` (several times if named several times).
    ///
    /// Longest phrase first; a single word also matches as the head of a compound
    /// ("hackerangriff" ends with "angriff") or by a hyphenated part ("US-Regierung").
    /// Function words alone never match (English "who", "us").
    pub fn find(&self, tokens: &[Token]) -> Vec<usize> {
        self.find_at(tokens)
            .into_iter()
            .filter(|h| h.first)
            .map(|h| h.concept)
            .collect()
    }

    /// Like [`Lexicon::find`], with the token that names each concept (a multi-word name
    /// yields one hit per word, the first one marked).
    pub fn find_at(&self, tokens: &[Token]) -> Vec<ConceptHit> {
        let by_first = self.by_first.borrow();
        let single = |key: &str| Self::single(&by_first, key);
        let words: Vec<(usize, &Token)> = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind != TokenKind::Punct)
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut matched = 0;
            let key = &*words[i].1.key;
            // German genitive of a name: "Chinas", "Amerikas" (the stemmer keeps the "s").
            let genitive = key
                .strip_suffix('s')
                .filter(|k| k.len() >= 3 && !by_first.contains_key(key))
                .filter(|k| single(k).is_some());
            if let Some(candidates) = by_first.get(genitive.unwrap_or(key)) {
                for (keys, c, _) in candidates {
                    let window = words.get(i..i + keys.len());
                    let fits = window.is_some_and(|w| {
                        !w.iter().all(|(_, t)| t.stop)
                            && w.iter().zip(keys).enumerate().all(|(j, ((_, t), k))| {
                                *t.key == **k || (j == 0 && genitive == Some(&**k))
                            })
                    });
                    if fits {
                        for (k, &(token, _)) in words[i..i + keys.len()].iter().enumerate() {
                            out.push(ConceptHit {
                                token,
                                concept: *c,
                                first: k == 0,
                            });
                        }
                        matched = keys.len();
                        break;
                    }
                }
            }
            if matched > 0 {
                i += matched;
                continue;
            }
            let (ix, t) = words[i];
            if !t.stop && t.kind == TokenKind::Word {
                if let Some((first, last)) = t.parts.as_deref() {
                    let f = single(first);
                    let l = single(last).filter(|c| Some(*c) != f);
                    out.extend(f.into_iter().chain(l).map(|concept| ConceptHit {
                        token: ix,
                        concept,
                        first: true,
                    }));
                } else {
                    out.extend(self.head_of(&by_first, &t.key).map(|concept| ConceptHit {
                        token: ix,
                        concept,
                        first: true,
                    }));
                }
            }
            i += 1;
        }
        out
    }

    /// A concept that is the head (end) of a compound key, at least [`MIN_HEAD`] characters long.
    fn head_of(&self, by_first: &Slots<String, Names>, key: &str) -> Option<usize> {
        if !self.compounds || key.len() > crate::normalize::LONGEST_COMPOUND {
            return None;
        }
        key.char_indices()
            .skip(1)
            .map(|(i, _)| &key[i..])
            .filter(|rest| rest.chars().count() >= MIN_HEAD)
            .find_map(|rest| Self::single(by_first, rest))
    }
}

/// The probe of a word or key: its first [`MIN_HEAD`] characters folded ([`fold_probe`]).
fn probe(word: &str) -> Probe {
    let mut out = ['\0'; MIN_HEAD];
    let mut n = 0;
    for c in word.chars() {
        let (a, b) = fold_probe(c);
        for c in [Some(a), b].into_iter().flatten() {
            if n == MIN_HEAD {
                return out;
            }
            out[n] = c;
            n += 1;
        }
    }
    out
}

/// `c` lower case, the accented letters of Latin-1 without their accent ("Ä" → "a", "ß" →
/// "ss"; one or two letters): stemmers drop or change accents (German "Häuser" → "haus",
/// Spanish "acción" → "accion"), and probes must meet whatever they do.
fn fold_probe(c: char) -> (char, Option<char>) {
    // The plain letter of each of U+00E0 to U+00FF ("à" … "ÿ"); "_" keeps the letter.
    const PLAIN: &[u8; 32] = b"aaaaaa_ceeeeiiii_nooooo_ouuuuy_y";
    match crate::case::lower_one(c) {
        'ß' => ('s', Some('s')),
        'æ' => ('a', Some('e')),
        'œ' => ('o', Some('e')),
        'ё' => ('е', None),
        c @ '\u{e0}'..='\u{ff}' => match PLAIN[c as usize - 0xe0] {
            b'_' => (c, None),
            plain => (plain as char, None),
        },
        c => (c, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<&'static str> {
        let n = Normalizer::new(Language::De);
        let lex = Lexicon::new(Language::De);
        let tokens = n.tokens(text, 0..text.len());
        lex.load(&n, std::slice::from_ref(&tokens));
        lex.find(&tokens)
            .into_iter()
            .map(|c| CONCEPTS[c].id)
            .collect()
    }

    #[test]
    fn variants_meet() {
        assert_eq!(ids("die Vereinigten Staaten"), ["usa"]);
        assert_eq!(ids("die USA"), ["usa"]);
        assert_eq!(
            ids("dem Vereinigten Königreich und Großbritannien"),
            ["uk", "uk"]
        );
        assert_eq!(ids("die US-Regierung"), ["usa", "government"]);
    }

    #[test]
    fn compound_heads_and_synonyms() {
        assert_eq!(ids("Hackerangriffen"), ["attack"]);
        assert_eq!(ids("Vorwürfe und Anschuldigungen"), ["accuse", "accuse"]);
    }

    /// Concept ids named in `text` of `language`, with the forms loaded lazily or all at once.
    fn named(language: Language, text: &str, all: bool) -> Vec<(String, &'static str)> {
        let n = Normalizer::new(language);
        let lex = Lexicon::new(language);
        lex.load_all.set(all);
        let tokens = n.tokens(text, 0..text.len());
        lex.load(&n, std::slice::from_ref(&tokens));
        lex.find_at(&tokens)
            .into_iter()
            .map(|h| (tokens[h.token].key.to_string(), CONCEPTS[h.concept].id))
            .collect()
    }

    #[test]
    fn forms_normalised_on_demand_match_as_all_forms_do() {
        let texts = [
            (Language::De, "Dies ist klar. Peking diesen Monat: Chinas Hackerangriffe, die US-Regierung, Einsatzkräfte der Feuerwehr, Vereinigten Staaten von Amerika, Ärzte, Straßen gesperrt, Stromausfall."),
            (Language::En, "The U.S. and its allies blamed Beijing; the blaze killed two people, dozens were uninjured and the strain on firefighters grew. The People's Republic of China denies it, whatever the rule says."),
            (Language::Fr, "Les pompiers ont maîtrisé l'incendie ; 150 habitants ont dû quitter leur domicile, l'enquête est ouverte, les États-Unis accusent."),
            (Language::Es, "Los bomberos apagaron el fuego; mil quinientas personas tuvieron que abandonar sus casas y la Guardia Civil investiga la causa."),
            (Language::It, "La frana ha travolto la strada statale; due persone risultano disperse e i vigili del fuoco scavano."),
            (Language::Pt, "A greve dos comboios continua; o Governo diz que apresentou um acordo aos trabalhadores."),
            (Language::Nl, "De brandweer blust de bosbrand; bewoners zijn geëvacueerd en de politie onderzoekt de oorzaak."),
            (Language::Ru, "Около 30 тыс. жителей остались без тепла: прорвало трубу, ремонтники обещают восстановить отопление."),
            (Language::Other, "Polisen utreder branden; tåget kolliderade och flera passagerare skadades."),
        ];
        for (language, text) in texts {
            let lazy = named(language, text, false);
            assert!(!lazy.is_empty(), "{language:?}");
            assert_eq!(lazy, named(language, text, true), "{language:?}");
        }
    }

    #[test]
    fn a_lexicon_used_before_finds_what_a_fresh_one_finds() {
        // The app runs a comparison again after each edit, with the same lexicon: keys met in
        // an earlier run are not probed again, their forms being loaded already.
        let n = Normalizer::new(Language::De);
        let hits = |lex: &Lexicon, text: &str| {
            let tokens = n.tokens(text, 0..text.len());
            lex.load(&n, std::slice::from_ref(&tokens));
            lex.find(&tokens)
        };
        let used = Lexicon::new(Language::De);
        let first = "Dies sind Hackerangriffe der Vereinigten Staaten auf Peking.";
        let second =
            "Diesen Angriff werfen die Vereinigten Staaten von Amerika und die USA China vor.";
        assert!(!hits(&used, first).is_empty());
        let again = hits(&used, second);
        assert!(!again.is_empty());
        assert_eq!(again, hits(&Lexicon::new(Language::De), second));
        assert_eq!(hits(&used, first), hits(&Lexicon::new(Language::De), first));
    }

    #[test]
    fn heads_of_compounds_only_where_words_are_closed() {
        // German closes its compounds; in English "strain" names no train, "uninjured" no injury.
        assert_eq!(ids("Großbrand und Regionalzüge"), ["fire", "train"]);
        let english = named(
            Language::En,
            "The strain left most of them uninjured.",
            false,
        );
        assert!(english.is_empty(), "{english:?}");
    }

    #[test]
    fn families_of_news_words_meet_across_their_words() {
        let family = |language, text| -> Vec<&'static str> {
            let mut ids: Vec<_> = named(language, text, false)
                .into_iter()
                .map(|(_, id)| id)
                .collect();
            ids.dedup(); // one hit per word of a name
            ids
        };
        assert_eq!(family(Language::En, "blaze"), family(Language::En, "fire"));
        assert_eq!(family(Language::Fr, "quitter leur domicile"), ["evacuate"]);
        assert_eq!(family(Language::Fr, "évacués"), ["evacuate"]);
        assert_eq!(
            family(Language::Ru, "отопление"),
            family(Language::Ru, "тепла")
        );
        assert_eq!(
            family(Language::De, "Fahrgäste"),
            family(Language::De, "Reisende")
        );
    }
}
