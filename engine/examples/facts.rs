//! Prints the facts Parallax extracts and, for the bundled seeds, their precision and recall
//! against `tests/fixtures/seeds/facts.txt`.
//!
//! `cargo run -p parallax-engine --example facts` (seeds) or `… --example facts -- FILE...`.

#[path = "../tests/gold/mod.rs"]
mod gold;

use parallax_engine::{compare, CompareOptions, ReportInput};

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let reports: Vec<ReportInput> = if files.is_empty() {
        gold::seeds()
    } else {
        files
            .iter()
            .map(|path| {
                let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
                ReportInput::new(path.clone(), text)
            })
            .collect()
    };
    let c = compare(&reports, &CompareOptions::default());
    for f in &c.facts {
        let label: String = f.label.chars().take(45).collect();
        println!(
            "{:<13} {:<10} {label}",
            format!("{:?}", f.kind),
            format!("{:?}", f.reports)
        );
    }
    println!();
    for (i, g) in c.groups.iter().enumerate() {
        for d in &g.fact_differences {
            let fact = &c.facts[d.fact].label;
            println!("group {i} {:?}: {fact} only in {:?}", g.reports, d.reports);
        }
    }
    if files.is_empty() {
        let s = gold::facts::score(&c);
        println!(
            "\nfacts: {} extracted, precision {:.2}, recall {:.2}, right reports {:.2}",
            s.extracted, s.precision, s.recall, s.reports_right
        );
        s.noise.iter().for_each(|n| println!("noise: {n}"));
        s.missed.iter().for_each(|m| println!("missed: {m}"));
        s.wrong_reports
            .iter()
            .for_each(|w| println!("wrong reports: {w}"));
    }
}
