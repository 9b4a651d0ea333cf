//! Scores extracted facts against `tests/fixtures/seeds/facts.txt`: precision (how many listed
//! facts are real facts), recall, and whether each found fact is named by the right reports.

use parallax_engine::model::{Comparison, Fact};
use parallax_engine::normalize::fold;

/// One annotated fact.
pub struct GoldFact {
    /// Reports that name it.
    pub docs: Vec<usize>,
    /// Accepted spellings (`c:ID`, a prefix ending in `*`, or a whole label).
    pub variants: Vec<String>,
}

/// The annotated facts.
pub fn load() -> Vec<GoldFact> {
    let text = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seeds/facts.txt"
    ));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            GoldFact {
                docs: cols[1].split(',').map(|d| d.parse().unwrap()).collect(),
                variants: cols[2].split('|').map(str::to_owned).collect(),
            }
        })
        .collect()
}

fn clean(s: &str) -> String {
    fold(s.trim().trim_end_matches(['.', ',', '…']))
}

/// Does the extracted fact match the annotated one?
pub fn matches(fact: &Fact, gold: &GoldFact) -> bool {
    let names: Vec<String> = std::iter::once(&fact.label)
        .chain(&fact.variants)
        .map(|s| clean(s))
        .collect();
    gold.variants.iter().any(|v| {
        if v.starts_with("c:") {
            fact.key == *v
        } else if let Some(prefix) = v.strip_suffix('*') {
            let prefix = clean(prefix);
            names.iter().any(|n| n.starts_with(&prefix))
        } else {
            names.contains(&clean(v))
        }
    })
}

/// Precision and recall of the facts in `c`, with the noise and the misses spelled out.
pub struct FactScore {
    /// Extracted facts that are real facts, among all extracted.
    pub precision: f64,
    /// Annotated facts found.
    pub recall: f64,
    /// Found facts whose reports are exactly the annotated ones, among found.
    pub reports_right: f64,
    /// Extracted facts that match no annotation.
    pub noise: Vec<String>,
    /// Annotated facts not extracted.
    pub missed: Vec<String>,
    /// Found facts with the wrong reports.
    pub wrong_reports: Vec<String>,
    /// Number of facts extracted.
    pub extracted: usize,
}

/// Scores `c` against the annotation.
pub fn score(c: &Comparison) -> FactScore {
    let gold = load();
    let noise: Vec<String> = c
        .facts
        .iter()
        .filter(|f| !gold.iter().any(|g| matches(f, g)))
        .map(|f| format!("{:?} {}", f.kind, f.label))
        .collect();
    let mut missed = Vec::new();
    let mut wrong_reports = Vec::new();
    let mut found = 0;
    for g in &gold {
        let hits: Vec<&Fact> = c.facts.iter().filter(|f| matches(f, g)).collect();
        if hits.is_empty() {
            missed.push(g.variants[0].clone());
            continue;
        }
        found += 1;
        let mut docs: Vec<usize> = hits.iter().flat_map(|f| f.reports.clone()).collect();
        docs.sort_unstable();
        docs.dedup();
        if !g.docs.iter().all(|d| docs.contains(d))
            || hits.iter().all(|f| f.reports != g.docs) && docs != g.docs
        {
            wrong_reports.push(format!(
                "{} expected {:?} got {docs:?}",
                g.variants[0], g.docs
            ));
        }
    }
    let extracted = c.facts.len();
    FactScore {
        precision: (extracted - noise.len()) as f64 / extracted.max(1) as f64,
        recall: found as f64 / gold.len().max(1) as f64,
        reports_right: (found - wrong_reports.len()) as f64 / found.max(1) as f64,
        noise,
        missed,
        wrong_reports,
        extracted,
    }
}
