//! One run of the engine on a synthetic corpus, printing wall time and peak memory (VmHWM):
//! `cargo run --release -p parallax-engine --example scale -- 30 10000`.
//! With `--write DIR` it also writes the reports as text files (for comparing other tools, and
//! for the browser test of big inputs); `--write-only` skips the comparison.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use parallax_engine::{compare, CompareOptions, ReportInput};
use std::time::Instant;

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(30);
    let words: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let texts = corpus::generate(n, words, 7);
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1))
    {
        std::fs::create_dir_all(dir).unwrap();
        for (i, t) in texts.iter().enumerate() {
            std::fs::write(format!("{dir}/report_{i:02}.txt"), t).unwrap();
        }
    }
    if args.iter().any(|a| a == "--write-only") {
        return;
    }
    let reports: Vec<ReportInput> = texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| ReportInput::new(format!("r{i}"), t))
        .collect();
    let before = peak_memory_mb().unwrap_or(0.0);
    let start = Instant::now();
    let c = compare(&reports, &CompareOptions::default());
    let elapsed = start.elapsed();
    println!(
        "{n} reports x {words} words: {:.0} ms, {} groups, peak memory {:.0} MB (inputs alone {:.0} MB)",
        elapsed.as_secs_f64() * 1000.0,
        c.groups.len(),
        peak_memory_mb().unwrap_or(0.0),
        before
    );
}
