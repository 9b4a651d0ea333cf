//! Numbers with what they count ("200 japanische Unternehmen", "mindestens sechs Gruppen",
//! "Zehntausende von Organisationen") and dates or periods ("März 2021", "zwischen 2011 und
//! 2018", "2000er Jahre", "Dienstag", "1997") in one passage.

use super::cues::{self, AMBIGUOUS_MONTHS, COUNT_LINKS, DECADE_NOUNS, PERIOD_OPENERS};
use super::{Candidate, FactKind, PassageInput};
use crate::language::Language;
use crate::lexicon::CONCEPTS;
use crate::normalize::{is_currency_sign, Token, TokenKind};

/// Number and date candidates of one passage.
pub fn find(p: &PassageInput) -> Vec<Candidate> {
    let words: Vec<Word> = p
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| Word::new(p, i, t))
        .collect();
    let mut out = Vec::new();
    let mut used = vec![false; words.len()];
    for i in 0..words.len() {
        if used[i] {
            continue;
        }
        if let Some((c, range)) = date_at(p, &words, i) {
            range.for_each(|k| used[k] = true);
            out.push(c);
        }
    }
    for i in 0..words.len() {
        if used[i] {
            continue;
        }
        if let Some((c, last)) = count_at(p, &words, i) {
            (i..=last).for_each(|k| used[k] = true);
            out.push(c);
        }
    }
    out
}

/// A token with the views the patterns need.
struct Word<'a> {
    token: &'a Token,
    surface: &'a str,
    folded: &'a str,
    info: &'a cues::WordInfo,
}

impl<'a> Word<'a> {
    fn new(p: &'a PassageInput<'a>, i: usize, token: &'a Token) -> Self {
        Word {
            token,
            surface: &p.text[token.span.clone()],
            folded: &p.words[i].folded,
            info: &p.words[i],
        }
    }

    fn is_number(&self) -> bool {
        self.token.kind == TokenKind::Number
    }

    /// A plain year (1900–2099), no separators.
    fn year(&self) -> Option<u32> {
        let y: u32 = self.surface.parse().ok()?;
        (self.is_number() && (1900..2100).contains(&y)).then_some(y)
    }
}

fn candidate(
    p: &PassageInput,
    words: &[Word],
    first: usize,
    last: usize,
    kind: FactKind,
    key: String,
) -> Candidate {
    let (start, end) = (words[first].token.span.start, words[last].token.span.end);
    Candidate {
        kind,
        key,
        start,
        end,
        surface: p.text[start..end].to_owned(),
        weak: false,
    }
}

/// A date or period starting at token `i`, and the tokens it covers.
fn date_at(
    p: &PassageInput,
    words: &[Word],
    i: usize,
) -> Option<(Candidate, std::ops::Range<usize>)> {
    if let Some(found) = cjk_date(p, words, i).or_else(|| numeric_date(p, words, i)) {
        return Some(found);
    }
    let w = &words[i];
    if w.is_number() && w.token.key.contains(':') {
        // A time of day, read by the normaliser ("3:10 a.m.", "3.10 Uhr", "3 h 10").
        let key = format!("d:{}", w.token.key);
        return Some((candidate(p, words, i, i, FactKind::Date, key), i..i + 1));
    }
    let next = |k: usize| words.get(k);
    // "zwischen 2011 und 2018", "from 2011 to 2018"
    // (One opener may have closers in two languages: "entre … et", "entre … y".)
    let joined = PERIOD_OPENERS
        .iter()
        .any(|&(o, c)| o == w.folded && next(i + 2).is_some_and(|x| x.folded == c));
    if joined {
        let from = next(i + 1).and_then(Word::year);
        let to = next(i + 3).and_then(Word::year);
        if let (Some(a), Some(b)) = (from, to) {
            let key = format!("d:{a}-{b}");
            return Some((candidate(p, words, i, i + 3, FactKind::Date, key), i..i + 4));
        }
    }
    // "2011–2018"
    if let (Some(a), Some(dash), Some(b)) =
        (w.year(), next(i + 1), next(i + 2).and_then(Word::year))
    {
        if matches!(dash.surface, "-" | "–" | "—") && a < b {
            let key = format!("d:{a}-{b}");
            return Some((candidate(p, words, i, i + 2, FactKind::Date, key), i..i + 3));
        }
    }
    if let Some(found) = month_first(p, words, i) {
        return Some(found);
    }
    // "1. Juli 2021", "Juli 2021", "März"
    let (day, month_at) = match (w.surface.parse::<u8>().ok(), next(i + 1)) {
        (Some(d), Some(dot)) if (1..=31).contains(&d) && dot.surface == "." => (Some(d), i + 2),
        (Some(d), _) if (1..=31).contains(&d) && w.is_number() => (Some(d), i + 1),
        _ => (None, i),
    };
    if let Some(m) = next(month_at).filter(|m| is_month_word(m)) {
        let month = m.info.month?;
        let year = next(month_at + 1).and_then(Word::year);
        let day = day.filter(|_| month_at > i);
        let first = if day.is_some() { i } else { month_at };
        let last = if year.is_some() {
            month_at + 1
        } else {
            month_at
        };
        let key = date_key(year, month.into(), day.map(u32::from));
        return Some((
            candidate(p, words, first, last, FactKind::Date, key),
            first..last + 1,
        ));
    }
    // "2000er Jahre", "the 1990s"
    if let Some(decade) = decade(w.folded) {
        let last = if next(i + 1).is_some_and(|n| DECADE_NOUNS.contains(n.folded)) {
            i + 1
        } else {
            i
        };
        let key = format!("d:{decade}s");
        return Some((
            candidate(p, words, i, last, FactKind::Date, key),
            i..last + 1,
        ));
    }
    if let Some(day) = w.info.weekday {
        let key = format!("d:weekday-{day}");
        return Some((candidate(p, words, i, i, FactKind::Date, key), i..i + 1));
    }
    if let Some(y) = w.year() {
        // A year counts nothing: "2021 Angriffe" is rare, "im Jahr 2021" common.
        let key = format!("d:{y}");
        return Some((candidate(p, words, i, i, FactKind::Date, key), i..i + 1));
    }
    None
}

/// A Chinese or Japanese date: "2026年12月1日", "12月1日", "3月" (year, month and day each
/// followed by its character; "号" for the day too), keyed as the same date in any language.
fn cjk_date(
    p: &PassageInput,
    words: &[Word],
    i: usize,
) -> Option<(Candidate, std::ops::Range<usize>)> {
    let unit = |k: usize, u: &[&str]| words.get(k).is_some_and(|w| u.contains(&w.surface));
    let number = |k: usize, most: u32| {
        let w = words.get(k).filter(|w| w.is_number())?;
        w.token
            .key
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=most).contains(n))
    };
    let (year, at) = match words[i].year() {
        Some(y) if unit(i + 1, &["年"]) => (Some(y), i + 2),
        _ => (None, i),
    };
    let month = number(at, 12).filter(|_| unit(at + 1, &["月"]))?;
    let day = number(at + 2, 31).filter(|_| unit(at + 3, &["日", "号"]));
    let last = if day.is_some() { at + 3 } else { at + 1 };
    let key = date_key(year, month, day);
    Some((
        candidate(p, words, i, last, FactKind::Date, key),
        i..last + 1,
    ))
}

/// A date in figures: "1.7.2027", "01/07/2027", "01-07-2027", "2027-07-01" (day, month, year,
/// or the year first), keyed as the same date with its month named ("1. Juli 2027"). English
/// writes the month first with slashes: there "7/1/2027" is no date this reads.
#[inline(never)]
fn numeric_date(
    p: &PassageInput,
    words: &[Word],
    i: usize,
) -> Option<(Candidate, std::ops::Range<usize>)> {
    let w = &words[i];
    let (text, last) = if w.surface.contains('.') {
        (w.surface, i)
    } else {
        // Figures and separators written together: "01", "/", "07", "/", "2027".
        let run = words.get(i..i + 5)?;
        let joined = run
            .windows(2)
            .all(|x| x[0].token.span.end == x[1].token.span.start);
        let separator = run[1].surface;
        if !joined || !matches!(separator, "/" | "-") || run[3].surface != separator {
            return None;
        }
        (&p.text[w.token.span.start..run[4].token.span.end], i + 4)
    };
    // Three figures of at most four digits (value, digits) between two separators.
    let mut parts = [(0u32, 0u8); 3];
    let mut k = 0;
    for b in text.bytes() {
        if b.is_ascii_digit() && parts[k].1 < 4 {
            parts[k] = (parts[k].0 * 10 + u32::from(b - b'0'), parts[k].1 + 1);
        } else if matches!(b, b'.' | b'/' | b'-') && k < 2 {
            k += 1;
        } else {
            return None;
        }
    }
    let [a, b, c] = parts;
    let ((year, _), (month, _), (day, _)) = if a.1 == 4 { (a, b, c) } else { (c, b, a) };
    let valid = k == 2
        && (1900..2100).contains(&year)
        && (1..=12).contains(&month)
        && (1..=31).contains(&day);
    if !valid || (text.contains('/') && p.language == Language::En) {
        return None;
    }
    let key = date_key(Some(year), month, Some(day));
    Some((
        candidate(p, words, i, last, FactKind::Date, key),
        i..last + 1,
    ))
}

/// An English date with the day after the month: "December 7, 2026", "Dec. 7", "Dec 7
/// 2026" (an abbreviation only capitalised and before its day).
fn month_first(
    p: &PassageInput,
    words: &[Word],
    i: usize,
) -> Option<(Candidate, std::ops::Range<usize>)> {
    if p.language != Language::En {
        return None;
    }
    let w = &words[i];
    let capitalised = w.surface.starts_with(|c: char| c.is_uppercase());
    let (month, mut k) = match w.info.month {
        Some(m) if is_month_word(w) => (m, i + 1),
        _ if capitalised && w.token.kind == TokenKind::Word => {
            let m = cues::short_month(w.folded)?;
            let dot = words.get(i + 1).is_some_and(|x| x.surface == ".");
            (m, i + 1 + usize::from(dot))
        }
        _ => return None,
    };
    let day: u32 = words
        .get(k)
        .filter(|x| x.is_number())?
        .surface
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    let comma = usize::from(words.get(k + 1).is_some_and(|x| x.surface == ","));
    let year = words.get(k + 1 + comma).and_then(Word::year);
    if year.is_some() {
        k += 1 + comma;
    }
    let key = date_key(year, month.into(), Some(day));
    Some((candidate(p, words, i, k, FactKind::Date, key), i..k + 1))
}

/// The key of a date: "d:2027-07-01", "d:2027-07", "d:--07-01" (no year), "d:--07".
fn date_key(year: Option<u32>, month: u32, day: Option<u32>) -> String {
    let year = year.map_or_else(|| "-".to_owned(), |y| y.to_string());
    match day {
        Some(d) => format!("d:{year}-{month:02}-{d:02}"),
        None => format!("d:{year}-{month:02}"),
    }
}

fn is_month_word(w: &Word) -> bool {
    w.token.kind == TokenKind::Word
        && w.info.month.is_some()
        && (!AMBIGUOUS_MONTHS.contains(w.folded)
            || w.surface.chars().next().is_some_and(char::is_uppercase))
}

/// "2000er", "1990s", "1990's" → 2000, 1990.
fn decade(folded: &str) -> Option<u32> {
    if !folded.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits: String = folded.chars().take_while(char::is_ascii_digit).collect();
    let rest = &folded[digits.len()..];
    let y: u32 = digits.parse().ok()?;
    (digits.len() == 4 && y.is_multiple_of(10) && matches!(rest, "er" | "s" | "'s" | "ern"))
        .then_some(y)
}

/// A count with what it counts starting at token `i`, and the last token it covers.
fn count_at(p: &PassageInput, words: &[Word], i: usize) -> Option<(Candidate, usize)> {
    let w = &words[i];
    if p.concepts.get(i).copied().flatten().is_some() {
        return None; // "Five Eyes", "G7"
    }
    let value = if w.is_number() {
        w.token.key.to_string()
    } else {
        w.info.count.clone()?
    };
    // Money with its currency's sign before the figure ("£6.2bn", "$7.8 billion", "€40m").
    let (first, last, counted) = match i
        .checked_sub(1)
        .filter(|&b| w.is_number() && is_currency_sign(words[b].surface))
    {
        Some(sign) => (sign, i, words[sign].surface.to_owned()),
        None => counted_after(p, words, i)?,
    };
    let key = format!("q:{value}:{counted}");
    Some((
        candidate(p, words, first, last, FactKind::Number, key),
        last,
    ))
}

/// What the figure at `i` counts ("200 japanische Unternehmen", "90 zł", "14 %"): the first
/// and last token of the count and the key of what it counts.
fn counted_after(p: &PassageInput, words: &[Word], i: usize) -> Option<(usize, usize, String)> {
    let german = p.language == Language::De;
    // What is counted: skip a linking word and up to two adjectives, then the noun.
    let mut k = i + 1;
    if words.get(k).is_some_and(|x| COUNT_LINKS.contains(x.folded)) {
        k += 1;
    }
    let mut head = None;
    for j in k..(k + 3).min(words.len()) {
        let x = &words[j];
        if x.token.kind == TokenKind::Punct {
            // The point of a scale's abbreviation ("6,2 Mrd. Pfund", "150 Mio. Euro").
            if x.surface == "." && j == i + 1 && words[i].surface.ends_with(char::is_alphabetic) {
                continue;
            }
            if (x.surface == "%" || is_currency_sign(x.surface)) && j == i + 1 {
                head = Some(j);
            }
            break;
        }
        if x.token.kind != TokenKind::Word || x.token.stop {
            break;
        }
        // Money right after its figure counts in its currency, whatever follows ("90 zł
        // miesięcznie"; not "300 tysięcy złotych", which is no 300 zł).
        if j == k && cues::currency(x.folded).is_some() {
            head = Some(j);
            break;
        }
        // Without function words to end the phrase (a language read as "other"), the word
        // after the figure is what it counts ("4.200 warga dari enam desa").
        let next_is_word = p.language != Language::Other
            && words
                .get(j + 1)
                .is_some_and(|n| n.token.kind == TokenKind::Word && !n.token.stop);
        let noun = if german {
            // "200 Japanische Firmen": a capitalised adjective before the noun.
            x.surface.chars().next().is_some_and(char::is_uppercase)
                && !(x.info.adjective
                    && next_is_word
                    && words[j + 1]
                        .surface
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase))
        } else {
            // A plural, or the last content word before a function word.
            x.folded.ends_with('s') || !next_is_word
        };
        if noun {
            head = Some(j);
            break;
        }
    }
    let head = head?;
    // A unit of two characters in Chinese or Japanese ("4小时", "286公里", "3時間") is shown
    // whole and keyed by its first ("10分钟" and "10分" are one figure).
    let two = words
        .get(head + 1)
        .map(|n| format!("{}{}", words[head].surface, n.surface));
    let last = head + usize::from(two.is_some_and(|u| CJK_UNITS.contains(&u.as_str())));
    let first = qualifier_start(words, i);
    let h = &words[head];
    let counted = h
        .token
        .parts
        .as_deref()
        .map(|(_, last)| last.clone())
        .unwrap_or_else(|| h.token.key.to_string());
    let counted = concept_of(p, head).unwrap_or(counted);
    let counted = if cues::PER_CENT.contains(h.folded) {
        "%".to_owned()
    } else if let Some(symbol) = cues::currency(h.folded) {
        symbol.to_owned()
    } else {
        counted
    };
    Some((first, last, counted))
}

/// Units of two characters in Chinese and Japanese that a figure counts in.
const CJK_UNITS: [&str; 11] = [
    "小时", "分钟", "公里", "公斤", "千米", "美元", "人次", "時間", "分間", "キロ", "トン",
];

/// The concept id of the token (so "Firmen" and "Unternehmen" count the same thing).
fn concept_of(p: &PassageInput, i: usize) -> Option<String> {
    p.concepts
        .get(i)
        .copied()
        .flatten()
        .map(|c| CONCEPTS[c].id.to_owned())
}

/// Where a qualifier before the number at `i` starts ("mindestens", "mehr als").
fn qualifier_start(words: &[Word], i: usize) -> usize {
    let before = |k: usize| i.checked_sub(k).map(|j| words[j].folded);
    if let (Some(a), Some(b)) = (before(2), before(1)) {
        if cues::QUALIFIER_PAIRS.contains(&(a, b)) {
            return i - 2;
        }
    }
    match before(1) {
        Some(q) if cues::QUALIFIERS.contains(q) => i - 1,
        _ => i,
    }
}
