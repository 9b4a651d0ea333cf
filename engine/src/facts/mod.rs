//! Facts stage: who and what each report names — people, places, organisations, other names,
//! counts, dates and quotations — merged across spelling variants ("Antony Blinken" /
//! "Anthony Blinken" / "Blinken", "USA" / "Vereinigte Staaten"), and, per statement group, the
//! facts that only some members name.
//!
//! Runs after normalisation and is independent of alignment; [`differences`] reads the groups.

pub mod cues;
mod names;
mod quantities;
mod quotes;

use crate::language::Language;
use crate::lexicon::CONCEPTS;
use crate::model::{Fact, FactDifference, Group, Mention};
use crate::normalize::{fold, Token, TokenKind};
use crate::slots::Slots;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What kind of fact a term is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// A person ("Zhao Lijian").
    Person,
    /// An organisation, alliance, company or authority ("NATO", "Global Times").
    Organisation,
    /// A country, region or city ("Norwegen", "Xinjiang").
    Place,
    /// Another name: a group, product or event ("Hafnium", "Exchange Server").
    Name,
    /// A count with what it counts ("vier chinesische Staatsangehörige").
    Number,
    /// A date or period ("März 2021", "zwischen 2011 und 2018").
    Date,
    /// A quoted phrase.
    Quote,
}

impl FactKind {
    /// Every kind, in display order.
    pub const ALL: [FactKind; 7] = [
        FactKind::Person,
        FactKind::Organisation,
        FactKind::Place,
        FactKind::Name,
        FactKind::Number,
        FactKind::Date,
        FactKind::Quote,
    ];

    /// The kind's name in the JSON and CSV exports.
    pub fn code(self) -> &'static str {
        match self {
            FactKind::Person => "person",
            FactKind::Organisation => "organisation",
            FactKind::Place => "place",
            FactKind::Name => "name",
            FactKind::Number => "number",
            FactKind::Date => "date",
            FactKind::Quote => "quote",
        }
    }
}

/// One passage as the fact finder sees it.
pub struct PassageInput<'a> {
    /// Report index.
    pub doc: usize,
    /// Passage index within the report.
    pub passage: usize,
    /// The report's normalised text.
    pub text: &'a str,
    /// Byte start of the passage in `text`.
    pub start: usize,
    /// Byte end of the passage in `text`.
    pub end: usize,
    /// The passage's tokens.
    pub tokens: &'a [Token],
    /// What the word lists say about each token ([`cues::word_info`]).
    pub words: Vec<std::rc::Rc<cues::WordInfo>>,
    /// Per token, the lexicon concept it names.
    pub concepts: &'a [Option<usize>],
    /// A heading (English headings capitalise every word).
    pub heading: bool,
    /// The report's language.
    pub language: Language,
}

/// A mention found in one passage, before merging; offsets in the report's normalised text.
struct Candidate {
    kind: FactKind,
    key: String,
    start: usize,
    end: usize,
    /// Surface text, empty when it is part of a compound ("US" in "US-Regierung").
    surface: String,
    /// Found without a cue; the fact counts only if it has a stronger or a second mention.
    weak: bool,
}

/// A candidate with the passage it was found in.
struct Found {
    doc: usize,
    passage: usize,
    base: usize,
    c: Candidate,
}

/// The facts named in `passages` (content and headings of all reports), divergent ones first.
pub fn extract(passages: &[PassageInput], n_docs: usize) -> Vec<Fact> {
    let mut found: Vec<Found> = Vec::new();
    // The stem of each one-word name, so its declined forms merge ("Ленинского" / "Ленинском").
    let mut stems: Slots<String, String> = Slots::default();
    // Words the reports write in lower case somewhere: capitalised at a sentence's start they
    // open no name ("Theo" / "theo", "Według" / "według"). A set, as a map of a type other
    // tables use (one hash table type less in the bundle).
    let mut lower: FxHashMap<&str, u32> = FxHashMap::default();
    for p in passages {
        for (t, w) in p.tokens.iter().zip(&p.words) {
            let s = &p.text[t.span.clone()];
            if t.kind == TokenKind::Word && s.starts_with(char::is_lowercase) {
                lower.insert(w.folded.as_str(), 0);
            }
        }
    }
    for p in passages {
        let mut cands = names::find(p, &lower);
        for c in cands
            .iter()
            .filter(|c| c.key.starts_with("n:") && !c.key.contains(' '))
        {
            if let Some(t) = p.tokens.iter().find(|t| t.span == (c.start..c.end)) {
                stems.or_insert_with(c.key.clone(), || t.key.to_string());
            }
        }
        let named: Vec<Range<usize>> = cands.iter().map(|c| c.start..c.end).collect();
        cands.extend(quantities::find(p));
        // A quotation that is only a name ("„SolarWinds“") is that name.
        cands.extend(
            quotes::find(p)
                .into_iter()
                .filter(|q| !named.iter().any(|n| n.start <= q.start && n.end >= q.end)),
        );
        found.extend(cands.into_iter().map(|c| Found {
            doc: p.doc,
            passage: p.passage,
            base: p.start,
            c,
        }));
    }
    let root = name_roots(&found, &stems);
    attach_short_forms(passages, &mut found, &root);
    let mut facts = build(&found, &root);
    crate::sort::by_key(&mut facts, |f| {
        let first = f.mentions.first().map(|m| (m.doc, m.passage, m.start));
        (f.reports.len() >= n_docs, f.kind, first)
    });
    facts
}

/// Which name key each name key merges into: spelling variants of one multi-word name
/// ("antony blinken" / "anthony blinken"), one-word names of one stem in the report's language
/// ("ленинского" / "ленинском", `stems`), and a lone word that is a known person's surname.
fn name_roots(found: &[Found], stems: &Slots<String, String>) -> Slots<String, String> {
    // Each name key's kind (the first of its mentions' kinds in `FactKind` order), as a number:
    // a map of a key and value type other tables use (one hash table type less in the bundle).
    let mut kinds: FxHashMap<&str, u32> = FxHashMap::default();
    for f in found.iter().filter(|f| f.c.key.starts_with("n:")) {
        let k = kinds.entry(&*f.c.key).or_insert(f.c.kind as u32);
        *k = (*k).min(f.c.kind as u32);
    }
    let mut keys: Vec<&str> = kinds.keys().copied().collect();
    crate::sort::ascending(&mut keys);
    let mut root: Slots<String, String> = Slots::default();
    let mut by_last: Slots<&str, Vec<&str>> = Slots::default();
    for &k in &keys {
        let words: Vec<&str> = k[2..].split(' ').collect();
        if words.len() >= 2 {
            by_last
                .or_insert_with(words[words.len() - 1], Vec::new)
                .push(k);
        }
    }
    // (Each key is in the list of its last word only: the lists' order does not matter.)
    for list in by_last.values().iter().filter(|l| l.len() <= 200) {
        for (i, &a) in list.iter().enumerate() {
            if root.contains_key(a) {
                continue;
            }
            for &b in &list[i + 1..] {
                if !root.contains_key(b) && spelling_variants(&a[2..], &b[2..]) {
                    root.insert(b.to_owned(), a.to_owned());
                }
            }
        }
    }
    // Declined forms of one word: each joins the first key of its stem.
    // (Stem → its first key's place in `keys`.)
    let mut by_stem: FxHashMap<&str, u32> = FxHashMap::default();
    for (i, &k) in keys
        .iter()
        .enumerate()
        .filter(|(_, k)| !k[2..].contains(' '))
    {
        let Some(stem) = stems.get(k).filter(|s| s.chars().count() >= MIN_NAME_STEM) else {
            continue;
        };
        match by_stem.get(stem.as_str()) {
            Some(&first) => {
                root.insert(k.to_owned(), keys[first as usize].to_owned());
            }
            None => {
                by_stem.insert(stem, i as u32);
            }
        }
    }
    // A lone surname joins the one person with that surname, or the one name of two words
    // that ends with it ("Moerman", "Adriaen Moerman"); a lone word that opens exactly one
    // longer name of a body or thing joins it ("Arendsberg", "Arendsberg Museum").
    let name = |kind: u32| kind == FactKind::Name as u32 || kind == FactKind::Organisation as u32;
    for &k in keys.iter().filter(|k| !k[2..].contains(' ')) {
        let word = &k[2..];
        // (A place keeps its name: "Utrecht" is no "Utrecht Centraal".)
        let place = kinds[k] == FactKind::Place as u32;
        // The longer names that end with the word, then (sorted keys: one run) those that
        // open with it.
        let mut owners: Vec<&str> = Vec::new();
        for &o in by_last.get(word).into_iter().flatten() {
            let kind = kinds[o];
            if kind == FactKind::Person as u32 || name(kind) && o[2..].matches(' ').count() == 1 {
                owners.push(o);
            }
        }
        let opening = format!("{k} ");
        let from = keys.partition_point(|o| *o < opening.as_str());
        for &o in keys[from..].iter().take_while(|o| o.starts_with(&opening)) {
            if name(kinds[o]) && !place && !owners.contains(&o) {
                owners.push(o);
            }
        }
        owners.retain(|o| !root.contains_key(*o));
        if let [owner] = owners[..] {
            root.insert(k.to_owned(), owner.to_owned());
        }
    }
    root
}

/// Shortest stem that merges one-word names: shorter stems of different names meet by chance.
const MIN_NAME_STEM: usize = 4;

/// Two multi-word names that differ only by small misspellings of the same words.
fn spelling_variants(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| {
            x == y || (x.chars().next() == y.chars().next() && within_two_edits(x, y))
        })
}

/// Levenshtein distance ≤ 2 (a dozen lines; a string-metrics crate would be more code).
fn within_two_edits(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 || a.len().min(b.len()) < 4 {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()] <= 2
}

fn resolve<'a>(root: &'a Slots<String, String>, key: &'a str) -> &'a str {
    let mut k = key;
    for _ in 0..4 {
        match root.get(k) {
            Some(r) => k = r,
            None => break,
        }
    }
    k
}

/// Short forms of names found elsewhere: a person's surname alone ("Blinken", "Bidens",
/// "Biden-Administration") and the first word of a name in a compound ("Exchange-Server").
fn attach_short_forms(
    passages: &[PassageInput],
    found: &mut Vec<Found>,
    root: &Slots<String, String>,
) {
    let mut surnames: Slots<String, (String, usize)> = Slots::default();
    let mut heads: Slots<String, (String, usize)> = Slots::default();
    for f in found.iter().filter(|f| f.c.key.starts_with("n:")) {
        let key = resolve(root, &f.c.key).to_owned();
        let words: Vec<&str> = f.c.key[2..].split(' ').collect();
        if words.len() < 2 {
            continue;
        }
        let (map, word) = match f.c.kind {
            FactKind::Person => (&mut surnames, words[words.len() - 1]),
            FactKind::Name | FactKind::Organisation => (&mut heads, words[0]),
            _ => continue,
        };
        if word.chars().count() < 4 {
            continue;
        }
        let e = map.or_insert_with(word.to_owned(), || (key.clone(), 0));
        if e.0 != key {
            e.1 += 1; // ambiguous: two names share the word
        }
    }
    let mut extra = Vec::new();
    let mut taken_in = FactsByPassage::default();
    for (i, f) in found.iter().enumerate() {
        if f.c.kind != FactKind::Quote {
            taken_in
                .or_insert_with(passage_key(f.doc, f.passage), Vec::new)
                .push(i);
        }
    }
    for p in passages {
        let taken: Vec<Range<usize>> = taken_in
            .get(&passage_key(p.doc, p.passage))
            .into_iter()
            .flatten()
            .map(|&i| found[i].c.start..found[i].c.end)
            .collect();
        for (i, t) in p.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word || t.stop || p.concepts[i].is_some() {
                continue;
            }
            if taken
                .iter()
                .any(|r| r.start < t.span.end && t.span.start < r.end)
            {
                continue;
            }
            let surface = &p.text[t.span.clone()];
            if !surface.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let first_part_len = surface.find('-').unwrap_or(surface.len());
            let compound = first_part_len < surface.len();
            let first = fold(&surface[..first_part_len]);
            let lookup = |map: &Slots<String, (String, usize)>, w: &str| {
                map.get(w)
                    .filter(|(_, ambiguous)| *ambiguous == 0)
                    .map(|(k, _)| k.clone())
            };
            let person = lookup(&surnames, &first).or_else(|| {
                (p.language == Language::De && !compound)
                    .then(|| first.strip_suffix('s'))
                    .flatten()
                    .and_then(|w| lookup(&surnames, w))
            });
            let key = person.map(|k| (k, FactKind::Person)).or_else(|| {
                compound
                    .then(|| lookup(&heads, &first))
                    .flatten()
                    .map(|k| (k, FactKind::Name))
            });
            if let Some((key, kind)) = key {
                let end = t.span.start + first_part_len;
                extra.push(Found {
                    doc: p.doc,
                    passage: p.passage,
                    base: p.start,
                    c: Candidate {
                        kind,
                        key,
                        start: t.span.start,
                        end,
                        surface: p.text[t.span.start..end].to_owned(),
                        weak: false,
                    },
                });
            }
        }
    }
    found.extend(extra);
}

/// Facts from merged candidates.
fn build(found: &[Found], root: &Slots<String, String>) -> Vec<Fact> {
    let mut index: FxHashMap<String, u32> = FxHashMap::default();
    let mut facts: Vec<Fact> = Vec::new();
    let mut surfaces: Vec<Vec<String>> = Vec::new();
    let mut strong: Vec<bool> = Vec::new();
    let quote_keys = quote_roots(found);
    for f in found {
        let key = match f.c.kind {
            FactKind::Quote => quote_keys.get(&f.c.key).cloned().unwrap_or_default(),
            _ => resolve(root, &f.c.key).to_owned(),
        };
        let i = *index.entry(key.clone()).or_insert_with(|| {
            facts.push(Fact {
                kind: f.c.kind,
                key,
                label: String::new(),
                variants: Vec::new(),
                reports: Vec::new(),
                mentions: Vec::new(),
            });
            surfaces.push(Vec::new());
            strong.push(false);
            facts.len() as u32 - 1
        }) as usize;
        strong[i] |= !f.c.weak;
        let fact = &mut facts[i];
        fact.kind = fact.kind.min(f.c.kind);
        fact.mentions.push(Mention {
            doc: f.doc,
            passage: f.passage,
            start: f.c.start - f.base,
            end: f.c.end - f.base,
        });
        if !f.c.surface.is_empty() {
            surfaces[i].push(f.c.surface.clone());
        }
    }
    for (fact, surfaces) in facts.iter_mut().zip(surfaces) {
        crate::sort::ascending(&mut fact.mentions);
        fact.mentions.dedup();
        fact.reports = fact.mentions.iter().map(|m| m.doc).collect();
        fact.reports.dedup();
        fact.label = label(&fact.key, &surfaces);
        for s in surfaces {
            if fact.variants.len() < 32 && !fact.variants.contains(&s) {
                fact.variants.push(s);
            }
        }
    }
    let mut keep = strong.into_iter();
    facts.retain(|f| keep.next().unwrap_or(true) || f.mentions.len() >= 2);
    facts
}

/// Quotations that say the same merge: key → representative key. Short quotes must match
/// exactly; longer ones when most of the shorter one's words are in the longer.
fn quote_roots(found: &[Found]) -> Slots<String, String> {
    let mut keys: Vec<&str> = found
        .iter()
        .filter(|f| f.c.kind == FactKind::Quote)
        .map(|f| &*f.c.key)
        .collect();
    crate::sort::ascending(&mut keys);
    keys.dedup();
    let sets: Vec<Vec<&str>> = keys
        .iter()
        .map(|k| {
            let mut w: Vec<&str> = k[2..].split(' ').collect();
            crate::sort::ascending(&mut w);
            w.dedup();
            w
        })
        .collect();
    // Candidates share a word; a word in very many quotations says nothing.
    let mut by_word: Slots<&str, Vec<usize>> = Slots::default();
    let mut out: Slots<String, String> = Slots::default();
    let mut shared = vec![0usize; keys.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        for w in &sets[i] {
            let list = by_word.or_insert_with(w, Vec::new);
            if list.len() < 64 {
                for &j in list.iter() {
                    if shared[j] == 0 {
                        touched.push(j);
                    }
                    shared[j] += 1;
                }
                list.push(i);
            }
        }
        let same = touched
            .iter()
            .copied()
            .filter(|&j| {
                let small = sets[i].len().min(sets[j].len());
                if small <= 2 {
                    sets[i] == sets[j]
                } else {
                    shared[j] * 10 >= small * 6
                }
            })
            .min();
        touched.drain(..).for_each(|j| shared[j] = 0);
        let target = same
            .map_or(*k, |j| out.get(keys[j]).map_or(*k, String::as_str))
            .to_owned();
        out.insert((*k).to_owned(), target);
    }
    out
}

/// The name shown for a fact: for a lexicon concept its first form the reports use, else the
/// most frequent spelling (the earliest among equals).
fn label(key: &str, surfaces: &[String]) -> String {
    if let Some(id) = key.strip_prefix("c:") {
        if let Some(concept) = CONCEPTS.iter().find(|c| c.id == id) {
            let used: Vec<String> = surfaces.iter().map(|s| fold(s)).collect();
            return concept
                .forms
                .iter()
                .find(|f| used.contains(&fold(f)))
                .unwrap_or(concept.forms.first())
                .to_string();
        }
    }
    // Few distinct spellings: a list is smaller code than a map.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for s in surfaces {
        if let Some(i) = counts.iter().position(|(x, _)| x == s) {
            counts[i].1 += 1;
        } else if counts.len() < 64 {
            counts.push((s, 1));
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for &(s, n) in &counts {
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((s, n));
        }
    }
    best.map(|(s, _)| s.to_owned()).unwrap_or_default()
}

/// Which facts each passage names: `(doc, passage)` → fact indices, ascending.
pub type FactsByPassage = Slots<u64, Vec<usize>>;

/// A passage's key in [`FactsByPassage`].
pub fn passage_key(doc: usize, passage: usize) -> u64 {
    (doc as u64) << 32 | passage as u64
}

/// Indexes the mentions of `facts` by passage (quotations left out).
pub fn by_passage(facts: &[Fact]) -> FactsByPassage {
    let mut out = FactsByPassage::default();
    for (i, fact) in facts.iter().enumerate() {
        if fact.kind == FactKind::Quote {
            continue;
        }
        for m in &fact.mentions {
            let list = out.or_insert_with(passage_key(m.doc, m.passage), Vec::new);
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    out
}

/// The facts that some but not all reports of `group` name in its members.
pub fn differences(index: &FactsByPassage, group: &Group) -> Vec<FactDifference> {
    let mut named: Vec<(usize, usize)> = group
        .members
        .iter()
        .flat_map(|m| {
            index
                .get(&passage_key(m.doc, m.passage))
                .into_iter()
                .flatten()
                .map(move |&f| (f, m.doc))
        })
        .collect();
    crate::sort::ascending(&mut named);
    named.dedup();
    let mut out: Vec<FactDifference> = Vec::new();
    for (fact, doc) in named {
        match out.last_mut() {
            Some(d) if d.fact == fact => d.reports.push(doc),
            _ => out.push(FactDifference {
                fact,
                reports: vec![doc],
            }),
        }
    }
    out.retain(|d| d.reports.len() < group.reports.len());
    out
}
