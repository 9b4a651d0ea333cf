//! Summary stage: per report, the share of its statements found in all, some or no other report.

use crate::model::{Agreement, Coverage, Document};

/// Coverage of every document, from the agreement already set on each passage.
pub fn coverage(documents: &[Document]) -> Vec<Coverage> {
    documents
        .iter()
        .enumerate()
        .map(|(doc, d)| {
            let marks: Vec<Agreement> = d.passages.iter().filter_map(|p| p.agreement).collect();
            let n = marks.len();
            let share = |a: Agreement| {
                if n == 0 {
                    0.0
                } else {
                    marks.iter().filter(|&&m| m == a).count() as f32 / n as f32
                }
            };
            Coverage {
                doc,
                statements: n,
                in_all: share(Agreement::All),
                in_some: share(Agreement::Some),
                only_here: share(Agreement::OnlyHere),
            }
        })
        .collect()
}
