//! Derives the engine's compact lower-case table (`src/case.rs`) from the standard library's own
//! `char::to_lowercase`, so both always agree on the Unicode version of the compiler in use.

use std::fmt::Write;

fn main() {
    // (first, last, delta, stride): every `stride`-th character from `first` to `last` maps to
    // itself plus `delta`.
    let mut runs: Vec<(u32, u32, i32, u32)> = Vec::new();
    for u in 0..=0x10FFFF_u32 {
        let Some(c) = char::from_u32(u) else { continue };
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else {
            continue; // several characters: handled by name in case.rs
        };
        if l == c {
            continue;
        }
        let delta = l as i32 - u as i32;
        if let Some(run) = runs.last_mut() {
            let gap = u - run.1;
            let single = run.0 == run.1;
            if run.2 == delta && ((single && gap <= 2) || gap == run.3) {
                run.3 = gap;
                run.1 = u;
                continue;
            }
        }
        runs.push((u, u, delta, 1));
    }
    let mut out =
        String::from("/// Runs of upper-case characters: (first, last, delta, stride).\n");
    writeln!(
        out,
        "const LOWER_RUNS: [(u32, u32, i32, u32); {}] = [",
        runs.len()
    )
    .unwrap();
    for (first, last, delta, stride) in runs {
        writeln!(out, "    ({first:#x}, {last:#x}, {delta}, {stride}),").unwrap();
    }
    out.push_str("];\n");
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("lower_runs.rs");
    std::fs::write(path, out).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}
