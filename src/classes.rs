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

/// Reports named in prose, 1-based: "2", "2 and 3", "1, 2 and 4".
pub fn report_list(reports: &[usize], and: &str) -> String {
    let n: Vec<String> = reports.iter().map(|r| (r + 1).to_string()).collect();
    match n.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
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

/// `x` with two decimals ("0.30"), without the float formatter (about 12 KB of WASM).
pub fn two_decimals(x: f32) -> String {
    let hundredths = (f64::from(x) * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let h = hundredths.abs();
    format!("{sign}{}.{:02}", h / 100, h % 100)
}

/// A share (0–1) as a whole percentage ("42%").
pub fn percent(x: f32) -> String {
    format!("{}%", (f64::from(x) * 100.0).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_without_the_float_formatter() {
        assert_eq!(two_decimals(0.3), "0.30");
        assert_eq!(two_decimals(0.056), "0.06");
        assert_eq!(two_decimals(1.0), "1.00");
        assert_eq!(percent(0.126), "13%");
        assert_eq!(report_list(&[1, 2], "and"), "2 and 3");
        assert_eq!(report_list(&[0, 1, 3], "und"), "1, 2 und 4");
        assert_eq!(report_list(&[2], "and"), "3");
    }
}
