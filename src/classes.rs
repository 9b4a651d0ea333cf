//! The one place where agreement levels become CSS classes and badges.

use parallax_engine::model::{Agreement, WordMark};

/// CSS class for a passage's agreement (None: boilerplate).
pub fn agreement_class(a: Option<Agreement>) -> &'static str {
    match a {
        Some(Agreement::All) => "agree-all",
        Some(Agreement::Some) => "agree-some",
        Some(Agreement::OnlyHere) => "agree-only",
        None => "agree-none",
    }
}

/// Badge text naming the reports of a group, 1-based: "1·2·3".
pub fn badge(reports: &[usize]) -> String {
    reports
        .iter()
        .map(|r| (r + 1).to_string())
        .collect::<Vec<_>>()
        .join("·")
}

/// CSS class of a word in the detail diff, given how many other reports the group has.
pub fn word_class(w: &WordMark, others: usize) -> &'static str {
    match (w.shared_with.len(), w.content) {
        (0, true) => "w-only",
        (0, false) => "w-plain",
        (n, _) if n >= others => "w-all",
        _ => "w-some",
    }
}
