//! Derives two compact tables the engine needs at run time from full Unicode data available here
//! at build time, so the browser bundle carries a few KB instead of the full tables:
//! - lower case (`src/case.rs`) from the standard library's own `char::to_lowercase`;
//! - word-break classes (`src/word_bounds.rs`): only the characters whose UAX #29 class differs
//!   from what `char::is_alphabetic` / `is_numeric` suggest, read from `unicode-segmentation`.

use std::fmt::Write;
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("lower_runs.rs"), lower_runs()).unwrap();
    std::fs::write(out.join("word_classes.rs"), word_classes() + &pictographs()).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}

/// Runs of upper-case characters: (first, last, delta, stride): every `stride`-th character from
/// `first` to `last` lower-cases to itself plus `delta`.
fn lower_runs() -> String {
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
    out
}

/// Class codes shared with `src/word_bounds.rs` (`Class::from_code`).
const AS_PROPERTIES: u32 = 0;
const LETTER: u32 = 1;
const HEBREW: u32 = 2;
const NUMERIC: u32 = 3;
const KATAKANA: u32 = 4;
const EXTEND_NUM_LET: u32 = 5;
const EXTEND: u32 = 6;
const OTHER: u32 = 7;

/// Is `before`, `c`, `after` one word-bound piece? (No allocation: this runs ten million times.)
fn one_piece(before: &str, c: char, after: &str) -> bool {
    let mut buf = [0u8; 32];
    let mut n = 0;
    let mut utf8 = [0u8; 4];
    for part in [before, c.encode_utf8(&mut utf8), after] {
        buf[n..n + part.len()].copy_from_slice(part.as_bytes());
        n += part.len();
    }
    let text = std::str::from_utf8(&buf[..n]).unwrap();
    text.split_word_bounds().nth(1).is_none()
}

/// The UAX #29 class of `c` (of those the engine distinguishes by table), found by asking
/// `unicode-segmentation` how it splits a few probe strings.
fn uax_class(c: char) -> u32 {
    if one_piece("-", c, "") {
        EXTEND // attaches even to a hyphen: Extend, Format or ZWJ (WB4)
    } else if one_piece("", c, "'") && one_piece("a:", c, "") {
        HEBREW // WB7a
    } else if one_piece("a:", c, "") {
        LETTER // WB6, WB7
    } else if one_piece("1,", c, "") {
        NUMERIC // WB11, WB12
    } else if one_piece("", c, "ア") && !one_piece("", c, "a") {
        KATAKANA // WB13
    } else if one_piece("ア", c, "") && one_piece("1", c, "") {
        EXTEND_NUM_LET // WB13a
    } else {
        OTHER
    }
}

/// The class the run-time code gives `c` without a table.
fn property_class(c: char) -> u32 {
    if c.is_alphabetic() {
        LETTER
    } else if c.is_numeric() {
        NUMERIC
    } else {
        OTHER
    }
}

/// Boundaries `(first << 4) | class`: from `first` on, characters have `class` (0: as their
/// properties say) until the next boundary. ASCII and white space are classified in code.
fn word_classes() -> String {
    let mut bounds: Vec<u32> = Vec::new();
    let mut current = AS_PROPERTIES;
    for u in 0x80..=0x10FFFF_u32 {
        let class = match char::from_u32(u) {
            Some(c) if !c.is_whitespace() => {
                let uax = uax_class(c);
                if uax == property_class(c) {
                    AS_PROPERTIES
                } else {
                    uax
                }
            }
            _ => AS_PROPERTIES,
        };
        if class != current {
            bounds.push(u << 4 | class);
            current = class;
        }
    }
    let mut out =
        String::from("/// Word-break class boundaries: (first character << 4) | class code.\n");
    writeln!(out, "const CLASS_BOUNDS: [u32; {}] = [", bounds.len()).unwrap();
    for chunk in bounds.chunks(8) {
        let line: Vec<String> = chunk.iter().map(|b| format!("{b:#x}")).collect();
        writeln!(out, "    {},", line.join(", ")).unwrap();
    }
    out.push_str("];\n");
    out
}

/// Ranges of `Extended_Pictographic` characters (emoji), which a zero-width joiner binds (WB3c).
fn pictographs() -> String {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for u in 0x80..=0x10FFFF_u32 {
        let Some(c) = char::from_u32(u) else { continue };
        if !one_piece("-\u{200D}", c, "") || one_piece("-", c, "") {
            continue;
        }
        match ranges.last_mut() {
            Some(r) if r.1 + 1 == u => r.1 = u,
            _ => ranges.push((u, u)),
        }
    }
    let mut out = String::from("/// Ranges of emoji and pictographs (first, last).\n");
    writeln!(out, "const PICTOGRAPHS: [(u32, u32); {}] = [", ranges.len()).unwrap();
    for (first, last) in ranges {
        writeln!(out, "    ({first:#x}, {last:#x}),").unwrap();
    }
    out.push_str("];\n");
    out
}
