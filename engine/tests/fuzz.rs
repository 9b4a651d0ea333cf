//! Long randomised runs: the engine never panics and its output stays consistent, on dirty
//! news-like text and on arbitrary Unicode. CI runs a short budget; `make fuzz` runs
//! 1,000,000 cases (`PARALLAX_FUZZ_CASES` per test, two tests).

use parallax_engine::model::Comparison;
use parallax_engine::{compare, export, CompareOptions, Granularity, ReportInput};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Cases per test: `PARALLAX_FUZZ_CASES`, or a short default for CI.
fn cases() -> u32 {
    std::env::var("PARALLAX_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

/// Pieces of real-world report text: sentences, boilerplate, numbers, quotes, dates, names,
/// glued words, markup remains.
const PIECES: &[&str] = &[
    "Die USA und ihre Verbündeten beschuldigen China",
    "Microsoft Exchange-Server wurden im März 2021 angegriffen",
    "US-Außenminister Antony Blinken sagte",
    "„Das ist unverantwortlich“, sagte ein Sprecher.",
    "\"Tick\", eine Hackergruppe,",
    "Werbung",
    "Siehe auch  Das Gespenst Russlands – Politico",
    "Folgen Sie uns auf",
    "ab 23,00 € *",
    "Inhalt: 1 Stück",
    "![Bild](https://example.org/x.jpg)",
    "entgegenzuwirken.Reuters berichtete.",
    "zwischen 2011 und 2018",
    "1. Juli 2021",
    "Nr. 5 z. B. ca. 1.000 Dr. Müller",
    "vier chinesische Staatsangehörige",
    "mindestens sechs Gruppen",
    "Zhao Lijian, ein Sprecher des Außenministeriums,",
    "The allies, including NATO and the EU, blamed Beijing on Tuesday.",
    "Secretary of State Antony Blinken said 200 companies were hit.",
    "Le ministère a démenti les accusations.",
    "…",
    "«»„“”‚‘",
    "SolarWinds",
    "Vertrags-Hacker",
    "in Xinjiang",
    "Cyber- und",
    "",
    "0",
    "-",
    "2000er Jahre",
];

const SEPARATORS: &[&str] = &[" ", "", "\n", "\n\n", ". ", ", ", "\r\n", "\t", " – "];

fn report_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_owned),
        2 => ".{0,40}",
        1 => "[A-ZÄÖÜ][a-zäöüß]{0,12}( [A-Z][a-z]{0,10}){0,3}",
    ];
    prop::collection::vec((piece, prop::sample::select(SEPARATORS)), 0..40).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(p, s)| [p, s.to_owned()])
            .collect()
    })
}

fn options() -> impl Strategy<Value = CompareOptions> {
    (0.0f32..1.0, any::<bool>(), 1usize..4).prop_map(|(threshold, paragraphs, max)| {
        CompareOptions {
            threshold,
            granularity: if paragraphs {
                Granularity::Paragraph
            } else {
                Granularity::Sentence
            },
            max_per_report: max,
        }
    })
}

/// Everything the view and the exports rely on.
fn check(texts: &[String], c: &Comparison) -> Result<(), TestCaseError> {
    prop_assert_eq!(c.documents.len(), texts.len());
    for (d, doc) in c.documents.iter().enumerate() {
        for (i, p) in doc.passages.iter().enumerate() {
            prop_assert!(p.start <= p.end && p.end <= texts[d].len());
            prop_assert!(texts[d].is_char_boundary(p.start) && texts[d].is_char_boundary(p.end));
            if let Some(g) = p.group {
                prop_assert!(c.groups[g].reports.contains(&d));
            }
            // A second group only next to a first one, different from it, and with the passage
            // among its members.
            prop_assert!(p.also.is_empty() || p.group.is_some());
            for &g in &p.also {
                prop_assert!(Some(g) != p.group && g < c.groups.len());
                prop_assert!(c.groups[g]
                    .members
                    .iter()
                    .any(|m| (m.doc, m.passage) == (d, i)));
            }
            // Closest passages: other reports that do not state it, one each, at most three.
            prop_assert!(p.near.len() <= 3);
            for (k, n) in p.near.iter().enumerate() {
                prop_assert!(n.doc != d && n.passage < c.documents[n.doc].passages.len());
                prop_assert!(p
                    .group
                    .iter()
                    .chain(&p.also)
                    .all(|&g| !c.groups[g].reports.contains(&n.doc)));
                prop_assert!(p.near[..k]
                    .iter()
                    .all(|m| m.doc != n.doc && m.score >= n.score));
                prop_assert!(n.score >= c.options.threshold * 0.5 - 1e-6);
            }
        }
    }
    for g in &c.groups {
        prop_assert!(g.reports.len() >= 2);
        for m in &g.members {
            let text = &c.documents[m.doc].passages[m.passage].text;
            for w in &m.tokens {
                prop_assert!(w.start <= w.end && w.end <= text.len());
                prop_assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
            }
        }
        for d in &g.fact_differences {
            prop_assert!(d.fact < c.facts.len());
            prop_assert!(!d.reports.is_empty() && d.reports.len() < g.reports.len());
        }
    }
    for f in &c.facts {
        prop_assert!(!f.mentions.is_empty());
        for m in &f.mentions {
            let text = &c.documents[m.doc].passages[m.passage].text;
            prop_assert!(m.start <= m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
    }
    for cov in &c.summary {
        if cov.statements > 0 {
            let sum = cov.in_all + cov.in_some + cov.only_here;
            prop_assert!((sum - 1.0).abs() < 1e-3, "shares sum to {}", sum);
        }
    }
    // The exports never fail either.
    prop_assert!(serde_json::to_string(c).is_ok());
    let _ = (export::csv(c), export::facts_csv(c), export::tei(c));
    Ok(())
}

fn run(strategy: impl Strategy<Value = (Vec<String>, CompareOptions)>, name: &str) {
    let count = AtomicUsize::new(0);
    runner()
        .run(&strategy, |(texts, options)| {
            count.fetch_add(1, Ordering::Relaxed);
            let reports: Vec<ReportInput> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| ReportInput::new(format!("r{i}"), t.clone()))
                .collect();
            check(&texts, &compare(&reports, &options))
        })
        .unwrap();
    eprintln!(
        "fuzz {name}: {} cases, no panic, output consistent",
        count.into_inner()
    );
}

#[test]
fn fuzz_news_like_reports() {
    run(
        (prop::collection::vec(report_text(), 0..6), options()),
        "news-like",
    );
}

#[test]
fn fuzz_arbitrary_unicode() {
    run(
        (prop::collection::vec(".{0,400}", 0..5), options()),
        "arbitrary unicode",
    );
}
