//! The `parallax` command line: JSON and text output, one-line errors with exit code 2.

use std::process::Command;

fn parallax(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .unwrap()
}

const SEEDS: [&str; 3] = [
    "data/000_df314317c73a5f8c.txt",
    "data/002_7d050bed76aad4ee.txt",
    "data/003_4bce5602b43369d2.txt",
];

#[test]
fn json_follows_the_schema() {
    let out = parallax(&[&["compare"][..], &SEEDS[..]].concat());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["documents"].as_array().unwrap().len(), 3);
    let original = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/000_df314317c73a5f8c.txt"
    ))
    .unwrap();
    for p in v["documents"][0]["passages"].as_array().unwrap() {
        let (s, e) = (
            p["start"].as_u64().unwrap() as usize,
            p["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&original[s..e], p["text"].as_str().unwrap());
        assert!(["content", "heading", "boilerplate"].contains(&p["kind"].as_str().unwrap()));
    }
    let g = &v["groups"][0];
    assert!(g["score"].as_f64().unwrap() > 0.0);
    assert!(g["members"][0]["tokens"][0]["shared_with"].is_array());
    assert!(v["summary"][0]["in_all"].is_number());
}

#[test]
fn text_format_is_a_synopsis() {
    let out = parallax(
        &[
            &["compare", "--format", "text", "--threshold", "0.25"][..],
            &SEEDS[..],
        ]
        .concat(),
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[1] Japan, die USA und andere Verbündete"));
    assert!(text.contains("reports 1·2·3"));
}

#[test]
fn csv_has_a_header_and_one_row_per_synopsis_row() {
    let out = parallax(&[&["compare", "--format", "csv"][..], &SEEDS[..]].concat());
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("\"reports\",\"Japan, die USA und andere Verbündete"));
    assert!(csv
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .all(|l| l.starts_with('"')));
    assert!(csv.contains("\"1·2·3\""));
}

#[test]
fn bad_input_gives_one_line_and_exit_code_2() {
    let dir = std::env::temp_dir().join("parallax-cli-test");
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, [0x66, 0x6f, 0xff, 0xfe, 0x00]).unwrap();
    for args in [
        vec!["compare"],
        vec!["compare", "/no/such/file.txt"],
        vec!["compare", binary.to_str().unwrap()],
        vec!["compare", "--threshold", "zwei", SEEDS[0]],
        vec!["compare", "--format", "xml", SEEDS[0]],
        vec!["frobnicate"],
        vec![],
    ] {
        let out = parallax(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}

/// `parallax compare … | head -1`: the reader closes the pipe before the output is written;
/// that ends the program quietly, not with a panic and a backtrace.
#[test]
fn a_reader_that_stops_early_is_no_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args([&["compare"][..], &SEEDS[..]].concat())
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader is gone before anything is written
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
