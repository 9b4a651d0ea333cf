//! Exports of a comparison besides the JSON schema: CSV (one row per synopsis row, one column
//! per report, the passages' text in the cells) and a facts CSV (one row per fact), for
//! spreadsheets and newsrooms; TEI P5 ([`tei`]) for researchers; a static HTML page
//! ([`snapshot`]) for blogs.

pub mod snapshot;
pub mod tei;

pub use snapshot::{html, SnapshotText};
pub use tei::tei;

use crate::model::{Comparison, Group};
use crate::synopsis;

/// The comparison as CSV (RFC 4180: quoted fields, CRLF line ends). The first column says
/// which reports state the row ("1·2·3" or "2"), then one column per report.
pub fn csv(c: &Comparison) -> String {
    let mut out = String::new();
    let mut header = vec!["reports".to_owned()];
    header.extend(c.documents.iter().map(|d| d.title.clone()));
    header.push("facts named by only some".to_owned());
    push_row(&mut out, &header);
    for row in synopsis::rows(c) {
        let reports: Vec<String> = row
            .cells
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.is_empty())
            .map(|(d, _)| (d + 1).to_string())
            .collect();
        let mut fields = vec![reports.join("·")];
        for (doc, passages) in row.cells.iter().enumerate() {
            let texts: Vec<&str> = passages
                .iter()
                .map(|&p| c.documents[doc].passages[p].text.as_str())
                .collect();
            fields.push(texts.join(" "));
        }
        fields.push(
            row.group
                .map_or_else(String::new, |g| differing(c, &c.groups[g])),
        );
        push_row(&mut out, &fields);
    }
    out
}

/// "Norwegen (2, 3); NATO (1, 3)": the group's facts that only some members name.
fn differing(c: &Comparison, g: &Group) -> String {
    let items: Vec<String> = g
        .fact_differences
        .iter()
        .map(|d| format!("{} ({})", c.facts[d.fact].label, numbers(&d.reports)))
        .collect();
    items.join("; ")
}

fn numbers(reports: &[usize]) -> String {
    let n: Vec<String> = reports.iter().map(|r| (r + 1).to_string()).collect();
    n.join(", ")
}

/// The facts as CSV: kind, fact, spellings, then per report "x" when it names the fact.
pub fn facts_csv(c: &Comparison) -> String {
    let mut out = String::new();
    let mut header = vec!["kind".to_owned(), "fact".to_owned(), "spellings".to_owned()];
    header.extend(c.documents.iter().map(|d| d.title.clone()));
    push_row(&mut out, &header);
    for f in &c.facts {
        let mut fields = vec![
            f.kind.code().to_owned(),
            f.label.clone(),
            f.variants.join(" | "),
        ];
        fields.extend(
            (0..c.documents.len())
                .map(|d| if f.reports.contains(&d) { "x" } else { "" }.to_owned()),
        );
        push_row(&mut out, &fields);
    }
    out
}

fn push_row(out: &mut String, fields: &[String]) {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| format!("\"{}\"", f.replace('"', "\"\"")))
        .collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use crate::{compare, CompareOptions, ReportInput};

    fn hostile() -> crate::Comparison {
        let reports = [
            ReportInput::new("a<&>.txt", "Titel <A> & \"B\"\nJapan und die NATO kritisieren China wegen Cyberangriffen. <script>alert(1)</script> sagte er.\u{7}"),
            ReportInput::new("b", "Titel B\nDie NATO und Japan kritisieren China scharf wegen der Cyberangriffe."),
        ];
        compare(&reports, &CompareOptions::default())
    }

    #[test]
    fn tei_is_escaped_and_has_one_app_per_row() {
        let c = hostile();
        let xml = super::tei(&c);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"));
        assert_eq!(
            xml.matches("<app ").count(),
            crate::synopsis::rows(&c).len()
        );
        assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(xml.contains("Titel &lt;A&gt; &amp; &quot;B&quot;"));
        assert!(!xml.contains('\u{7}'));
        assert!(xml.contains("<witness xml:id=\"r2\""));
        assert!(xml.contains("<rdg wit=\"#r2\"/>") || xml.matches("<rdg wit=\"#r2\">").count() > 0);
    }

    #[test]
    fn snapshot_has_no_script_and_marks_words() {
        let c = hostile();
        let labels = vec!["Eins".to_owned(), "Zwei".to_owned()];
        let t = super::SnapshotText {
            lang: "de",
            in_all: "in allen",
            in_some: "in einigen",
            only_here: "nur hier",
            labels: &labels,
        };
        let page = super::html(&c, &t);
        assert!(!page.to_lowercase().contains("<script"));
        assert!(page.contains("&lt;") && page.contains("alert"));
        assert!(page.contains("<mark>NATO</mark>"));
        assert!(page.contains("1 · Eins"));
        assert!(page.starts_with("<!DOCTYPE html>"));
    }

    #[test]
    fn one_row_per_synopsis_row_with_quotes_escaped() {
        let reports = [
            ReportInput::new("a", "Titel A\nJapan und die NATO kritisieren China wegen Cyberangriffen. Er sagte: \"Nein.\""),
            ReportInput::new("b", "Titel B\nDie NATO und Japan kritisieren China scharf wegen der Cyberangriffe."),
        ];
        let c = compare(&reports, &CompareOptions::default());
        let csv = super::csv(&c);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + crate::synopsis::rows(&c).len());
        assert!(lines[0].starts_with("\"reports\",\"Titel A\",\"Titel B\""));
        assert!(csv.contains("\"\"Nein.\"\"\""));
        assert!(lines.iter().any(|l| l.starts_with("\"1·2\"")));
    }

    #[test]
    fn facts_csv_marks_the_reports_naming_each_fact() {
        let reports = [
            ReportInput::new("a", "Titel A\nJapan und die NATO kritisieren China."),
            ReportInput::new("b", "Titel B\nNorwegen und Japan kritisieren China."),
        ];
        let c = compare(&reports, &CompareOptions::default());
        let csv = super::facts_csv(&c);
        assert!(csv.starts_with("\"kind\",\"fact\",\"spellings\",\"Titel A\",\"Titel B\"\r\n"));
        assert!(
            csv.contains("\"place\",\"Norwegen\",\"Norwegen\",\"\",\"x\"\r\n"),
            "{csv}"
        );
        assert!(
            csv.contains("\"organisation\",\"NATO\",\"NATO\",\"x\",\"\"\r\n"),
            "{csv}"
        );
    }
}
