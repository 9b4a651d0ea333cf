//! TEI P5 export in parallel segmentation: one `<app>` per synopsis row, one `<rdg>` per report
//! (an empty `<rdg>` where a report does not say it), witnesses listed in the header.

use crate::model::{Agreement, Comparison};
use crate::synopsis;

/// Escapes text for XML content and attribute values.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids (controls other than tab and line ends).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The comparison as a TEI P5 document (UTF-8, well-formed XML).
pub fn tei(c: &Comparison) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n    <fileDesc>\n");
    let titles: Vec<&str> = c.documents.iter().map(|d| d.title.as_str()).collect();
    out.push_str(&format!(
        "      <titleStmt><title>Parallax comparison: {}</title></titleStmt>\n",
        escape_xml(&titles.join(" / "))
    ));
    out.push_str("      <publicationStmt><p>Exported by Parallax; statement groups aligned by content.</p></publicationStmt>\n");
    out.push_str("      <sourceDesc>\n        <listWit>\n");
    for (i, d) in c.documents.iter().enumerate() {
        out.push_str(&format!(
            "          <witness xml:id=\"r{}\" xml:lang=\"{}\">{} ({})</witness>\n",
            i + 1,
            d.lang,
            escape_xml(&d.title),
            escape_xml(&d.name)
        ));
    }
    out.push_str("        </listWit>\n      </sourceDesc>\n    </fileDesc>\n");
    out.push_str("    <encodingDesc><variantEncoding method=\"parallel-segmentation\" location=\"internal\"/></encodingDesc>\n");
    out.push_str("  </teiHeader>\n  <text>\n    <body>\n      <ab>\n");
    for (n, row) in synopsis::rows(c).iter().enumerate() {
        let kind = match row.group.map(|g| c.groups[g].agreement) {
            Some(Agreement::All) => "all",
            Some(_) => "some",
            None => "unique",
        };
        out.push_str(&format!("        <app n=\"{}\" type=\"{kind}\">\n", n + 1));
        for (doc, passages) in row.cells.iter().enumerate() {
            let text: Vec<&str> = passages
                .iter()
                .map(|&p| c.documents[doc].passages[p].text.as_str())
                .collect();
            if text.is_empty() {
                out.push_str(&format!("          <rdg wit=\"#r{}\"/>\n", doc + 1));
            } else {
                out.push_str(&format!(
                    "          <rdg wit=\"#r{}\">{}</rdg>\n",
                    doc + 1,
                    escape_xml(&text.join(" "))
                ));
            }
        }
        out.push_str("        </app>\n");
    }
    out.push_str("      </ab>\n    </body>\n  </text>\n</TEI>\n");
    out
}
