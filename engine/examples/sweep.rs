//! Link precision and recall of every test set over a range of thresholds, and pooled over the
//! sets (counts summed): `cargo run --release -p parallax-engine --example sweep`; other
//! thresholds with `SWEEP=0.3,0.4` (an experiment's one row in seconds).

#[path = "../tests/gold/mod.rs"]
mod gold;

use parallax_engine::{compare, CompareOptions};

fn main() {
    let sets = gold::SETS;
    println!(
        "threshold  {}  pooled P / R / F1 (sure pairs found of all)",
        sets.map(|s| format!("{s:>15}")).join(" ")
    );
    let thresholds: Vec<f32> = match std::env::var("SWEEP") {
        Ok(list) => list
            .split(',')
            .map(|t| t.trim().parse().expect("SWEEP: thresholds like 0.3,0.4"))
            .collect(),
        Err(_) => vec![0.22, 0.24, 0.26, 0.28, 0.30, 0.32, 0.35],
    };
    for t in thresholds {
        let options = CompareOptions {
            threshold: t,
            ..CompareOptions::default()
        };
        let mut row = Vec::new();
        let (mut correct, mut predicted, mut found, mut expected) = (0, 0, 0, 0);
        for set in sets {
            let (reports, gold_text) = gold::set(set);
            let c = compare(&reports, &options);
            let counts = gold::link_counts(&c, &gold_text);
            correct += counts.0;
            predicted += counts.1;
            found += counts.2;
            expected += counts.3;
            let r = gold::score(&c, &gold_text);
            row.push(format!("{:.2} / {:.2}", r.links.precision, r.links.recall));
        }
        let p = correct as f64 / predicted.max(1) as f64;
        let r = found as f64 / expected.max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        println!(
            "{t:>9.2}  {}  {p:.3} / {r:.3} / {f1:.3} ({found} of {expected})",
            row.iter()
                .map(|s| format!("{s:>15}"))
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
}
