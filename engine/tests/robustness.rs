//! No panic and sensible results on any input; results independent of report order, line
//! endings and Unicode normal form.

mod gold;

use parallax_engine::model::{Agreement, Comparison};
use parallax_engine::{compare, CompareOptions, Granularity, ReportInput};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

fn reports(texts: &[&str]) -> Vec<ReportInput> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| ReportInput::new(format!("r{i}"), *t))
        .collect()
}

fn seeds() -> Vec<String> {
    gold::seeds().into_iter().map(|r| r.text).collect()
}

/// The groups as sets of (report name, passage text), independent of numbering.
fn canonical(c: &Comparison) -> Vec<Vec<(String, String)>> {
    let mut groups: Vec<Vec<(String, String)>> = c
        .groups
        .iter()
        .map(|g| {
            let mut m: Vec<(String, String)> = g
                .members
                .iter()
                .map(|m| {
                    (
                        c.documents[m.doc].name.clone(),
                        c.documents[m.doc].passages[m.passage].text.clone(),
                    )
                })
                .collect();
            m.sort();
            m
        })
        .collect();
    groups.sort();
    groups
}

#[test]
fn empty_and_single_inputs() {
    let o = CompareOptions::default();
    assert!(compare(&[], &o).documents.is_empty());
    let c = compare(&reports(&[""]), &o);
    assert_eq!(c.documents[0].passages.len(), 0);
    assert_eq!(c.summary[0].statements, 0);
    let c = compare(&reports(&["Nur ein Bericht. Mit zwei Sätzen."]), &o);
    assert!(c.groups.is_empty());
    assert!(c.documents[0]
        .passages
        .iter()
        .all(|p| p.agreement != Some(Agreement::All)));
    let c = compare(&reports(&["", "   \n\n  ", "Text."]), &o);
    assert_eq!(c.documents.len(), 3);
}

#[test]
fn identical_reports_agree_everywhere() {
    let s = seeds();
    let c = compare(&reports(&[&s[1], &s[1]]), &CompareOptions::default());
    let statements = c.documents[0]
        .passages
        .iter()
        .filter(|p| p.agreement.is_some())
        .count();
    let in_all = c.documents[0]
        .passages
        .iter()
        .filter(|p| p.agreement == Some(Agreement::All))
        .count();
    assert_eq!(
        in_all, statements,
        "every statement of a report equals its copy"
    );
    for g in &c.groups {
        for m in &g.members {
            assert!(m
                .tokens
                .iter()
                .filter(|t| t.content)
                .all(|t| t.shared_with == [1 - m.doc]));
        }
    }
}

#[test]
fn order_of_reports_does_not_change_the_groups() {
    let s = seeds();
    let o = CompareOptions::default();
    let forward = compare(
        &[
            ReportInput::new("a", &*s[0]),
            ReportInput::new("b", &*s[1]),
            ReportInput::new("c", &*s[2]),
        ],
        &o,
    );
    let backward = compare(
        &[
            ReportInput::new("c", &*s[2]),
            ReportInput::new("a", &*s[0]),
            ReportInput::new("b", &*s[1]),
        ],
        &o,
    );
    assert_eq!(canonical(&forward), canonical(&backward));
}

#[test]
fn line_endings_and_unicode_form_do_not_change_the_result() {
    let s = seeds();
    let o = CompareOptions::default();
    let plain = compare(&reports(&[&s[0], &s[1], &s[2]]), &o);
    let crlf: Vec<String> = s.iter().map(|t| t.replace('\n', "\r\n")).collect();
    let nfd: Vec<String> = s.iter().map(|t| t.nfd().collect()).collect();
    for variant in [crlf, nfd] {
        let c = compare(&reports(&[&variant[0], &variant[1], &variant[2]]), &o);
        assert_eq!(canonical(&plain), canonical(&c));
        // Offsets still point at the same passage in the variant text.
        for (d, doc) in c.documents.iter().enumerate() {
            for p in &doc.passages {
                let original: String = variant[d][p.start..p.end]
                    .nfc()
                    .collect::<String>()
                    .replace("\r\n", "\n");
                assert_eq!(original, p.text);
            }
        }
    }
}

#[test]
fn no_punctuation_cjk_and_rtl() {
    let o = CompareOptions::default();
    let c = compare(
        &reports(&[
            "ein text ganz ohne satzzeichen der trotzdem etwas sagt",
            "ein text ohne satzzeichen der trotzdem etwas sagt",
        ]),
        &o,
    );
    assert_eq!(c.groups.len(), 1);
    let c = compare(
        &reports(&[
            "美国指责中国发动网络攻击。中国否认。",
            "美国指责中国发动网络攻击。北京表示反对。",
        ]),
        &o,
    );
    assert!(c.documents.iter().all(|d| d.passages.len() == 2));
    let c = compare(
        &reports(&[
            "الولايات المتحدة تتهم الصين بشن هجمات إلكترونية.",
            "الصين تنفي الاتهامات الأمريكية بشن هجمات إلكترونية.",
        ]),
        &o,
    );
    assert_eq!(c.documents.len(), 2);
}

#[test]
fn a_five_megabyte_report() {
    let s = seeds();
    let big: String = s[0].repeat(5 * 1024 * 1024 / s[0].len() + 1);
    assert!(big.len() >= 5 * 1024 * 1024);
    let c = compare(&reports(&[&big, &s[1]]), &CompareOptions::default());
    assert!(c.documents[0].passages.len() > 10_000);
    assert!(!c.groups.is_empty());
}

/// Glued text or a pasted hash: one "word" of a million letters with umlauts. Stemming it or
/// searching it for compound parts took time quadratic in its length (a 2.7 MB word: 18 s).
#[test]
fn a_word_a_million_letters_long() {
    let s = seeds();
    let word: String = "abcäöüßdefghij".chars().cycle().take(1_000_000).collect();
    let glued = format!("Titel\n\nDer Brand in {word} war groß.\n");
    let c = compare(&reports(&[&glued, &s[1]]), &CompareOptions::default());
    assert_eq!(c.documents.len(), 2);
    assert!(c.documents[0]
        .passages
        .iter()
        .any(|p| p.text.len() > 1_000_000));
}

#[test]
fn paragraph_granularity_and_extreme_thresholds() {
    let s = seeds();
    for threshold in [0.0, 0.01, 1.0, f32::NAN, -3.0] {
        for granularity in [Granularity::Sentence, Granularity::Paragraph] {
            let c = compare(
                &reports(&[&s[0], &s[1], &s[2]]),
                &CompareOptions {
                    threshold,
                    granularity,
                    ..CompareOptions::default()
                },
            );
            assert_eq!(c.documents.len(), 3);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_unicode(texts in prop::collection::vec(".{0,300}", 0..6), threshold in 0.0f32..1.0) {
        let r: Vec<ReportInput> = texts.iter().enumerate().map(|(i, t)| ReportInput::new(format!("{i}"), t.clone())).collect();
        let c = compare(&r, &CompareOptions { threshold, ..CompareOptions::default() });
        prop_assert_eq!(c.documents.len(), texts.len());
        for (d, doc) in c.documents.iter().enumerate() {
            for p in &doc.passages {
                prop_assert!(p.start <= p.end && p.end <= texts[d].len());
                prop_assert!(texts[d].is_char_boundary(p.start) && texts[d].is_char_boundary(p.end));
            }
        }
    }

    #[test]
    fn never_panics_on_many_reports(n in 0usize..50, seed in "[a-zA-ZäöüÄÖÜß .,!?\n„“-]{0,200}") {
        let r: Vec<ReportInput> = (0..n).map(|i| ReportInput::new(format!("{i}"), format!("{seed} {i}. {seed}"))).collect();
        let c = compare(&r, &CompareOptions::default());
        prop_assert_eq!(c.summary.len(), n);
        for g in &c.groups {
            prop_assert!(g.reports.len() >= 2);
        }
    }
}

#[test]
fn the_json_reads_back_into_the_same_comparison() {
    let texts = seeds();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = compare(&reports(&refs), &CompareOptions::default());
    let json = serde_json::to_string(&c).unwrap();
    let back: Comparison = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
}

#[test]
fn staged_steps_give_the_same_comparison() {
    let texts = seeds();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let input = reports(&refs);
    let options = CompareOptions::default();
    let mut staged = parallax_engine::Staged::new(input.clone(), &options);
    let mut steps = 1;
    while staged.step() {
        steps += 1;
        assert!(steps < 1_000, "steps never end");
    }
    // One step per report, then alignment, word diffs, documents and facts.
    assert!(steps >= input.len() + 4, "only {steps} steps");
    assert_eq!(staged.finish(), compare(&input, &options));
    // No reports at all: a few empty steps, an empty comparison.
    assert!(parallax_engine::Staged::new(Vec::new(), &options)
        .finish()
        .documents
        .is_empty());
}

#[test]
fn big_inputs_on_all_cores_give_the_same_comparison_as_steps() {
    // Over 200 KB of text: `compare` prepares reports and diffs groups on all cores, and finds
    // the facts on a thread of their own while the alignment runs.
    let texts = seeds();
    let big: Vec<String> = (0..4)
        .map(|k| {
            (0..5)
                .flat_map(|round| (0..texts.len()).map(move |i| (i + k + round) % 3))
                .map(|i| texts[i].as_str())
                .collect::<Vec<_>>()
                .join("\n\n")
        })
        .collect();
    assert!(big.iter().map(String::len).sum::<usize>() > 200_000);
    let refs: Vec<&str> = big.iter().map(String::as_str).collect();
    let input = reports(&refs);
    let options = CompareOptions::default();
    let mut staged = parallax_engine::Staged::new(input.clone(), &options);
    while staged.step() {}
    assert_eq!(staged.finish(), compare(&input, &options));
}
