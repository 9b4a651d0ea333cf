//! Word boundaries after Unicode's default rules (UAX #29, "Unicode Text Segmentation"), with the
//! character classes mostly read from the standard library's own properties (`is_alphabetic`,
//! `is_numeric`) instead of the full word-break tables of `unicode-segmentation` (7.8 KB gzip of
//! the browser bundle; this module with its table costs about 4 KB). Tests check that both split
//! every character in context, random text and every test report alike.
//!
//! Kept from UAX #29: letters and digits joined across "." "'" ":" inside words and "." ","
//! inside numbers ("U.S", "don't", "1.000", "23,00"), `_` joins, Katakana runs, Hebrew quotes,
//! combining marks and joiners stay with their character, flags pair up, each Han or Hiragana
//! character is a word of its own. The characters whose class the properties do not tell (marks,
//! Han, Thai, Katakana, Hebrew, superscript digits …) come from a table that build.rs derives
//! from `unicode-segmentation`.

/// How much of a word one character of a script written without spaces is, in quarters: Han,
/// Hiragana and Katakana 2 (words average under two characters), Thai, Lao, Khmer and Myanmar
/// 1 (their vowel signs and tone marks are characters too); 0 for every other character.
pub fn unspaced_weight(c: char) -> usize {
    match u32::from(c) {
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => 2,
        0x20000..=0x3134F | 0xFF66..=0xFF9F => 2,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF => 1,
        _ => 0,
    }
}

/// Word-break class of one character (a simplified UAX #29 `Word_Break` property).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Hebrew,
    Numeric,
    Katakana,
    /// Joins letters only (":" "·").
    MidLetter,
    /// Joins letters and numbers ("." "’").
    MidNumLet,
    /// The apostrophe: joins letters and numbers like `MidNumLet`, and ends a Hebrew word.
    SingleQuote,
    DoubleQuote,
    /// Joins numbers only ("," ";").
    MidNum,
    /// Joins anything word-like ("_").
    ExtendNumLet,
    RegionalIndicator,
    /// Horizontal white space (not the non-breaking kinds): runs of it stay together.
    Space,
    /// Line and paragraph ends: always a piece of their own ("\r\n" together).
    Newline,
    /// Combining marks, joiners, variation selectors, soft hyphen: belong to the character before.
    Extend,
    Other,
}

include!(concat!(env!("OUT_DIR"), "/word_classes.rs"));

impl Class {
    /// The class of a code in `CLASS_BOUNDS` (see build.rs); `None` for "as the properties say".
    fn from_code(code: u32) -> Option<Class> {
        Some(match code {
            1 => Class::Letter,
            2 => Class::Hebrew,
            3 => Class::Numeric,
            4 => Class::Katakana,
            5 => Class::ExtendNumLet,
            6 => Class::Extend,
            7 => Class::Other,
            _ => return None,
        })
    }
}

fn class(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Numeric,
        '_' => Class::ExtendNumLet,
        '\'' => Class::SingleQuote,
        '"' => Class::DoubleQuote,
        '.' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{FE52}' | '\u{FF07}' | '\u{FF0E}' => {
            Class::MidNumLet
        }
        ':' | '\u{B7}' | '\u{387}' | '\u{55F}' | '\u{5F4}' | '\u{2027}' | '\u{FE13}'
        | '\u{FE55}' | '\u{FF1A}' => Class::MidLetter,
        ',' | ';' | '\u{37E}' | '\u{589}' | '\u{60C}' | '\u{60D}' | '\u{66C}' | '\u{7F8}'
        | '\u{2044}' | '\u{FE50}' | '\u{FE54}' | '\u{FF0C}' | '\u{FF1B}' => Class::MidNum,
        '\u{1F1E6}'..='\u{1F1FF}' => Class::RegionalIndicator,
        '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Class::Newline,
        '\u{202F}' => Class::ExtendNumLet,
        ' ' => Class::Space,
        c if c.is_ascii() || c == '\u{A0}' || c == '\u{2007}' => Class::Other,
        c if c.is_whitespace() => Class::Space,
        c => {
            let at = CLASS_BOUNDS.partition_point(|&b| b >> 4 <= c as u32);
            let code = at.checked_sub(1).map_or(0, |i| CLASS_BOUNDS[i] & 0xF);
            Class::from_code(code).unwrap_or(if c.is_alphabetic() {
                Class::Letter
            } else if c.is_numeric() {
                Class::Numeric
            } else {
                Class::Other
            })
        }
    }
}

/// Emoji and pictographs (Unicode's `Extended_Pictographic`), which a zero-width joiner binds to
/// what comes before.
fn is_pictographic(c: char) -> bool {
    let u = c as u32;
    let at = PICTOGRAPHS.partition_point(|r| r.0 <= u);
    at.checked_sub(1).is_some_and(|i| u <= PICTOGRAPHS[i].1)
}

fn is_letter(c: Class) -> bool {
    matches!(c, Class::Letter | Class::Hebrew)
}

/// Does a word go on between `before` and `after` (classes of neighbouring characters, marks
/// skipped)? `previous` is the class before `before`, `next` the one after `after`.
fn joins(previous: Option<Class>, before: Class, after: Class, next: Option<Class>) -> bool {
    use Class::*;
    let mid_letter = |c: Class| matches!(c, MidLetter | MidNumLet | SingleQuote);
    let mid_num = |c: Class| matches!(c, MidNum | MidNumLet | SingleQuote);
    let word_like = |c: Class| is_letter(c) || matches!(c, Numeric | Katakana | ExtendNumLet);
    // Every rule here says "no break"; one that holds is enough (UAX #29 WB5 to WB13b).
    let (b, a) = (before, after);
    (is_letter(b) && is_letter(a))
        || (is_letter(b) && mid_letter(a) && next.is_some_and(is_letter))
        || (mid_letter(b) && is_letter(a) && previous.is_some_and(is_letter))
        || (b == Hebrew && a == SingleQuote)
        || (b == Hebrew && a == DoubleQuote && next == Some(Hebrew))
        || (b == DoubleQuote && a == Hebrew && previous == Some(Hebrew))
        || (b == Numeric && a == Numeric)
        || (is_letter(b) && a == Numeric)
        || (b == Numeric && is_letter(a))
        || (mid_num(b) && a == Numeric && previous == Some(Numeric))
        || (b == Numeric && mid_num(a) && next == Some(Numeric))
        || (b == Katakana && a == Katakana)
        || (word_like(b) && a == ExtendNumLet)
        || (b == ExtendNumLet && word_like(a))
}

/// The words and the pieces between them (spaces, punctuation), each with its byte offset, in
/// order and covering all of `text`: like `unicode-segmentation`'s `split_word_bound_indices`.
pub fn split_word_bounds(text: &str) -> Vec<(usize, &str)> {
    // Clusters: a character with the marks and joiners that follow it.
    let mut clusters: Vec<(usize, Class)> = Vec::new();
    // Spaces join only directly (WB3d comes before WB4): clusters with marks attached.
    let mut marked: Vec<bool> = Vec::new();
    // Clusters that an emoji sequence binds to the one before (WB3c).
    let mut glued: Vec<bool> = Vec::new();
    let mut after_joiner = false;
    let mut after_cr = false;
    for (i, c) in text.char_indices() {
        let class = class(c);
        let base = clusters.last().map(|l| l.1);
        let attaches = (class == Class::Extend && base.is_some_and(|b| b != Class::Newline))
            || (after_cr && c == '\n'); // WB3, WB4
        after_cr = c == '\r';
        // An emoji after a zero-width joiner continues the sequence (UAX #29 WB3c).
        let continues = after_joiner && is_pictographic(c);
        if attaches {
            if let Some(m) = marked.last_mut() {
                *m = true;
            }
        } else {
            clusters.push((i, class));
            marked.push(false);
            glued.push(continues);
        }
        after_joiner = c == '\u{200D}';
    }
    let mut out: Vec<(usize, &str)> = Vec::new();
    let mut start = 0;
    let mut flags_in_run = 0;
    for k in 1..clusters.len() {
        let (at, after) = clusters[k];
        let before = clusters[k - 1].1;
        let previous = k.checked_sub(2).map(|p| clusters[p].1);
        let next = clusters.get(k + 1).map(|n| n.1);
        flags_in_run = if before == Class::RegionalIndicator {
            flags_in_run + 1
        } else {
            0
        };
        let pair = after == Class::RegionalIndicator && flags_in_run % 2 == 1; // WB15, WB16
        let spaces = before == Class::Space && after == Class::Space && !marked[k - 1];
        if !(glued[k] || pair || spaces || joins(previous, before, after, next)) {
            out.push((start, &text[start..at]));
            start = at;
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        split_word_bounds(text)
            .into_iter()
            .map(|(_, w)| w)
            .filter(|w| !w.trim().is_empty())
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            words("Die U.S.-Regierung zahlte 1.000,50 € an Microsoft Corp. – don't!"),
            [
                "Die",
                "U.S",
                ".",
                "-",
                "Regierung",
                "zahlte",
                "1.000,50",
                "€",
                "an",
                "Microsoft",
                "Corp",
                ".",
                "–",
                "don't",
                "!"
            ]
        );
        assert_eq!(
            words("entgegenzuwirken.Reuters"),
            ["entgegenzuwirken.Reuters"]
        );
        assert_eq!(
            words("snake_case 3.14. x:y"),
            ["snake_case", "3.14", ".", "x:y"]
        );
    }

    #[test]
    fn pieces_cover_the_text() {
        let text = "A\u{301}b, 中国外交部 カタカナ 🇩🇪🇫🇷 👩\u{200D}💻 שלום";
        let pieces = split_word_bounds(text);
        assert_eq!(pieces.iter().map(|p| p.1).collect::<String>(), text);
        assert_eq!(
            words(text),
            [
                "A\u{301}b",
                ",",
                "中",
                "国",
                "外",
                "交",
                "部",
                "カタカナ",
                "🇩🇪",
                "🇫🇷",
                "👩\u{200D}💻",
                "שלום"
            ]
        );
    }

    #[test]
    fn empty_text_has_no_pieces() {
        assert!(split_word_bounds("").is_empty());
    }
}
