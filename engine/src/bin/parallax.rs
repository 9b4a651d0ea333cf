//! `parallax`: the engine on the command line. Prints a comparison as JSON or text.

use parallax_engine::{compare, CompareOptions, Comparison, Granularity, ReportInput};
use std::process::ExitCode;

const USAGE: &str =
    "usage: parallax compare [--format json|text|csv|facts-csv|tei] [--threshold X] [--paragraphs] FILE...";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(out) => {
            use std::io::Write;
            // A reader that stops early (`parallax compare … | head`) is no error.
            match writeln!(std::io::stdout().lock(), "{out}") {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("parallax: cannot write the output: {e}");
                    ExitCode::from(1)
                }
                _ => ExitCode::SUCCESS,
            }
        }
        Err(msg) => {
            eprintln!("parallax: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Parses arguments, reads the files, and renders the comparison.
fn run(args: Vec<String>) -> Result<String, String> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("compare") => {}
        Some("-h" | "--help") | None => return Err(USAGE.into()),
        Some(other) => return Err(format!("unknown command '{other}'; {USAGE}")),
    }
    let mut options = CompareOptions::default();
    let mut output = "json";
    let mut files = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("json") => output = "json",
                Some("text") => output = "text",
                Some("csv") => output = "csv",
                Some("facts-csv") => output = "facts-csv",
                Some("tei") => output = "tei",
                other => {
                    return Err(format!(
                        "--format takes json, text, csv, facts-csv or tei, not {}",
                        other.unwrap_or("nothing")
                    ))
                }
            },
            "--threshold" => {
                let value = args.next().unwrap_or_default();
                options.threshold = match value.parse::<f32>() {
                    Ok(t) if (0.0..=1.0).contains(&t) => t,
                    _ => {
                        return Err(format!(
                            "--threshold takes a number from 0 to 1, not '{value}'"
                        ))
                    }
                };
            }
            "--paragraphs" => options.granularity = Granularity::Paragraph,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}; {USAGE}"))
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return Err(format!("no input file; {USAGE}"));
    }
    let reports = files
        .iter()
        .map(|f| read_report(f))
        .collect::<Result<Vec<_>, _>>()?;
    let comparison = compare(&reports, &options);
    Ok(match output {
        "text" => synopsis(&comparison),
        "csv" => parallax_engine::export::csv(&comparison),
        "facts-csv" => parallax_engine::export::facts_csv(&comparison),
        "tei" => parallax_engine::export::tei(&comparison),
        _ => serde_json::to_string_pretty(&comparison).map_err(|e| e.to_string())?,
    })
}

/// Reads one UTF-8 file as a report named after its path.
fn read_report(path: &str) -> Result<ReportInput, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path} is not UTF-8 text (invalid byte at {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(ReportInput::new(path, text))
}

/// A readable synopsis: coverage per report, then each group with its members.
fn synopsis(c: &Comparison) -> String {
    let mut out = String::new();
    for (d, cov) in c.documents.iter().zip(&c.summary) {
        out.push_str(&format!(
            "[{}] {} ({}, {} statements): in all {:.0}%, in some {:.0}%, only here {:.0}%\n",
            cov.doc + 1,
            d.title,
            d.lang,
            cov.statements,
            cov.in_all * 100.0,
            cov.in_some * 100.0,
            cov.only_here * 100.0
        ));
    }
    for (i, g) in c.groups.iter().enumerate() {
        let reports: Vec<String> = g.reports.iter().map(|r| (r + 1).to_string()).collect();
        out.push_str(&format!(
            "\n#{} reports {} score {:.2}\n",
            i + 1,
            reports.join("·"),
            g.score
        ));
        for m in &g.members {
            out.push_str(&format!(
                "  [{}] {}\n",
                m.doc + 1,
                c.documents[m.doc].passages[m.passage].text
            ));
        }
        let differing: Vec<String> = g
            .fact_differences
            .iter()
            .map(|d| {
                let r: Vec<String> = d.reports.iter().map(|r| (r + 1).to_string()).collect();
                format!("{} ({})", c.facts[d.fact].label, r.join(", "))
            })
            .collect();
        if !differing.is_empty() {
            out.push_str(&format!("  named by only some: {}\n", differing.join("; ")));
        }
    }
    out
}
