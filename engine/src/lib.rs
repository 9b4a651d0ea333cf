//! Parallax engine: compares several reports of the same event.
//!
//! Pipeline, one module per stage: [`input`] (normalise, keep offsets) → [`segment`]
//! (paragraphs, sentences, headings, boilerplate) → [`normalize`] (tokens, stems) → [`align`]
//! (statement groups across reports) → [`diff`] (word marks inside a group) → [`summary`].
//! [`compare`] runs them all and returns a [`model::Comparison`].
//!
//! ```
//! use parallax_engine::{compare, CompareOptions, ReportInput};
//! let reports = [
//!     ReportInput::new("a", "Titel A\nJapan und die NATO kritisieren China wegen Cyberangriffen."),
//!     ReportInput::new("b", "Titel B\nDie NATO und Japan kritisieren China scharf wegen der Cyberangriffe."),
//! ];
//! let c = compare(&reports, &CompareOptions::default());
//! let sentence = &c.documents[0].passages[1];
//! assert_eq!(c.groups[sentence.group.unwrap()].reports, [0, 1]);
//! ```
#![warn(missing_docs)]

pub mod align;
pub mod case;
pub mod cjk_numbers;
pub mod clock_times;
pub mod diff;
pub mod export;
pub mod facts;
pub mod hangul;
pub mod input;
pub mod language;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod options;
mod parallel;
pub mod segment;
pub mod slots;
pub mod sort;
mod staged;
pub mod summary;
pub mod synopsis;
pub mod wire;
pub mod word_bounds;
pub mod words;

pub use input::ReportInput;
pub use model::Comparison;
pub use options::{CompareOptions, Granularity};
pub use staged::Staged;

use align::Node;
use input::NormalizedText;
use language::Language;
use lexicon::Lexicon;
use model::{Agreement, Document, Group, Member, Passage, WordMark};
use normalize::{Normalizer, Token, TokenKind};
use rustc_hash::FxHashMap;
use segment::{BoilerplateReason, PassageKind, Segment};
use std::cell::RefCell;
use std::rc::Rc;

/// One report after segmentation and normalisation.
struct Prepared {
    norm: NormalizedText,
    language: Language,
    segments: Vec<Segment>,
    tokens: Vec<Vec<Token>>,
    concepts: Vec<Vec<usize>>,
    /// Per passage, per token: the lexicon concept it names.
    token_concepts: Vec<Vec<Option<usize>>>,
}

/// The year of a date in figures, day and month first: "29.11.2026", "1/12/2026".
fn date_year(surface: &str) -> Option<u32> {
    // Day, month and year: their values and lengths in digits.
    let (mut values, mut lengths, mut field) = ([0u32; 3], [0usize; 3], 0);
    for b in surface.bytes() {
        match b {
            b'0'..=b'9' if lengths[field] < 4 => {
                values[field] = values[field] * 10 + u32::from(b - b'0');
                lengths[field] += 1;
            }
            b'.' | b'/' if field < 2 => field += 1,
            _ => return None,
        }
    }
    let small = |k: usize| lengths[k] <= 2 && (1..=31).contains(&values[k]);
    (field == 2 && small(0) && small(1) && lengths[2] == 4 && (1900..=2100).contains(&values[2]))
        .then_some(values[2])
}

/// Statements of all reports as alignment nodes, with their (report, passage) ids.
struct Statements<'a> {
    ids: Vec<(usize, usize)>,
    nodes: Vec<Node>,
    sources: Vec<align::features::Source<'a>>,
    /// Nodes below this are passages; from it on, tails of passages ([`align::tails`]).
    passages: usize,
    /// (tail node, its passage's node).
    tails: Vec<(usize, usize)>,
}

impl<'a> Statements<'a> {
    fn collect(prepared: &'a [Prepared]) -> Self {
        let mut s = Statements {
            ids: Vec::new(),
            nodes: Vec::new(),
            sources: Vec::new(),
            passages: 0,
            tails: Vec::new(),
        };
        // The latest year any report names, its page furniture's time stamps included: a
        // passage that names an earlier one tells of another time.
        let mut latest_year = 0;
        for p in prepared {
            for tokens in &p.tokens {
                if let Some(&year) = align::features::years_named(tokens, false).last() {
                    latest_year = latest_year.max(year);
                }
                // A date in figures ("Stand: 29.11.2026") is one number to the tokens.
                for t in tokens.iter().filter(|t| t.kind == TokenKind::Number) {
                    let year = date_year(p.norm.text.get(t.span.clone()).unwrap_or(""));
                    latest_year = latest_year.max(year.unwrap_or(0));
                }
            }
        }
        for (doc, p) in prepared.iter().enumerate() {
            let titles = title_passages(p);
            let titled_report = titles > 0;
            // Positions count the report's own passages: two sentences around a sign-up box
            // are neighbours (a statement said in both may be one group's).
            let mut position = 0;
            for (i, seg) in p.segments.iter().enumerate() {
                if seg.kind == PassageKind::Boilerplate {
                    continue;
                }
                let title = position < titles;
                s.ids.push((doc, i));
                s.sources.push(align::features::Source {
                    doc,
                    language: p.language,
                    tokens: &p.tokens[i],
                    concepts: &p.concepts[i],
                    title,
                    titled_report,
                    label: seg.kind == PassageKind::Heading && !title,
                    latest_year,
                    tail: false,
                });
                s.nodes.push(Node {
                    doc,
                    position,
                    fingerprint: fingerprint(&p.tokens[i]),
                });
                position += 1;
            }
        }
        s.passages = s.nodes.len();
        // Second facts after "including": a node of their own each, after all passages.
        for node in 0..s.passages {
            let (doc, i) = s.ids[node];
            let p = &prepared[doc];
            let Some(at) = align::tails::tail_start(&p.norm.text, &p.tokens[i]) else {
                continue;
            };
            let tokens = &p.tokens[i][at..];
            s.tails.push((s.nodes.len(), node));
            s.ids.push((doc, i));
            s.sources.push(align::features::Source {
                tokens,
                concepts: &[],
                title: false,
                label: false,
                tail: true,
                ..s.sources[node]
            });
            s.nodes.push(Node {
                fingerprint: fingerprint(tokens),
                ..s.nodes[node]
            });
        }
        s
    }

    fn links(&self, min_score: f32, threshold: f32) -> Vec<align::Link> {
        let (feats, corpus) = align::features::build(&self.sources);
        align::links(&self.nodes, &feats, &corpus, min_score, threshold)
    }
}

/// A similarity between two passages of different reports: `((report, passage), (report, passage), score)`.
pub type ScoredPair = ((usize, usize), (usize, usize), f32);

/// Every candidate pair of statements with similarity at least `min_score`, strongest first.
/// For diagnostics and tuning; [`compare`] groups these.
pub fn scored_pairs(
    reports: &[ReportInput],
    options: &CompareOptions,
    min_score: f32,
) -> Vec<ScoredPair> {
    let prepared = prepare_all(reports, options);
    let s = Statements::collect(&prepared);
    let mut out: Vec<ScoredPair> = s
        .links(min_score, options.threshold)
        .into_iter()
        .filter(|l| l.b < s.passages)
        .map(|l| (s.ids[l.a], s.ids[l.b], l.score))
        .collect();
    crate::sort::by(&mut out, |x, y| y.2.total_cmp(&x.2));
    out
}

/// Compares `reports` and returns passages, statement groups with word marks, and coverage.
///
/// Never panics; any text (empty, huge, any script) gives a result. [`Staged`] does the same
/// work one step at a time.
pub fn compare(reports: &[ReportInput], options: &CompareOptions) -> Comparison {
    Staged::new(reports.to_vec(), options).finish()
}

/// Content and heading passages of every report, as the fact finder reads them.
fn fact_inputs(prepared: &[Prepared]) -> Vec<facts::PassageInput<'_>> {
    let mut out = Vec::new();
    for (doc, p) in prepared.iter().enumerate() {
        for (i, s) in p.segments.iter().enumerate() {
            if s.kind == PassageKind::Boilerplate {
                continue;
            }
            out.push(facts::PassageInput {
                doc,
                passage: i,
                text: &p.norm.text,
                start: s.span.start,
                end: s.span.end,
                tokens: &p.tokens[i],
                words: p.tokens[i]
                    .iter()
                    .map(|t| facts::cues::word_info(&p.norm.text[t.span.clone()]))
                    .collect(),
                concepts: &p.token_concepts[i],
                heading: s.kind == PassageKind::Heading,
                language: p.language,
            });
        }
    }
    out
}

/// A language's normaliser and lexicon, shared.
type Tools = Rc<(Normalizer, Lexicon)>;

thread_local! {
    /// Normaliser and lexicon per language, built once per thread: normalising the lexicon's
    /// forms costs more than comparing three short reports.
    /// (A list, not a hash map: a handful of languages, and one hash table type less in the
    /// WebAssembly bundle.)
    static TOOLS: RefCell<Vec<(Language, Tools)>> = const { RefCell::new(Vec::new()) };
}

/// The (cached) normaliser and lexicon for `language`.
fn tools(language: Language) -> Tools {
    TOOLS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some((_, tools)) = t.iter().find(|(l, _)| *l == language) {
            return tools.clone();
        }
        let tools = Rc::new((Normalizer::new(language), Lexicon::new(language)));
        t.push((language, tools.clone()));
        tools
    })
}

/// Prepares every report, then flags lines repeated across them.
fn prepare_all(reports: &[ReportInput], options: &CompareOptions) -> Vec<Prepared> {
    let mut prepared: Vec<Prepared> = reports
        .iter()
        .map(|r| {
            let norm = NormalizedText::new(&r.text);
            let language = language::detect(&norm.text);
            let tools = tools(language);
            prepare(norm, language, &tools.0, &tools.1, options)
        })
        .collect();
    flag_repeated_lines(&mut prepared);
    prepared
}

/// Segments and tokenises one normalised report and finds the lexicon concepts it names.
fn prepare(
    norm: NormalizedText,
    language: Language,
    normalizer: &Normalizer,
    lexicon: &Lexicon,
    options: &CompareOptions,
) -> Prepared {
    let segments = segment::segment(&norm.text, language, options.granularity);
    tokenize(norm, language, segments, normalizer, lexicon)
}

/// The second half of [`prepare`]: tokens and lexicon concepts of segmented text.
fn tokenize(
    norm: NormalizedText,
    language: Language,
    segments: Vec<Segment>,
    normalizer: &Normalizer,
    lexicon: &Lexicon,
) -> Prepared {
    let tokens: Vec<Vec<Token>> = segments
        .iter()
        .map(|s| normalizer.tokens(&norm.text, s.span.clone()))
        .collect();
    lexicon.load(normalizer, &tokens);
    let hits: Vec<Vec<lexicon::ConceptHit>> = tokens.iter().map(|t| lexicon.find_at(t)).collect();
    let concepts = hits
        .iter()
        .map(|h| h.iter().filter(|h| h.first).map(|h| h.concept).collect())
        .collect();
    let token_concepts = tokens
        .iter()
        .zip(&hits)
        .map(|(t, h)| {
            let mut per_token = vec![None; t.len()];
            for hit in h {
                per_token[hit.token] = Some(hit.concept);
            }
            per_token
        })
        .collect();
    Prepared {
        norm,
        language,
        segments,
        tokens,
        concepts,
        token_concepts,
    }
}

/// How many of a report's first passages make its title: the first if it is a heading, and
/// the heading right under it too when the first is a kicker over the headline (at most four
/// words: "Tarifstreit bei der Bahn" over "Durchbruch nach 20-Stunden-Marathon"; a headline
/// holds no sentence's end).
fn title_passages(p: &Prepared) -> usize {
    let mut own = p
        .segments
        .iter()
        .filter(|s| s.kind != PassageKind::Boilerplate);
    match (own.next(), own.next()) {
        (Some(a), Some(b))
            if a.kind == PassageKind::Heading
                && b.kind == PassageKind::Heading
                && b.paragraph == a.paragraph + 1
                && segment::boilerplate::words_at_most(&p.norm.text[a.span.clone()], 4)
                && !p.norm.text[b.span.clone()].contains(". ") =>
        {
            2
        }
        (Some(a), _) if a.kind == PassageKind::Heading => 1,
        _ => 0,
    }
}

/// Short lines that recur (twice in one report, or up to three words in several) are page
/// furniture, not statements. Titles are exempt.
fn flag_repeated_lines(prepared: &mut [Prepared]) {
    let key = |p: &Prepared, s: &Segment| -> Option<String> {
        if s.kind != PassageKind::Heading {
            return None;
        }
        let text = &p.norm.text[s.span.clone()];
        let words = segment::boilerplate::word_count(text);
        let title = p
            .segments
            .iter()
            .find(|s| s.kind != PassageKind::Boilerplate)
            .map(|t| t.paragraph);
        (Some(s.paragraph) != title && words <= 8)
            .then(|| {
                normalize::fold(text)
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect::<String>()
            })
            .filter(|k| !k.is_empty())
            .map(|k| format!("{words}:{k}"))
    };
    // Key -> index of its (occurrences, reports): one hash table type for both maps.
    // (`u32` values: the key and value types of `slots::Slots`' tables, one hash table type.)
    let mut seen: FxHashMap<String, u32> = FxHashMap::default();
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for p in prepared.iter() {
        let mut in_this: FxHashMap<String, u32> = FxHashMap::default();
        for s in &p.segments {
            if let Some(k) = key(p, s) {
                *in_this.entry(k).or_default() += 1;
            }
        }
        for (k, n) in in_this {
            let next = counts.len() as u32;
            let e = *seen.entry(k).or_insert(next);
            if e == next {
                counts.push((0, 0));
            }
            counts[e as usize].0 += n as usize;
            counts[e as usize].1 += 1;
        }
    }
    for p in prepared.iter_mut() {
        for i in 0..p.segments.len() {
            let Some(k) = key(p, &p.segments[i]) else {
                continue;
            };
            let (occurrences, reports) = counts[seen[&k] as usize];
            let words: usize = k
                .split(':')
                .next()
                .and_then(|w| w.parse().ok())
                .unwrap_or(99);
            if occurrences > reports || (reports >= 2 && words <= 3) {
                p.segments[i].kind = PassageKind::Boilerplate;
                p.segments[i].reason = Some(BoilerplateReason::Repeated);
            }
        }
    }
}

/// FNV-1a over the token keys: a fingerprint that does not depend on report order.
fn fingerprint(tokens: &[Token]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for t in tokens {
        for b in t.key.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A statement group from member ids `(doc, segment)`, with word marks per member.
fn build_group(prepared: &[Prepared], ids: &[(usize, usize)], score: f32, n_docs: usize) -> Group {
    let mut ids = ids.to_vec();
    crate::sort::ascending(&mut ids);
    let mut reports: Vec<usize> = ids.iter().map(|&(d, _)| d).collect();
    reports.dedup();
    // One side per report: its members' tokens in reading order.
    let sides: Vec<(usize, Vec<diff::Word>)> = reports
        .iter()
        .map(|&r| {
            let words = ids
                .iter()
                .filter(|&&(d, _)| d == r)
                .flat_map(|&(d, s)| {
                    prepared[d].tokens[s]
                        .iter()
                        .zip(&prepared[d].token_concepts[s])
                })
                .map(|(token, &concept)| diff::Word { token, concept })
                .collect();
            (r, words)
        })
        .collect();
    let marks = diff::mark(&sides);
    let mut members = Vec::with_capacity(ids.len());
    for (side, &r) in reports.iter().enumerate() {
        let mut k = 0;
        for &(d, s) in ids.iter().filter(|&&(d, _)| d == r) {
            let p = &prepared[d];
            let base = p.segments[s].span.start;
            let tokens = p.tokens[s]
                .iter()
                .map(|t| {
                    let mark = WordMark {
                        text: p.norm.text[t.span.clone()].to_owned(),
                        start: t.span.start - base,
                        end: t.span.end - base,
                        shared_with: marks[side].shared_with[k].clone(),
                        moved: marks[side].moved[k],
                        content: t.is_content(),
                        number: t.kind == normalize::TokenKind::Number,
                    };
                    k += 1;
                    mark
                })
                .collect();
            members.push(Member {
                doc: d,
                passage: s,
                tokens,
            });
        }
    }
    let agreement = if reports.len() == n_docs {
        Agreement::All
    } else {
        Agreement::Some
    };
    Group {
        members,
        reports,
        score,
        agreement,
        fact_differences: Vec::new(),
    }
}

/// All, some or only this report: how widely the statements of a passage's groups are made
/// (a passage of two facts may be in a group of some reports and one of the others).
fn agreement_over<'a>(groups: impl Iterator<Item = &'a Group>, n_docs: usize) -> Agreement {
    let mut reports: Vec<usize> = Vec::new();
    for r in groups.flat_map(|g| &g.reports) {
        if !reports.contains(r) {
            reports.push(*r);
        }
    }
    match reports.len() {
        0 | 1 => Agreement::OnlyHere,
        n if n >= n_docs => Agreement::All,
        _ => Agreement::Some,
    }
}

/// The output document for report `doc`.
fn document(
    doc: usize,
    p: &Prepared,
    r: &ReportInput,
    memberships: &[(Option<usize>, Option<usize>)],
    groups: &[Group],
    near: &staged::NearBy,
    n_docs: usize,
) -> Document {
    let title = r
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or_else(|| {
            let mut own = p
                .segments
                .iter()
                .filter(|s| s.kind != PassageKind::Boilerplate)
                .map(|s| p.norm.text[s.span.clone()].trim());
            let first = own.next()?;
            // A kicker and its headline: "Tarifstreit bei der Bahn: Durchbruch nach …".
            Some(match own.next().filter(|_| title_passages(p) == 2) {
                Some(headline) => format!("{first}: {headline}"),
                None => first.to_owned(),
            })
        })
        .unwrap_or_else(|| {
            p.norm
                .text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("")
                .to_owned()
        });
    let passages = p
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (group, second) = memberships.get(i).copied().unwrap_or_default();
            let agreement = (s.kind != PassageKind::Boilerplate)
                .then(|| agreement_over(group.iter().chain(&second).map(|&g| &groups[g]), n_docs));
            let also = second.into_iter().collect();
            Passage {
                text: p.norm.text[s.span.clone()].to_owned(),
                start: p.norm.original_offset(s.span.start, false),
                end: p.norm.original_offset(s.span.end, true),
                kind: s.kind,
                reason: s.reason,
                paragraph: s.paragraph,
                group,
                also,
                agreement,
                near: near
                    .get(doc)
                    .and_then(|d| d.get(i))
                    .cloned()
                    .unwrap_or_default(),
            }
        })
        .collect();
    Document {
        name: r.name.clone(),
        title,
        language: p.language,
        lang: language::tag(p.language, &p.norm.text).to_owned(),
        passages,
    }
}

#[cfg(test)]
mod tests {
    use super::date_year;

    #[test]
    fn a_date_in_figures_gives_its_year() {
        assert_eq!(date_year("29.11.2026"), Some(2026));
        assert_eq!(date_year("1/12/2026"), Some(2026));
        // A figure with thousands points, a decimal or a year alone is no date.
        for figure in ["10.122.019", "2,4", "2026", "29.11.26", "1.2.3.2026"] {
            assert_eq!(date_year(figure), None, "{figure}");
        }
    }
}
