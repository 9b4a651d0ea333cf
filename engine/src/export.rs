//! Exports of a comparison besides the JSON schema: CSV (one row per synopsis row, one column
//! per report, the passages' text in the cells), for spreadsheets and newsrooms.

use crate::model::Comparison;
use crate::synopsis;

/// The comparison as CSV (RFC 4180: quoted fields, CRLF line ends). The first column says
/// which reports state the row ("1·2·3" or "2"), then one column per report.
pub fn csv(c: &Comparison) -> String {
    let mut out = String::new();
    let mut header = vec!["reports".to_owned()];
    header.extend(c.documents.iter().map(|d| d.title.clone()));
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
}
