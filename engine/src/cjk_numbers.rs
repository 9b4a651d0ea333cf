//! Chinese and Japanese amounts: a figure with 万 / 亿 / 億 / 兆 / 千 after it ("520亿",
//! "3.6万", "1,200万", "3千万", "1兆2000億"), or Han numerals ("五百二十亿", "一千二百万"), read
//! as their value, so "520亿元" meets "52,000,000,000元" and "1200万人次" meets "一千二百万人次".

use crate::normalize::{Token, TokenKind};

/// `tokens` of `text` with each amount (adjacent pieces: figures, Han digits, scale characters)
/// as one number token keyed by its value; unchanged when no scale character is among them.
#[inline(never)]
pub fn merge(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let surface = |t: &Token| &text[t.span.clone()];
    let has_scale = |t: &Token| surface(t).chars().next().and_then(scale).is_some();
    if !tokens.iter().any(has_scale) {
        return tokens;
    }
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut run = 0; // pieces of an amount at the end of `out`
    for t in tokens {
        let piece = is_amount_piece(surface(&t));
        let joins = piece && run > 0 && out.last().is_some_and(|p| p.span.end == t.span.start);
        run = if joins { run + 1 } else { usize::from(piece) };
        out.push(t);
        if run < 2 {
            continue;
        }
        let first = out.len() - run;
        let span = out[first].span.start..out[out.len() - 1].span.end;
        if let Some(key) = value(&text[span.clone()]) {
            out.truncate(first);
            out.push(Token {
                span,
                key: key.into(),
                kind: TokenKind::Number,
                stop: false,
                parts: None,
            });
            run = 1;
        }
    }
    out
}

/// Han digits (零 and 〇 zero, 两 two) and scale characters (十 百 千 inside a section,
/// 万 亿 億 兆 between sections) with their values.
const HAN: [(char, u64); 20] = [
    ('零', 0),
    ('〇', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
    ('十', 10),
    ('百', 100),
    ('千', 1_000),
    ('万', 10_000),
    ('萬', 10_000),
    ('亿', 100_000_000),
    ('億', 100_000_000),
    ('兆', 1_000_000_000_000),
];

/// The value of a Han digit or scale character.
fn han(c: char) -> Option<u64> {
    HAN.iter().find(|h| h.0 == c).map(|h| h.1)
}

/// The value of one Han digit.
fn digit(c: char) -> Option<u64> {
    han(c).filter(|&v| v < 10)
}

/// The factor of a Han scale character.
fn scale(c: char) -> Option<u64> {
    han(c).filter(|&v| v >= 10)
}

/// Is `piece` (one word-bound piece) part of an amount: a figure in ASCII digits (with "," or
/// "."), or one Han digit or scale character?
fn is_amount_piece(piece: &str) -> bool {
    let mut chars = piece.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if han(c).is_some() => true,
        (Some(c), _) if c.is_ascii_digit() => piece
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.'),
        _ => false,
    }
}

/// The value of an amount written without spaces, as a number key; `None` unless it holds a
/// scale character and reads cleanly (no two digits in a row, as in "五六十", "fifty or
/// sixty"), and, written in Han numerals only, starts with a digit or 十 and has two characters
/// at least (so "千万" "by all means", "万一" "in case" and a lone "十" stay words).
pub fn value(run: &str) -> Option<String> {
    let first = run.chars().next()?;
    if !first.is_ascii_digit()
        && (run.chars().count() < 2 || (digit(first).is_none() && first != '十'))
    {
        return None;
    }
    let (mut total, mut section, mut pending) = (0u64, 0u64, Pending::Nothing);
    let (mut after_big, mut scaled) = (false, false);
    let mut rest = run;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            let end = rest
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .unwrap_or(rest.len());
            if pending != Pending::Nothing {
                return None;
            }
            pending = Pending::Figure(&rest[..end]);
            rest = &rest[end..];
            after_big = false;
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if let Some(d) = digit(c) {
            // 零 only marks a gap ("一千零五十"); two digits in a row are no number.
            if d != 0 {
                if pending != Pending::Nothing {
                    return None;
                }
                pending = Pending::Digit(d);
            }
            after_big = false;
            continue;
        }
        let factor = scale(c)?;
        let times = pending.times(factor)?;
        if factor < 10_000 {
            section = section.checked_add(times.unwrap_or(factor))?;
        } else if times.is_none() && section == 0 && after_big {
            // A scale on a scale multiplies: "1.2万亿" is 1.2 × 10¹².
            total = total.checked_mul(factor)?;
        } else {
            let group = section
                .checked_mul(factor)?
                .checked_add(times.unwrap_or(0))?;
            total = total.checked_add(if group == 0 { factor } else { group })?;
            section = 0;
        }
        pending = Pending::Nothing;
        (after_big, scaled) = (factor >= 10_000, true);
    }
    let last = pending.times(1)?.unwrap_or(0);
    scaled.then(|| Some(total.checked_add(section)?.checked_add(last)?.to_string()))?
}

/// What waits for its scale: nothing, a Han digit, or a figure kept in text for its decimals.
#[derive(Clone, Copy, PartialEq)]
enum Pending<'a> {
    Nothing,
    Digit(u64),
    Figure(&'a str),
}

impl Pending<'_> {
    /// The waiting value times `factor`: `Some(None)` when nothing waits, `None` on overflow or
    /// an unreadable figure.
    fn times(self, factor: u64) -> Option<Option<u64>> {
        match self {
            Pending::Nothing => Some(None),
            Pending::Digit(d) => d.checked_mul(factor).map(Some),
            Pending::Figure(f) => crate::normalize::scaled_value(f, factor).map(Some),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::value;

    #[test]
    fn amounts_in_figures_and_han_numerals_have_their_value() {
        for (written, expected) in [
            ("520亿", "52000000000"),
            ("五百二十亿", "52000000000"),
            ("1200万", "12000000"),
            ("1,200万", "12000000"),
            ("一千二百万", "12000000"),
            ("3.6万", "36000"),
            ("3千万", "30000000"),
            ("1兆2000億", "1200000000000"),
            ("1.2万亿", "1200000000000"),
            ("1万2000", "12000"),
            ("一千零五十", "1050"),
            ("十一", "11"),
            ("两千", "2000"),
            ("三十", "30"),
        ] {
            assert_eq!(value(written).as_deref(), Some(expected), "{written}");
        }
    }

    #[test]
    fn words_and_runs_that_are_no_amount_stay_as_they_are() {
        for written in ["千万", "万一", "十", "五六十", "520", "1,200", "一", "3.6"] {
            assert_eq!(value(written), None, "{written}");
        }
    }
}
