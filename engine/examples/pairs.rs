//! Lists scored passage pairs of a test set with their gold status, for tuning the
//! similarity: `cargo run -p parallax-engine --example pairs [MIN_SCORE] [SET]` (SET: seeds,
//! english, german or french; default seeds).

#[path = "../tests/gold/mod.rs"]
mod gold;

use parallax_engine::{compare, scored_pairs, CompareOptions};

fn main() {
    let min: f32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(0.1);
    let set = std::env::args().nth(2).unwrap_or_else(|| "seeds".into());
    let (reports, gold_text) = gold::set(&set);
    let options = CompareOptions::default();
    let c = compare(&reports, &options);
    let (sure, possible) = gold::gold_pairs(&c, &gold_text);
    let text = |p: (usize, usize)| {
        c.documents[p.0].passages[p.1]
            .text
            .chars()
            .take(60)
            .collect::<String>()
    };
    for (a, b, s) in scored_pairs(&reports, &options, min) {
        let status = if sure.contains(&(a, b)) {
            "SURE"
        } else if possible.contains(&(a, b)) {
            "poss"
        } else {
            "----"
        };
        println!(
            "{s:.3} {status} {}.{} {} | {}.{} {}",
            a.0,
            a.1,
            text(a),
            b.0,
            b.1,
            text(b)
        );
    }
    for p in &sure {
        if !scored_pairs(&reports, &options, 0.0)
            .iter()
            .any(|&(a, b, _)| (a, b) == *p)
        {
            println!("0.000 SURE never scored: {} | {}", text(p.0), text(p.1));
        }
    }
}
