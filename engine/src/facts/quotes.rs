//! Quoted phrases in one passage: „…“, “…”, "…", »…«, «…».

use super::{Candidate, FactKind, PassageInput};
use crate::normalize::TokenKind;

/// Longest quotation kept as a fact, in characters (longer ones are still one fact).
const MAX_CHARS: usize = 600;

/// The closing mark for an opening quotation mark.
fn closer(open: char) -> Option<&'static [char]> {
    Some(match open {
        '„' => &['“', '”'],
        '“' => &['”'],
        '"' => &['"'],
        '»' => &['«'],
        '«' => &['»'],
        _ => return None,
    })
}

/// Quotation candidates of one passage; the key lists the quote's content word keys.
pub fn find(p: &PassageInput) -> Vec<Candidate> {
    let text = &p.text[p.start..p.end];
    let mut out = Vec::new();
    let mut rest = text.char_indices();
    while let Some((i, c)) = rest.next() {
        let Some(closers) = closer(c) else {
            continue;
        };
        let inner_start = i + c.len_utf8();
        let Some(len) = text[inner_start..].find(closers) else {
            continue;
        };
        let inner = &text[inner_start..inner_start + len];
        let close_len = text[inner_start + len..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        // Skip past the closing mark.
        let resume = inner_start + len + close_len;
        while rest.clone().next().is_some_and(|(k, _)| k < resume) {
            rest.next();
        }
        let trimmed = inner.trim();
        if !trimmed.chars().any(char::is_alphabetic) || trimmed.chars().count() > MAX_CHARS {
            continue;
        }
        let (start, end) = (p.start + inner_start, p.start + inner_start + len);
        let keys: Vec<&str> = p
            .tokens
            .iter()
            .filter(|t| t.span.start >= start && t.span.end <= end)
            .filter(|t| t.kind != TokenKind::Punct && !t.stop)
            .map(|t| &*t.key)
            .collect();
        if keys.is_empty() {
            continue;
        }
        let offset = inner.len() - inner.trim_start().len();
        let start = start + offset;
        out.push(Candidate {
            kind: FactKind::Quote,
            key: format!("t:{}", keys.join(" ")),
            start,
            end: start + trimmed.len(),
            surface: trimmed.to_owned(),
            weak: false,
        });
    }
    out
}
