//! Synopsis rows: one row per statement group and one per unmatched statement, in a reading
//! order that interleaves all reports (each row sits at the earliest relative position of its
//! members, so a group appears where the first report to mention it mentions it).

use crate::model::{Comparison, Passage};
use crate::segment::PassageKind;
use serde::Serialize;

/// One row of the synopsis table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The statement group, when several reports state it.
    pub group: Option<usize>,
    /// For every report, the passage indices in this row (empty: the report does not say it).
    pub cells: Vec<Vec<usize>>,
}

/// Builds the synopsis rows of a comparison (boilerplate left out).
pub fn rows(c: &Comparison) -> Vec<Row> {
    let n = c.documents.len();
    let mut keyed: Vec<(f64, usize, usize, Row)> = Vec::new();
    let rel = |doc: usize, p: usize| {
        let len = c.documents[doc].passages.len().max(1);
        p as f64 / len as f64
    };
    for (gi, g) in c.groups.iter().enumerate() {
        let mut cells = vec![Vec::new(); n];
        for m in &g.members {
            cells[m.doc].push(m.passage);
        }
        let (key, doc, p) = g
            .members
            .iter()
            .map(|m| (rel(m.doc, m.passage), m.doc, m.passage))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .unwrap_or((0.0, 0, 0));
        keyed.push((
            key,
            doc,
            p,
            Row {
                group: Some(gi),
                cells,
            },
        ));
    }
    for (doc, d) in c.documents.iter().enumerate() {
        for (p, passage) in d.passages.iter().enumerate() {
            if is_unmatched_statement(passage) {
                let mut cells = vec![Vec::new(); n];
                cells[doc].push(p);
                keyed.push((rel(doc, p), doc, p, Row { group: None, cells }));
            }
        }
    }
    crate::sort::by(&mut keyed, |a, b| {
        a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    keyed.into_iter().map(|(_, _, _, row)| row).collect()
}

fn is_unmatched_statement(p: &Passage) -> bool {
    p.kind != PassageKind::Boilerplate && p.group.is_none()
}

#[cfg(test)]
mod tests {
    use crate::{compare, CompareOptions, ReportInput};

    #[test]
    fn every_statement_appears_once() {
        let reports = [
            ReportInput::new("a", "Titel\nJapan und die NATO kritisieren China wegen Cyberangriffen. Nur hier steht das."),
            ReportInput::new("b", "Titel B\nDie NATO und Japan kritisieren China scharf wegen der Cyberangriffe."),
        ];
        let c = compare(&reports, &CompareOptions::default());
        let rows = super::rows(&c);
        let count: usize = rows
            .iter()
            .map(|r| r.cells.iter().map(Vec::len).sum::<usize>())
            .sum();
        let statements: usize = c.documents.iter().map(|d| d.passages.len()).sum();
        assert_eq!(count, statements);
        assert!(rows.iter().any(|r| r.group.is_some()));
    }
}
