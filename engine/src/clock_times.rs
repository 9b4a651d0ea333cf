//! Times of day however a language writes them — "3:10 a.m.", "15:10", "3.10 Uhr", "15 Uhr",
//! "3 h 10", "14.30 h", "3 p.m." — read as one number token keyed by the time on a 24-hour
//! clock ("03:10", "15:00"), so that reports meet on the time they name in any language. A
//! figure with a point is a time only with a word that says so ("3.10 Uhr", "a las 16.40");
//! "3.10" alone stays a number, "2.50 Euro" a price.

use crate::normalize::{Token, TokenKind};
use std::sync::Arc;

/// `tokens` of `text` with each time of day as one number token; `english` reads "3 pm" and
/// "3 am" too ("am" is a German word).
#[inline(never)]
pub fn merge(text: &str, tokens: Vec<Token>, english: bool) -> Vec<Token> {
    if !tokens.iter().any(|t| starts_with_digit(text, t)) {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        match time_at(text, &tokens, i, english) {
            Some((hour, minute, last)) => {
                // Its hour and minutes still count as numbers (as a compound's parts do):
                // they meet a time in words this engine cannot read ("dez e vinte").
                let minutes = if minute == 0 { hour } else { minute };
                let parts = (hour.to_string(), minutes.to_string());
                let key = format!("{hour:02}:{minute:02}");
                out.push(Token {
                    span: tokens[i].span.start..tokens[last].span.end,
                    key: key.into(),
                    kind: TokenKind::Number,
                    stop: false,
                    parts: Some(Arc::new(parts)),
                });
                i = last + 1;
            }
            None => {
                out.push(tokens[i].clone());
                i += 1;
            }
        }
    }
    out
}

fn starts_with_digit(text: &str, t: &Token) -> bool {
    text[t.span.clone()].starts_with(|c: char| c.is_ascii_digit())
}

/// Words before a time written "16.40" ("a las 16.40", "alle 16.40", "às 16.40", "kl. 16.40"):
/// there the figure is no decimal number.
const TIME_WORDS_BEFORE: [&str; 8] = ["las", "alle", "dalle", "às", "kl", "klo", "klockan", "godz"];

/// The time (hour, minute) that starts at token `i`, and its last token.
fn time_at(text: &str, tokens: &[Token], i: usize, english: bool) -> Option<(u32, u32, usize)> {
    let surface = |k: usize| tokens.get(k).map_or("", |t| &text[t.span.clone()]);
    let joined = |k: usize| tokens[k].span.end == tokens.get(k + 1).map_or(0, |t| t.span.start);
    // The figures: "3:10" (three tokens: a time whatever follows), "3.10" (one: a time only
    // with a word after or before it) or an hour alone (only with a word after it).
    let (hour, dotted) = match surface(i).split_once('.') {
        Some((h, m)) => (h, figure(m, true)),
        None => (surface(i), None),
    };
    let hour = figure(hour, false)?;
    let colon = joined(i) && surface(i + 1) == ":" && joined(i + 1);
    let (mut minute, mut last) = match colon.then(|| figure(surface(i + 2), true)).flatten() {
        Some(m) => (m, i + 2),
        None if surface(i).contains('.') => (dotted?, i),
        None => (0, i),
    };
    let next = surface(last + 1);
    let is = |word: &str| next.eq_ignore_ascii_case(word);
    if is("a.m") || is("p.m") || (english && (is("am") || is("pm"))) {
        let pm = next.starts_with(['p', 'P']);
        return ((1..=12).contains(&hour) && minute < 60).then_some((
            hour % 12 + 12 * u32::from(pm),
            minute,
            last + 1,
        ));
    }
    let hour_alone = last == i && dotted.is_none();
    // ("16 horas" may be a duration; "16.00 horas" is a time.)
    if is("uhr") || is("h") || (is("horas") && !hour_alone) {
        last += 1;
        // French: "3 h 10".
        if let Some(m) = figure(surface(last + 1), true).filter(|_| hour_alone && is("h")) {
            (minute, last) = (m, last + 1);
        }
    } else if last == i
        && !(dotted.is_some()
            && i > 0
            && TIME_WORDS_BEFORE.contains(&crate::case::lower(surface(i - 1)).as_str()))
    {
        return None;
    }
    (hour < 24 && minute < 60).then_some((hour, minute, last))
}

/// An hour (one or two digits) or minutes (exactly two).
fn figure(s: &str, minutes: bool) -> Option<u32> {
    let fits = if minutes {
        s.len() == 2
    } else {
        (1..=2).contains(&s.len())
    };
    (fits && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::language::Language;
    use crate::normalize::Normalizer;

    /// The keys of the number tokens of `text`.
    fn numbers(lang: Language, text: &str) -> Vec<String> {
        Normalizer::new(lang)
            .tokens(text, 0..text.len())
            .iter()
            .filter(|t| t.kind == crate::normalize::TokenKind::Number)
            .map(|t| t.key.to_string())
            .collect()
    }

    #[test]
    fn times_of_day_meet_however_they_are_written() {
        let en = Language::En;
        assert_eq!(numbers(en, "at around 3:10 a.m. on Sunday"), ["03:10"]);
        assert_eq!(numbers(en, "at 3 p.m. and at 12 a.m."), ["15:00", "00:00"]);
        assert_eq!(numbers(en, "by 3 pm, not 11 am"), ["15:00", "11:00"]);
        assert_eq!(numbers(en, "at 15:10 sharp"), ["15:10"]);
        let de = Language::De;
        assert_eq!(numbers(de, "gegen 3.10 Uhr"), ["03:10"]);
        assert_eq!(numbers(de, "um 15 Uhr am Montag"), ["15:00"]);
        assert_eq!(numbers(de, "gegen 3.10 Uhr 20 Menschen"), ["03:10", "20"]);
        let fr = Language::Fr;
        assert_eq!(numbers(fr, "vers 3 h 10 du matin"), ["03:10"]);
        assert_eq!(numbers(fr, "à 15 h puis à 18 h 30"), ["15:00", "18:30"]);
        assert_eq!(numbers(Language::Es, "a las 14.30 h"), ["14:30"]);
        assert_eq!(numbers(Language::Es, "a las 16.40 horas"), ["16:40"]);
        assert_eq!(numbers(Language::Es, "desde las 16.40"), ["16:40"]);
        assert_eq!(numbers(Language::It, "registrato alle 16.40"), ["16:40"]);
        assert_eq!(numbers(en, "taken at 4.40pm and 3pm"), ["16:40", "15:00"]);
    }

    #[test]
    fn figures_that_name_no_time_stay_numbers() {
        let de = Language::De;
        // A decimal, a result, a date, a ratio of one digit.
        assert_eq!(numbers(de, "3.10 Prozent"), ["3,10"]);
        assert_eq!(numbers(de, "Sie gewannen 2:1 am Montag"), ["2", "1"]);
        assert!(!numbers(de, "am 1.12.2026").iter().any(|k| k.contains(':')));
        assert_eq!(numbers(de, "25 Uhren"), ["25"]);
        assert_eq!(numbers(Language::Es, "durante 16 horas"), ["16"]);
        assert_eq!(numbers(de, "kostet 2.50 Euro"), ["2,50"]);
        let en = Language::En;
        assert_eq!(numbers(en, "a 27:30 split"), ["27", "30"]);
        assert_eq!(numbers(en, "15 pm"), ["15"]);
    }
}
