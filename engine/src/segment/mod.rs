//! Segmentation stage: paragraphs, then sentences; headings and boilerplate flagged.

pub mod boilerplate;
pub mod sentences;

use crate::language::Language;
use crate::options::Granularity;
pub use boilerplate::BoilerplateReason;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a passage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    /// A statement of the report.
    Content,
    /// A title or subheading (content too, but not a sentence).
    Heading,
    /// Page furniture around the report; see [`BoilerplateReason`].
    Boilerplate,
}

/// A passage found by segmentation, with a span into the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the normalised text.
    pub span: Range<usize>,
    /// Content, heading or boilerplate.
    pub kind: PassageKind,
    /// Why it is boilerplate, if it is.
    pub reason: Option<BoilerplateReason>,
    /// Index of the paragraph (block) it belongs to.
    pub paragraph: usize,
}

/// Paragraph byte ranges: lines separated by line breaks; a line that stops mid-sentence and a
/// next line starting in lower case are one hard-wrapped paragraph.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut offset = 0;
    let mut previous_blank = true;
    for line in text.split('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        let end = offset + line.trim_end().len();
        offset += line.len() + 1;
        if start >= end {
            previous_blank = true;
            continue;
        }
        let continues = !previous_blank
            && out
                .last()
                .is_some_and(|prev| !ends_sentence(&text[prev.clone()]))
            && text[start..end]
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        match out.last_mut() {
            Some(prev) if continues => prev.end = end,
            _ => out.push(start..end),
        }
        previous_blank = false;
    }
    out
}

/// Does `text` end like a finished sentence or a lead-in ("… wie folgt:")?
fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '”' | '’' | '»' | '«' | ')')
    });
    trimmed.ends_with([':', ';']) || trimmed.ends_with(sentences::is_terminal)
}

/// Is this paragraph a heading: short, one line, no sentence punctuation at its end? In Thai,
/// Lao or Khmer, which end no sentence with a mark, only a line of five words or fewer is.
fn is_heading(text: &str) -> bool {
    let words = boilerplate::word_count_to(text, 16);
    (1..=16).contains(&words)
        && !ends_sentence(text)
        && !text.trim_end().ends_with(',')
        && text.chars().any(char::is_alphabetic)
        && (words <= 5 || !writes_no_full_stops(text))
}

/// Are most of `text`'s letters Thai, Lao or Khmer (scripts whose sentences end in a space)?
fn writes_no_full_stops(text: &str) -> bool {
    let (mut unstopped, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        unstopped += usize::from(matches!(u32::from(c), 0xe00..=0xeff | 0x1780..=0x17ff));
    }
    unstopped * 2 > letters
}

/// A first paragraph that is one short sentence followed by more text is the title, even with
/// a full stop ("China weist Vorwürfe zurück."); a lone paragraph is the text itself.
fn is_title_sentence(text: &str, lang: Language, more_follows: bool) -> bool {
    more_follows && boilerplate::words_at_most(text, 25) && sentences::split(text, lang).len() == 1
}

/// Splits normalised `text` into passages of the given granularity and flags boilerplate.
pub fn segment(text: &str, lang: Language, granularity: Granularity) -> Vec<Segment> {
    let paras = paragraphs(text);
    let blocks: Vec<&str> = paras.iter().map(|r| &text[r.clone()]).collect();
    let reasons = boilerplate::classify(&blocks);
    // The title is the first paragraph that is not boilerplate ("Werbung" may come first).
    let title = reasons.iter().position(Option::is_none);
    let mut out = Vec::new();
    for (paragraph, (span, reason)) in paras.into_iter().zip(reasons).enumerate() {
        let block = &text[span.clone()];
        let kind = match reason {
            Some(_) => PassageKind::Boilerplate,
            None if is_heading(block) => PassageKind::Heading,
            None if Some(paragraph) == title
                && is_title_sentence(block, lang, paragraph + 1 < blocks.len()) =>
            {
                PassageKind::Heading
            }
            None => PassageKind::Content,
        };
        if kind != PassageKind::Content || granularity == Granularity::Paragraph {
            out.push(Segment {
                span,
                kind,
                reason,
                paragraph,
            });
            continue;
        }
        for s in sentences::split(block, lang) {
            out.push(Segment {
                span: span.start + s.start..span.start + s.end,
                kind,
                reason,
                paragraph,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thai_paragraph_without_a_full_stop_is_no_heading() {
        // Found by the blind Thai set: Thai ends no sentence with a mark.
        assert!(!is_heading(
            "เจ้าหน้าที่ได้อพยพประชาชนกว่า 500 คนไปยังศูนย์พักพิงชั่วคราว"
        ));
        assert!(is_heading("ข่าวที่เกี่ยวข้อง"));
        assert!(is_heading("Die Ergebnisse im Überblick"));
    }

    #[test]
    fn lines_are_paragraphs_and_hard_wraps_are_joined() {
        let text = "Titel\nErster Satz, der\nweitergeht. Zweiter.\n\nNeuer Absatz.";
        let got: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "Titel",
                "Erster Satz, der\nweitergeht. Zweiter.",
                "Neuer Absatz."
            ]
        );
    }

    #[test]
    fn title_and_subheadings_are_headings() {
        let text = "Ein Titel\nEin Satz mit Inhalt. Noch einer.\nZwischenzeile ohne Punkt\nWerbung\nLetzter Satz.";
        let kinds: Vec<PassageKind> = segment(text, Language::De, Granularity::Sentence)
            .iter()
            .map(|s| s.kind)
            .collect();
        use PassageKind::*;
        assert_eq!(
            kinds,
            [Heading, Content, Content, Heading, Boilerplate, Content]
        );
    }

    #[test]
    fn title_skips_a_leading_advertisement_marker() {
        let text = "Werbung\n\nDer eigentliche Titel, mit Komma\n\nEin Satz.";
        let kinds: Vec<PassageKind> = segment(text, Language::De, Granularity::Sentence)
            .iter()
            .map(|s| s.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                PassageKind::Boilerplate,
                PassageKind::Heading,
                PassageKind::Content
            ]
        );
    }

    #[test]
    fn paragraph_granularity_keeps_paragraphs_whole() {
        let text = "Titel\nEins. Zwei. Drei.";
        assert_eq!(segment(text, Language::De, Granularity::Paragraph).len(), 2);
    }
}
