//! Scores the engine against the hand-made expectations in `tests/fixtures/seeds/gold.txt`:
//! precision, recall and F1 of cross-report links and of boilerplate flags.
//! Shared by the quality test and the `quality` / `pairs` examples (each uses a part).
#![allow(dead_code)]

pub mod facts;

use parallax_engine::model::Comparison;
use parallax_engine::segment::PassageKind;
use parallax_engine::{compare, CompareOptions, ReportInput};
use std::collections::BTreeSet;

/// Every test set with a gold text: the bundled seeds, then the sets of `tests/fixtures/` in the
/// order they were written.
pub const SETS: [&str; 56] = [
    "seeds",
    "english",
    "german",
    "french",
    "spanish",
    "dutch",
    "italian",
    "portuguese",
    "english2",
    "german2",
    "english3",
    "swedish",
    "russian",
    "english4",
    "polish",
    "turkish",
    "ukrainian",
    "english5",
    "finnish",
    "czech",
    "hungarian",
    "romanian",
    "indonesian",
    "german3",
    "french2",
    "spanish2",
    "italian2",
    "dutch2",
    "portuguese2",
    "danish",
    "norwegian",
    "chinese",
    "arabic",
    "japanese",
    "korean",
    "vietnamese",
    "greek",
    "mixed",
    "mixed2",
    "mixed3",
    "english6",
    "german4",
    "spanish3",
    "english7",
    "german5",
    "french3",
    "italian3",
    "english8",
    "hindi",
    "hebrew",
    "german6",
    "persian",
    "english9",
    "german7",
    "bengali",
    "thai",
];

/// A passage: (report, passage index).
pub type Pid = (usize, usize);

/// A set of links between passages of different reports, each pair ordered.
pub type Links = BTreeSet<(Pid, Pid)>;

/// Precision, recall and F1 with the counts behind them.
#[derive(Debug, Clone, Copy)]
pub struct Score {
    /// Correct among predicted.
    pub precision: f64,
    /// Found among expected.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Score {
    fn new(correct_predicted: usize, predicted: usize, found: usize, expected: usize) -> Self {
        let precision = if predicted == 0 {
            1.0
        } else {
            correct_predicted as f64 / predicted as f64
        };
        let recall = if expected == 0 {
            1.0
        } else {
            found as f64 / expected as f64
        };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Self {
            precision,
            recall,
            f1,
        }
    }
}

/// The evaluation of one run.
pub struct Report {
    /// Link quality.
    pub links: Score,
    /// Boilerplate flag quality.
    pub boilerplate: Score,
    /// Human-readable lines: misses and wrong links.
    pub details: Vec<String>,
    /// Missed sure links whose other passage is offered as a closest passage (`near`) on
    /// either side, and all missed sure links.
    pub offered: (usize, usize),
}

/// Scores the engine on a test set of its own: the `.txt` reports of
/// `tests/fixtures/NAME/` against the `gold.txt` there.
pub fn evaluate_set(name: &str, options: &CompareOptions) -> Report {
    let dir = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let c = compare(&reports_in(&dir), options);
    let gold = std::fs::read_to_string(format!("{dir}/gold.txt")).unwrap();
    score(&c, &gold)
}

/// Reads the seed reports as the app bundles them.
pub fn seeds() -> Vec<ReportInput> {
    reports_in(concat!(env!("CARGO_MANIFEST_DIR"), "/../data"))
}

/// The reports of test set `name` (`tests/fixtures/NAME/`; "seeds" are the bundled reports)
/// and its gold text.
pub fn set(name: &str) -> (Vec<ReportInput>, String) {
    let dir = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let gold = std::fs::read_to_string(format!("{dir}/gold.txt")).unwrap();
    let reports = if name == "seeds" {
        seeds()
    } else {
        reports_in(&dir)
    };
    (reports, gold)
}

/// The `.txt` files of `dir` as reports, in name order.
fn reports_in(dir: &str) -> Vec<ReportInput> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| !p.ends_with("gold.txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            ReportInput::new(
                p.file_name().unwrap().to_string_lossy(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect()
}

/// Runs the engine on the seeds with `options` and scores it.
pub fn evaluate(options: &CompareOptions) -> Report {
    let reports = seeds();
    let c = compare(&reports, options);
    let gold = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seeds/gold.txt"
    ))
    .unwrap();
    score(&c, &gold)
}

fn doc_of(c: &Comparison, prefix: &str) -> usize {
    c.documents
        .iter()
        .position(|d| d.name.starts_with(prefix))
        .unwrap_or_else(|| panic!("no report {prefix}"))
}

/// The passages of report `doc` that hold `snippet`, or, for "= TEXT", the passages that are
/// exactly TEXT (a menu's "Markets" beside a sentence on the Competition and Markets Authority).
fn find(c: &Comparison, doc: usize, snippet: &str) -> Vec<Pid> {
    let exact = snippet.strip_prefix("= ");
    c.documents[doc]
        .passages
        .iter()
        .enumerate()
        .filter(|(_, p)| match exact {
            Some(text) => p.text.trim() == text,
            None => p.text.contains(snippet),
        })
        .map(|(i, _)| (doc, i))
        .collect()
}

fn pairs(members: &[Pid]) -> Links {
    let mut out = BTreeSet::new();
    for (i, &a) in members.iter().enumerate() {
        for &b in &members[i + 1..] {
            if a.0 != b.0 {
                out.insert((a.min(b), a.max(b)));
            }
        }
    }
    out
}

/// The sure and possible link sets of the gold text, resolved against `c`'s passages.
pub fn gold_pairs(c: &Comparison, gold: &str) -> (Links, Links) {
    let (sure, possible, _) = parse(c, gold);
    (sure, possible)
}

type Parsed = (Links, Links, BTreeSet<Pid>);

fn parse(c: &Comparison, gold: &str) -> Parsed {
    let (mut sure, mut possible, mut boiler) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    let mut block: Option<(String, Vec<Pid>)> = None;
    let mut flush = |block: &mut Option<(String, Vec<Pid>)>| {
        if let Some((kind, members)) = block.take() {
            if kind == "sure" {
                sure.extend(pairs(&members));
            } else if kind == "possible" {
                possible.extend(pairs(&members));
            } else {
                boiler.extend(members);
            }
        }
    };
    for line in gold
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if let Some(header) = line.strip_prefix('[') {
            flush(&mut block);
            let kind = header.split([' ', ']']).next().unwrap().to_owned();
            block = Some((kind, Vec::new()));
            continue;
        }
        let (doc, snippet) = line.split_once(" | ").expect("REPORT | snippet");
        let d = doc_of(c, doc);
        let found = find(c, d, snippet);
        let (kind, members) = block.as_mut().expect("a [header] first");
        if kind == "boilerplate" {
            assert!(!found.is_empty(), "boilerplate snippet not found: {line}");
            members.extend(found);
        } else {
            assert_eq!(found.len(), 1, "snippet must match one passage: {line}");
            members.push(found[0]);
        }
    }
    flush(&mut block);
    (sure, possible, boiler)
}

/// Link counts of `c` against the gold text: (correct predicted, predicted, sure found, sure),
/// for pooling several test sets.
pub fn link_counts(c: &Comparison, gold: &str) -> (usize, usize, usize, usize) {
    let (sure, possible, _) = parse(c, gold);
    let correct: BTreeSet<_> = sure.union(&possible).copied().collect();
    let predicted = predicted(c);
    (
        predicted.intersection(&correct).count(),
        predicted.len(),
        sure.intersection(&predicted).count(),
        sure.len(),
    )
}

/// All cross-report pairs inside each statement group of `c`.
pub fn predicted(c: &Comparison) -> Links {
    let mut predicted = BTreeSet::new();
    for g in &c.groups {
        let members: Vec<Pid> = g.members.iter().map(|m| (m.doc, m.passage)).collect();
        predicted.extend(pairs(&members));
    }
    predicted
}

/// Scores comparison `c` against the gold text.
pub fn score(c: &Comparison, gold: &str) -> Report {
    let (sure, possible, boiler) = parse(c, gold);
    let correct: BTreeSet<_> = sure.union(&possible).copied().collect();

    let predicted = predicted(c);
    let text = |p: Pid| {
        format!(
            "{}.{} {}",
            p.0,
            p.1,
            c.documents[p.0].passages[p.1]
                .text
                .chars()
                .take(70)
                .collect::<String>()
        )
    };
    let offers = |from: Pid, to: Pid| {
        c.documents[from.0].passages[from.1]
            .near
            .iter()
            .any(|n| (n.doc, n.passage) == to)
    };
    let mut details = Vec::new();
    let mut offered = (0, 0);
    for &(a, b) in sure.difference(&predicted) {
        let near = offers(a, b) || offers(b, a);
        offered.0 += usize::from(near);
        offered.1 += 1;
        let note = if near { "  (offered as closest)" } else { "" };
        details.push(format!("missed: {}  <->  {}{note}", text(a), text(b)));
    }
    for &(a, b) in predicted.difference(&correct) {
        details.push(format!("wrong:  {}  <->  {}", text(a), text(b)));
    }
    let links = Score::new(
        predicted.intersection(&correct).count(),
        predicted.len(),
        sure.intersection(&predicted).count(),
        sure.len(),
    );

    let flagged: BTreeSet<Pid> = c
        .documents
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.passages
                .iter()
                .enumerate()
                .filter(|(_, p)| p.kind == PassageKind::Boilerplate)
                .map(move |(i, _)| (d, i))
        })
        .collect();
    for &p in flagged.difference(&boiler) {
        details.push(format!("content flagged as boilerplate: {}", text(p)));
    }
    for &p in boiler.difference(&flagged) {
        details.push(format!("boilerplate missed: {}", text(p)));
    }
    let hits = flagged.intersection(&boiler).count();
    let boilerplate = Score::new(hits, flagged.len(), hits, boiler.len());
    Report {
        links,
        boilerplate,
        details,
        offered,
    }
}
