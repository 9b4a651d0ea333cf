//! Names in one passage: lexicon concepts (countries, organisations), runs of capitalised words
//! ("Zhao Lijian", "Global Times"), and single words with a cue that makes them a name
//! (an acronym, an apposition "Hafnium, eine Hackergruppe", a place after "in").
//!
//! German capitalises every noun, so there a capital letter alone never makes a name: a run
//! needs two words that are not shaped like common nouns or sentence-initial adjectives.

use super::cues::{self, DETERMINERS, INDEFINITE};
use super::{Candidate, FactKind, PassageInput};
use crate::language::Language;
use crate::lexicon::{ConceptKind, CONCEPTS};
use crate::normalize::{fold, Token, TokenKind};
use crate::words::Words;
use rustc_hash::FxHashMap;

/// Nouns that follow a bare "in" in idioms ("in Kraft", "in Bezug auf"), never places.
const IN_IDIOMS: Words = crate::words![
    "kraft",
    "frage",
    "anspruch",
    "betrieb",
    "gang",
    "ordnung",
    "gefahr",
    "haft",
    "zukunft",
    "höhe",
    "folge",
    "bezug",
    "richtung",
    "form",
    "kauf",
    "erwägung",
    "kontakt",
    "verbindung",
    "summe",
    "wirklichkeit",
    "kürze",
    "ruhe",
    "eile",
    "not",
    "aussicht",
    "anbetracht",
    "betracht",
    "hinblick",
    "teilen",
    "zeiten",
    "wahrheit",
    "fact",
    "addition",
    "response",
    "order",
    "part",
    "total",
    "general",
    "particular",
    "short",
    "turn",
];

/// Words after an "in" place that show an idiom instead ("in Bezug auf").
const IDIOM_FOLLOWERS: Words =
    crate::words!["auf", "von", "zu", "mit", "an", "über", "of", "to", "with"];

/// Name candidates of one passage.
/// `lower` holds the folded words the reports also write in lower case.
pub fn find(p: &PassageInput, lower: &FxHashMap<&str, u32>) -> Vec<Candidate> {
    let mut out = concepts(p);
    let shouting = is_shouting(p);
    let mut in_run = vec![false; p.tokens.len()];
    if !shouting {
        for mut run in runs(p) {
            // In a language without stop words here, a common word capitalised at the
            // sentence's start opens no name ("Theo Sở Xây dựng": "theo", according to).
            let opener = run.words.first().copied();
            if opener.is_some_and(|i| {
                p.language == Language::Other
                    && starts_sentence(p, i)
                    && !run.after_title
                    && lower.contains_key(p.words[i].folded.as_str())
            }) {
                run.words.remove(0);
            }
            if let Some(c) = run_candidate(p, &run) {
                run.words.iter().for_each(|&i| in_run[i] = true);
                out.push(c);
            }
        }
    }
    for (i, &taken) in in_run.iter().enumerate() {
        if taken || shouting {
            continue;
        }
        if let Some(c) = single_candidate(p, i) {
            out.push(c);
        }
    }
    out
}

fn surface<'a>(p: &PassageInput<'a>, t: &Token) -> &'a str {
    &p.text[t.span.clone()]
}

fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Is token `i` a month's English abbreviation before its day ("Dec 7", "Sept. 30")?
fn opens_english_date(p: &PassageInput, i: usize) -> bool {
    let day = |k: usize| p.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    p.language == Language::En
        && cues::short_month(&p.words[i].folded).is_some()
        && (day(i + 1) || (p.tokens.get(i + 1).is_some_and(|t| &*t.key == ".") && day(i + 2)))
}

fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && s.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
}

/// Whole passage in capitals (a shouted heading): capitals say nothing there.
fn is_shouting(p: &PassageInput) -> bool {
    let words: Vec<&str> = p
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| surface(p, t))
        .collect();
    let upper = words
        .iter()
        .filter(|w| is_acronym(w) || w.len() > 6 && w.chars().all(|c| !c.is_lowercase()))
        .count();
    words.len() >= 3 && upper * 2 > words.len()
}

/// Does a sentence (or a quotation) start at token `i`?
fn starts_sentence(p: &PassageInput, i: usize) -> bool {
    let previous_word = p.tokens[..i]
        .iter()
        .rposition(|t| t.kind != TokenKind::Punct);
    match i.checked_sub(1).map(|j| &p.tokens[j]) {
        None => true,
        Some(t) if t.kind == TokenKind::Punct => {
            let s = surface(p, t);
            previous_word.is_none()
                || s.chars().any(|c| {
                    matches!(
                        c,
                        '.' | '!' | '?' | ':' | '„' | '“' | '"' | '«' | '»' | '…' | '(' | '–' | '-'
                    )
                })
        }
        _ => false,
    }
}

/// Lexicon countries and organisations; consecutive tokens of one concept are one mention.
fn concepts(p: &PassageInput) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut last: Option<(usize, usize)> = None; // (token index, concept)
    for (i, concept) in p.concepts.iter().enumerate() {
        let Some(c) = *concept else {
            continue;
        };
        let kind = match CONCEPTS[c].kind {
            ConceptKind::Country => FactKind::Place,
            ConceptKind::Organisation => FactKind::Organisation,
            ConceptKind::Word | ConceptKind::Related => continue,
        };
        let t = &p.tokens[i];
        if last == Some((i.wrapping_sub(1), c)) {
            if let Some(prev) = out.last_mut() {
                prev.end = t.span.end;
                prev.surface = p.text[prev.start..prev.end].to_owned();
                last = Some((i, c));
                continue;
            }
        }
        let s = surface(p, t);
        let compound = s.contains(['-', '‐', '‑']);
        out.push(Candidate {
            kind,
            key: format!("c:{}", CONCEPTS[c].id),
            start: t.span.start,
            end: t.span.end,
            surface: if compound {
                String::new()
            } else {
                s.to_owned()
            },
            weak: false,
        });
        last = Some((i, c));
    }
    out
}

/// Words that head a name continued by "of" ("University of Leeds", "Isle of Man").
const OF_HEADS: Words = crate::words![
    "university",
    "bank",
    "department",
    "ministry",
    "museum",
    "college",
    "court",
    "council",
    "church",
    "academy",
    "institute",
    "office",
    "chamber",
    "board",
    "society",
    "association",
    "federation",
    "bureau",
    "school",
    "league",
    "union",
    "republic",
    "kingdom",
    "city",
    "isle",
    "gulf",
    "bay",
    "lake",
    "cape",
    "mount",
    "port",
    "strait",
    "sea",
    "house"
];

/// A run of adjacent capitalised words, with what precedes it.
struct Run {
    /// Token indices of the words.
    words: Vec<usize>,
    /// A title or role stands right before it ("Präsident").
    after_title: bool,
    /// Its first word ends a title ("Secretary of State Antony Blinken").
    title_tail: bool,
}

/// Maximal runs of adjacent capitalised content words; titles end a run and mark the next.
fn runs(p: &PassageInput) -> Vec<Run> {
    let mut out = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut after_title = false;
    let mut title_tail = false;
    let mut title_at: Option<usize> = None;
    let mut title_of: Option<usize> = None;
    let flush =
        |current: &mut Vec<usize>, (after_title, title_tail): (bool, bool), out: &mut Vec<Run>| {
            if !current.is_empty() {
                out.push(Run {
                    words: std::mem::take(current),
                    after_title,
                    title_tail,
                });
            }
        };
    for (i, t) in p.tokens.iter().enumerate() {
        let s = surface(p, t);
        let w = &p.words[i];
        let folded = w.folded.as_str();
        let member = t.kind == TokenKind::Word
            && !t.stop
            && is_capitalised(s)
            && w.month.is_none()
            && w.weekday.is_none()
            && w.count.is_none()
            && !opens_english_date(p, i);
        if member && w.title && !is_acronym(s) {
            flush(&mut current, (after_title, title_tail), &mut out);
            title_at = Some(i);
            continue;
        }
        if title_at.is_some() && title_at == i.checked_sub(1) && matches!(folded, "of" | "for") {
            title_of = Some(i);
        }
        // "University of Leeds", "Bank of England", "Bay of Biscay": "of" between a head and
        // a capitalised word continues the name.
        let continues = folded == "of"
            && current
                .last()
                .is_some_and(|&l| OF_HEADS.contains(p.words[l].folded.as_str()))
            && p.tokens.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && !n.stop && is_capitalised(surface(p, n))
            });
        if continues {
            continue;
        }
        if member {
            if current.is_empty() {
                after_title = title_at.is_some() && title_at == i.checked_sub(1);
                title_tail = title_of.is_some() && title_of == i.checked_sub(1);
            }
            current.push(i);
            // A possessive that opens a run is a name of its own: "Britain's National Cyber
            // Security Centre" is two; "Information Commissioner's Office" is one.
            if current.len() == 1 && (s.ends_with("'s") || s.ends_with("’s")) {
                flush(&mut current, (after_title, title_tail), &mut out);
            }
        } else {
            flush(&mut current, (after_title, title_tail), &mut out);
        }
    }
    flush(&mut current, (after_title, title_tail), &mut out);
    out
}

/// The name a run stands for, after trimming words that are not part of it.
fn run_candidate(p: &PassageInput, run: &Run) -> Option<Candidate> {
    let german = p.language == Language::De;
    let mut words: &[usize] = &run.words;
    let after_title = run.after_title || run.title_tail && words.len() >= 2;
    if run.title_tail && words.len() >= 2 {
        words = &words[1..];
    }
    let folded = |i: usize| p.words[i].folded.as_str();
    let hyphenated = |i: usize| surface(p, &p.tokens[i]).contains('-');
    if german {
        if let Some((&first, rest)) = words.split_first() {
            if starts_sentence(p, first)
                && (p.words[first].adjective || p.words[first].noun_suffix)
                && !after_title
            {
                words = rest;
            }
        }
        while let Some((&first, rest)) = words.split_first() {
            if p.words[first].noun_suffix || hyphenated(first) {
                words = rest;
            } else {
                break;
            }
        }
        while let Some((&last, rest)) = words.split_last() {
            let f = folded(last);
            if hyphenated(last) || cues::has_noun_suffix(f) && !cues::is_organisation_head(f) {
                words = rest;
            } else {
                break;
            }
        }
    } else if p.heading {
        return None; // Title Case headings capitalise every word.
    }
    let is_concept = |i: usize| p.concepts[i].is_some();
    let plain = words.iter().filter(|&&i| !is_concept(i)).count();
    if plain == 0 || plain == 1 && !after_title {
        return None; // a concept with a noun ("Pekings Cyberaktivitäten") or a lone word
    }
    if words.len() < 2 && !after_title {
        return None;
    }
    let (&first, &last) = (words.first()?, words.last()?);
    let start = p.tokens[first].span.start;
    let text = without_possessive(&p.text[start..p.tokens[last].span.end]);
    let end = start + text.len();
    let last_folded = folded(last);
    let appositive = apposition(p, last);
    let kind = if after_title || appositive == Some(FactKind::Person) {
        FactKind::Person
    } else if cues::is_organisation_head(last_folded)
        || cues::is_organisation_head(folded(first)) && words.len() >= 2
        || appositive == Some(FactKind::Organisation)
    {
        FactKind::Organisation
    } else {
        FactKind::Name
    };
    // In German two capitalised nouns meet by accident ("aus der Ferne Zugang"): without a
    // cue such a run counts only if the name recurs.
    let camel = words
        .windows(2)
        .any(|w| p.tokens[w[0]].span.end == p.tokens[w[1]].span.start); // "SolarWinds"
    let weak = german && kind == FactKind::Name && appositive.is_none() && !camel;
    Some(Candidate {
        kind,
        key: name_key(text),
        start,
        end,
        surface: text.to_owned(),
        weak,
    })
}

/// What an apposition after token `i` says the name is: ", ein Sprecher" → person,
/// ", eine Hackergruppe" → organisation, ", eine …" → some name; `None` without one.
fn apposition(p: &PassageInput, i: usize) -> Option<FactKind> {
    let comma = p.tokens.get(i + 1)?;
    if surface(p, comma) != "," {
        return None;
    }
    let after: Vec<String> = p.tokens[i + 2..]
        .iter()
        .take(5)
        .take_while(|t| t.kind != TokenKind::Punct)
        .map(|t| fold(surface(p, t)))
        .collect();
    let opener = after.first()?;
    if after.iter().take(4).any(|w| cues::is_title(w)) {
        return Some(FactKind::Person);
    }
    if !INDEFINITE.contains(opener) {
        return None;
    }
    let organisation = after.iter().any(|w| {
        let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        (3..letters.len())
            .any(|k| letters.is_char_boundary(k) && cues::is_organisation_head(&letters[k..]))
            || cues::is_organisation_head(&letters)
    });
    Some(if organisation {
        FactKind::Organisation
    } else {
        FactKind::Name
    })
}

/// A single capitalised word that a cue makes a name.
fn single_candidate(p: &PassageInput, i: usize) -> Option<Candidate> {
    let t = &p.tokens[i];
    let s = surface(p, t);
    // One letter is an initial or part of "A&E", not a name.
    let letter = s.chars().count() < 2;
    if t.kind != TokenKind::Word
        || t.stop
        || p.concepts[i].is_some()
        || !is_capitalised(s)
        || letter
    {
        return None;
    }
    let w = &p.words[i];
    let folded = w.folded.as_str();
    if w.month.is_some()
        || w.weekday.is_some()
        || w.count.is_some()
        || w.title
        || s.contains('-')
        || opens_english_date(p, i)
    {
        return None;
    }
    let german = p.language == Language::De;
    let previous = i
        .checked_sub(1)
        .map(|j| fold(surface(p, &p.tokens[j])))
        .unwrap_or_default();
    let next = p
        .tokens
        .get(i + 1)
        .map(|t| fold(surface(p, t)))
        .unwrap_or_default();
    let kind = if is_acronym(s) {
        Some(FactKind::Organisation)
    } else if german && w.noun_suffix {
        None
    } else if !DETERMINERS.contains(&previous) && apposition(p, i).is_some() {
        apposition(p, i)
    } else if surface_of(p, i.wrapping_sub(1)) == Some("in")
        && !IN_IDIOMS.iter().any(|w| folded.ends_with(w))
        && !IDIOM_FOLLOWERS.contains(next.as_str())
    {
        Some(FactKind::Place)
    } else if !german && !p.heading && !starts_sentence(p, i) {
        Some(FactKind::Name)
    } else {
        None
    }?;
    let s = without_possessive(s);
    Some(Candidate {
        kind,
        key: name_key(s),
        start: t.span.start,
        end: t.span.start + s.len(),
        surface: s.to_owned(),
        weak: false,
    })
}

/// A name without the possessive ending after it ("Moerman's" is Moerman).
fn without_possessive(name: &str) -> &str {
    name.strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name)
}

fn surface_of<'a>(p: &PassageInput<'a>, i: usize) -> Option<&'a str> {
    p.tokens.get(i).map(|t| surface(p, t))
}

/// The merge key of a name: folded words, letters and digits only.
pub fn name_key(text: &str) -> String {
    let words: Vec<String> = fold(text)
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    format!("n:{}", words.join(" "))
}
