//! The bundled example compared N times in one process (default 2), for instruction counts of
//! a warm run, as criterion and the app after an edit see it: the difference of
//! `valgrind --tool=callgrind target/release/examples/repeat 1` and `... repeat 3`, halved.
//! Run from the repository root.

use parallax_engine::{compare, CompareOptions, ReportInput};

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2);
    let mut paths: Vec<_> = std::fs::read_dir("data")
        .expect("run from the repository root (data/ holds the example)")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let reports: Vec<ReportInput> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("readable example");
            ReportInput::new(p.display().to_string(), text)
        })
        .collect();
    for _ in 0..runs {
        std::hint::black_box(compare(&reports, &CompareOptions::default()));
    }
}
