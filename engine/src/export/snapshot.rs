//! A static HTML snapshot of a comparison for pasting into a blog or archiving: one file, inline
//! CSS, no scripts; the synopsis table with each statement's words marked as in the app.

use super::tei::escape_xml as escape;
use crate::model::{Agreement, Comparison, Member};
use crate::synopsis;

/// Words of the page the caller supplies in the reader's language.
pub struct SnapshotText<'a> {
    /// `lang` attribute of the page.
    pub lang: &'a str,
    /// "in all reports".
    pub in_all: &'a str,
    /// "in some".
    pub in_some: &'a str,
    /// "only in this one".
    pub only_here: &'a str,
    /// Report labels, one per report.
    pub labels: &'a [String],
}

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:1rem;color:#1d1d1f;background:#fbfaf7}\
h1{font-size:1.3rem}.legend span{margin-right:1rem;padding:0 .3rem}\
.wrap{overflow-x:auto}table{border-collapse:collapse;width:100%}\
th,td{vertical-align:top;text-align:left;padding:.4rem .5rem;border-bottom:1px solid #d9d6cf;min-width:14rem}\
th{font-size:.9rem}.all{background:rgba(0,114,178,.13);border-bottom:2px solid #0072b2}\
.some{background:rgba(230,159,0,.22);border-bottom:2px dashed #b77900}\
.only{background:rgba(204,121,167,.18);border-bottom:2px dotted #b04a86}\
td.empty{background:repeating-linear-gradient(45deg,transparent 0 6px,#eee 6px 7px)}\
mark{background:none;color:inherit;text-decoration:underline 2px #0072b2}\
mark.w-some{text-decoration-color:#b77900;text-decoration-style:dashed}\
ins{text-decoration:none;font-weight:600}.credit{color:#5f6368;font-size:.85rem}\
@media(prefers-color-scheme:dark){body{background:#161618;color:#e8e6e3}th,td{border-color:#3a3a3e}td.empty{background:none}}";

/// The comparison as one standalone HTML page.
pub fn html(c: &Comparison, t: &SnapshotText) -> String {
    let titles: Vec<&str> = c.documents.iter().map(|d| d.title.as_str()).collect();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Parallax: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(t.lang),
        escape(&titles.join(" / "))
    );
    out.push_str(&format!(
        "<h1>Parallax</h1>\n<p class=\"legend\"><span class=\"all\">{}</span><span class=\"some\">{}</span><span class=\"only\">{}</span></p>\n",
        escape(t.in_all),
        escape(t.in_some),
        escape(t.only_here)
    ));
    out.push_str("<div class=\"wrap\"><table>\n<thead><tr>");
    for (i, d) in c.documents.iter().enumerate() {
        let label = t.labels.get(i).map_or("", String::as_str);
        out.push_str(&format!(
            "<th scope=\"col\" dir=\"auto\">{} · {}<br>{}</th>",
            i + 1,
            escape(label),
            escape(&d.title)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in synopsis::rows(c) {
        out.push_str("<tr>");
        let group = row.group.map(|g| &c.groups[g]);
        for (doc, passages) in row.cells.iter().enumerate() {
            if passages.is_empty() {
                out.push_str("<td class=\"empty\"></td>");
                continue;
            }
            let class = match group.map(|g| g.agreement) {
                Some(Agreement::All) => "all",
                Some(_) => "some",
                None => "only",
            };
            // Each cell's direction from its own text: Arabic or Hebrew reads right to left.
            out.push_str(&format!("<td class=\"{class}\" dir=\"auto\">"));
            for &p in passages {
                let text = &c.documents[doc].passages[p].text;
                let member = group.and_then(|g| {
                    g.members
                        .iter()
                        .find(|m| m.doc == doc && m.passage == p)
                        .map(|m| (m, g.reports.len() - 1))
                });
                match member {
                    Some((m, others)) => out.push_str(&marked(text, m, others)),
                    None => out.push_str(&escape(text)),
                }
                out.push(' ');
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n<p class=\"credit\">Parallax</p>\n</body>\n</html>\n");
    out
}

/// A member's text with words shared by all (`<mark>`), by some (`<mark class=w-some>`) or by
/// no other report (`<ins>`).
fn marked(text: &str, m: &Member, others: usize) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for w in &m.tokens {
        if w.start < at || w.end > text.len() {
            continue;
        }
        out.push_str(&escape(&text[at..w.start]));
        let word = escape(&text[w.start..w.end]);
        match (w.shared_with.len(), w.content) {
            (0, true) => out.push_str(&format!("<ins>{word}</ins>")),
            (0, false) => out.push_str(&word),
            (n, _) if n >= others => out.push_str(&format!("<mark>{word}</mark>")),
            _ => out.push_str(&format!("<mark class=\"w-some\">{word}</mark>")),
        }
        at = w.end;
    }
    out.push_str(&escape(&text[at..]));
    out
}
