//! Sentence boundaries inside one paragraph, for German, English and similar languages.
//!
//! Rules, in order: a boundary needs terminal punctuation (`.` `!` `?` `…` and CJK/Arabic
//! equivalents), then optional closing quotes or brackets, then white space or a glued capital
//! ("entgegenzuwirken.Reuters"). It is no boundary when the next word starts in lower case, after
//! a known abbreviation ("Corp.", "z. B.", "U.S."), an initial ("F."), or a German ordinal
//! ("am 1. Juli", "der 2. Weltkrieg").

use crate::case;
use crate::language::Language;
use crate::words::Words;
use std::ops::Range;

/// Characters that end a sentence: Latin, CJK, Arabic and Urdu, and the danda of Hindi and
/// the other Indic scripts ("।", "॥").
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '۔' | '।' | '॥'
    )
}

/// Closing quotes and brackets that may follow terminal punctuation inside the same sentence.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '“' | '’' | '‘' | '»' | '«' | ')' | ']' | '›' | '‹' | '」' | '』'
    )
}

/// Articles and prepositions after which "1." is an ordinal, not a sentence end (German).
const ORDINAL_CONTEXT: Words = crate::words![
    "der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "bis",
    "seit", "ab", "ihr", "ihre", "sein", "seine", "jeder", "jede", "jedes", "the",
];

/// Splits `text` (one paragraph) into sentence byte ranges, trimmed of white space.
///
/// ```
/// use parallax_engine::{language::Language, segment::sentences::split};
/// let text = "Microsoft Corp. wurde am 1. Juli angegriffen.Reuters berichtete.";
/// let parts: Vec<&str> = split(text, Language::De).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(parts, ["Microsoft Corp. wurde am 1. Juli angegriffen.", "Reuters berichtete."]);
/// ```
pub fn split(text: &str, lang: Language) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut cuts = vec![0];
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        let first_terminal = i;
        while i + 1 < chars.len() && is_terminal(chars[i + 1].1) {
            i += 1;
        }
        let mut end = i + 1;
        while end < chars.len() && is_closer(chars[end].1) {
            end += 1;
        }
        let cut_at = chars.get(end).map_or(text.len(), |&(b, _)| b);
        if is_boundary(text, &chars, first_terminal, end, lang) {
            cuts.push(cut_at);
        }
        i = end.max(i + 1);
    }
    cuts.extend(missing_stops(text, &chars, lang));
    crate::sort::ascending(&mut cuts);
    cuts.dedup();
    cuts.push(text.len());
    let mut out: Vec<Range<usize>> = Vec::new();
    for w in cuts.windows(2) {
        let piece = &text[w[0]..w[1]];
        let start = w[0] + (piece.len() - piece.trim_start().len());
        let end = w[0] + piece.trim_end().len();
        if start >= end {
            continue;
        }
        // A piece with no letter or digit (a stray quote or dots), or a lone lower-case word
        // after a restart ("abgehalten. scharf."), belongs to the previous one.
        let piece = &text[start..end];
        let has_word = piece.chars().any(char::is_alphanumeric);
        let stray = piece.split_whitespace().count() < 2 && piece.starts_with(char::is_lowercase);
        match out.last_mut() {
            Some(prev) if !has_word || stray => prev.end = end,
            _ => out.push(start..end),
        }
    }
    // A dateline opening the paragraph ("Lindenfeld. Ein Zug …"), and an agency mark after it
    // ("НОВОСИБИРСК, 14 января. /ТАСС/. Около …"), belong to the sentence they open.
    let mut opening = 0;
    while opening + 1 < out.len() {
        let piece = &text[out[opening].clone()];
        if (opening == 0 && is_dateline(piece)) || (opening > 0 && is_agency_mark(piece)) {
            opening += 1;
        } else {
            break;
        }
    }
    if opening > 0 {
        out[opening].start = out[0].start;
        out.drain(..opening);
    }
    out
}

/// A place name alone as a sentence: one to three capitalised words (hyphens and slashes
/// allowed, "Bad Hersfeld.", "BERLIN/KASSEL."), as newspapers open a report; or the place and
/// a date ("НОВОСИБИРСК, 14 января.", "OSLO, 3 March 2025.").
fn is_dateline(piece: &str) -> bool {
    let Some(line) = piece.strip_suffix('.') else {
        return false;
    };
    let (name, date) = line.split_once(", ").unwrap_or((line, ""));
    let words: Vec<&str> = name.split_whitespace().collect();
    let date: Vec<&str> = date.split_whitespace().collect();
    let day = |w: &str| (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit());
    // Or the place and its state abbreviated, as American wires write it ("PINE HOLLOW,
    // Calif.", "TAMPA, Fla.", "NEW YORK, N.Y.").
    let state = |w: &str| {
        (2..=5).contains(&w.len())
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '.')
    };
    let dated = match date.as_slice() {
        [] => true,
        [s] => state(s),
        [d, m] | [d, m, _] => day(d) && Language::is_month(&case::lower(m)),
        _ => false,
    };
    dated
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '/')
        })
}

/// A news agency's mark alone as a sentence: "/ТАСС/.", "(dpa).".
fn is_agency_mark(piece: &str) -> bool {
    let mark = piece.trim_end_matches('.');
    let inner = mark
        .strip_prefix('/')
        .and_then(|m| m.strip_suffix('/'))
        .or_else(|| mark.strip_prefix('(').and_then(|m| m.strip_suffix(')')));
    inner.is_some_and(|m| {
        (1..=2).contains(&m.split_whitespace().count())
            && m.starts_with(char::is_uppercase)
            && m.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    })
}

/// Most characters a quote in corner brackets spans on either side of a full stop inside it.
const CORNER_QUOTE_CHARS: usize = 200;

/// Is `chars[term]` inside a quote in corner brackets that closes later in the paragraph
/// ("「影響は大きい。雇用を守ってほしい」と述べた")? A Japanese quote is part of the sentence
/// that quotes it, however many full stops it holds.
fn in_corner_quote(chars: &[(usize, char)], term: usize) -> bool {
    let opened = chars[..term]
        .iter()
        .rev()
        .take(CORNER_QUOTE_CHARS)
        .map(|&(_, c)| c)
        .take_while(|&c| c != '\n' && c != '」' && c != '』')
        .any(|c| c == '「' || c == '『');
    opened
        && chars[term + 1..]
            .iter()
            .take(CORNER_QUOTE_CHARS)
            .map(|&(_, c)| c)
            .take_while(|&c| c != '\n' && c != '「' && c != '『')
            .any(|c| c == '」' || c == '』')
}

/// Verbs of saying that close a Chinese quote's attribution: "……。”他说。".
const SAID: [&str; 12] = [
    "说",
    "說",
    "表示",
    "称",
    "稱",
    "指出",
    "介绍",
    "介紹",
    "强调",
    "強調",
    "透露",
    "告诉记者",
];

/// Most characters of a quote's attribution ("在云溪站等车的张女士说").
const ATTRIBUTION_CHARS: usize = 24;

/// Does the text after a quote closed behind its full stop only say who said it, up to the
/// next full stop ("”在车站等车的张女士说。")? Then the quote and its speaker are one sentence.
fn is_attribution(text: &str, rest: &[(usize, char)]) -> bool {
    let end = rest
        .iter()
        .take(ATTRIBUTION_CHARS + 1)
        .position(|&(_, c)| matches!(c, '。' | '！' | '？' | '“' | '「'));
    end.is_some_and(|end| {
        let said = &text[rest[0].0..rest[end].0];
        rest[end].1 == '。' && SAID.iter().any(|v| said.ends_with(v))
    })
}

/// Decides whether the terminal punctuation at `chars[term]` (closers up to `after`) ends a sentence.
fn is_boundary(
    text: &str,
    chars: &[(usize, char)],
    term: usize,
    after: usize,
    lang: Language,
) -> bool {
    let Some(&(_, next)) = chars.get(after) else {
        return true;
    };
    let c = chars[term].1;
    // Thai and Lao end no sentence with a full stop: after their letters it marks an
    // abbreviation ("5 ต.ค. 2569", "14:30 น.", "กทม.").
    if c == '.' && term > 0 && ('\u{e00}'..='\u{eff}').contains(&chars[term - 1].1) {
        return false;
    }
    if !next.is_whitespace() {
        // CJK full stops need no space; a glued capital after a real word is a lost space.
        // A Japanese quote closed after its full stop goes on with a particle: 「…。」と述べた.
        // A danda is never inside a word: glued to the next one, a space was lost ("है।चारधाम").
        if matches!(c, '।' | '॥') {
            return true;
        }
        if matches!(c, '。' | '！' | '？') {
            if in_corner_quote(chars, term) {
                return false;
            }
            return after == term + 1
                || !('\u{3041}'..='\u{309F}').contains(&next)
                    && !is_attribution(text, &chars[after..]);
        }
        // In a script without capitals (Arabic, Hebrew), any letter glued after a word of two
        // letters or more of that script is a lost space ("غیرحضوری شد.به گفته"; a Persian
        // abbreviation has one letter: "ق.م").
        let caseless = |ch: char| ch.is_alphabetic() && !ch.is_lowercase() && !ch.is_uppercase();
        let before = word_before(text, chars, term);
        let letters = before.chars().filter(|ch| ch.is_alphabetic()).count();
        let glued = after == term + 1
            && before.chars().last().is_some_and(|last| {
                next.is_uppercase() && last.is_lowercase() && letters >= 3
                    || caseless(next) && caseless(last) && letters >= 2
            });
        return glued && !is_abbreviation_before(text, chars, term, lang);
    }
    let Some(next_word_start) = chars[after..].iter().find(|(_, ch)| !ch.is_whitespace()) else {
        return true;
    };
    let first = next_word_start.1;
    if first.is_lowercase() {
        return lower_case_restart(text, chars, term, after, lang);
    }
    if c != '.' {
        return true;
    }
    if is_abbreviation_before(text, chars, term, lang) {
        return false;
    }
    let word = word_before(text, chars, term);
    // Where the language's abbreviations are unknown, a short lower-case word before a figure
    // is one: "o godz. 15", "kl. 14.32".
    if lang == Language::Other
        && first.is_ascii_digit()
        && (1..=4).contains(&word.chars().count())
        && word.chars().all(char::is_lowercase)
    {
        return false;
    }
    // An initial: "John F. Kennedy".
    let mut letters = word.chars();
    if let (Some(only), None) = (letters.next(), letters.next()) {
        if only.is_uppercase() {
            return false;
        }
    }
    // German ordinals and dates: "am 1. Juli", "der 2. Weltkrieg".
    if !word.is_empty() && word.len() <= 2 && word.chars().all(|ch| ch.is_ascii_digit()) {
        let next_word: String = text[next_word_start.0..]
            .chars()
            .take_while(|ch| ch.is_alphabetic())
            .collect::<String>();
        let next_word = case::lower(&next_word);
        if Language::is_month(&next_word) {
            return false;
        }
        let before = previous_word(text, chars, term, word.len());
        if lang == Language::De && ORDINAL_CONTEXT.contains(case::lower(before).as_str()) {
            return false;
        }
    }
    true
}

/// A full stop followed by a lower-case word still ends a sentence in machine-translated text
/// ("getroffen hatte. ähnliche Vorwürfe"), when it is a single dot after a plain word of four or
/// more letters (no abbreviation, no number) and a real word follows — in a language whose
/// abbreviations are known: elsewhere "3,1 proc. rok do roku" goes on.
fn lower_case_restart(
    text: &str,
    chars: &[(usize, char)],
    term: usize,
    after: usize,
    lang: Language,
) -> bool {
    if lang == Language::Other
        || chars[term].1 != '.'
        || after != term + 1
        || chars.get(term.wrapping_sub(1)).is_some_and(|c| c.1 == '.')
    {
        return false;
    }
    let word = word_before(text, chars, term);
    if word.chars().count() < 4
        || !word.chars().all(char::is_alphabetic)
        || is_abbreviation_before(text, chars, term, lang)
    {
        return false;
    }
    let next: String = chars[after..]
        .iter()
        .map(|c| c.1)
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| c.is_alphabetic())
        .collect();
    next.chars().count() >= 3
}

/// Capitalised function words that start a sentence whose full stop was lost in extraction
/// ("Exchange-Apps Dies ermöglichte"): mid-sentence, these words are never capitalised.
/// Articles and the German polite "Sie" are left out: they open names and titles.
const RESTART_WORDS: Words = crate::words![
    "dies", "diese", "dieser", "dieses", "er", "es", "wir", "ich", "this", "these", "he", "she",
    "it", "we", "they",
];

/// Byte offsets where a sentence starts without a full stop before it.
fn missing_stops(text: &str, chars: &[(usize, char)], lang: Language) -> Vec<usize> {
    if lang != Language::De && lang != Language::En {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut words_so_far = 0;
    for k in 1..chars.len() {
        let (b, c) = chars[k];
        let prev = chars[k - 1].1;
        if prev.is_whitespace() && !c.is_whitespace() {
            words_so_far += 1;
        }
        if !(c.is_uppercase() && prev == ' ' && k >= 2 && chars[k - 2].1.is_alphabetic())
            || words_so_far < 5
        {
            continue;
        }
        let word_len = text[b..]
            .find(|ch: char| !ch.is_alphabetic())
            .unwrap_or(text.len() - b);
        if word_len > 12 {
            continue;
        }
        let word = &text[b..b + word_len];
        let lower = case::lower(word);
        let next_is_word = text[b + word.len()..].starts_with(' ');
        // Capitalised, not in capitals: "IT systems", "ER" (emergency room) are acronyms.
        let capitalised = !word.chars().skip(1).any(char::is_uppercase);
        if next_is_word
            && capitalised
            && RESTART_WORDS.contains(lower.as_str())
            && lang.stop_words().contains(lower.as_str())
        {
            out.push(b);
            words_so_far = 0;
        }
    }
    out
}

/// The run of letters, digits and inner dots directly before `chars[term]`.
fn word_before<'a>(text: &'a str, chars: &[(usize, char)], term: usize) -> &'a str {
    let end = chars[term].0;
    let mut k = term;
    while k > 0
        && (chars[k - 1].1.is_alphanumeric()
            || (chars[k - 1].1 == '.' && k >= 2 && chars[k - 2].1.is_alphanumeric()))
    {
        k -= 1;
    }
    &text[chars.get(k).map_or(end, |&(b, _)| b)..end]
}

/// The word before the word that ends at `chars[term]` (whose length in bytes is `word_len`).
fn previous_word<'a>(
    text: &'a str,
    chars: &[(usize, char)],
    term: usize,
    word_len: usize,
) -> &'a str {
    let head = text[..chars[term].0 - word_len].trim_end();
    let start = head.rfind(|ch: char| !ch.is_alphanumeric()).map_or(0, |p| {
        p + head[p..].chars().next().map_or(1, char::len_utf8)
    });
    &head[start..]
}

/// Is the word before the full stop a known abbreviation, including spaced ones ("z. B.")?
fn is_abbreviation_before(
    text: &str,
    chars: &[(usize, char)],
    term: usize,
    lang: Language,
) -> bool {
    let word = case::lower(word_before(text, chars, term));
    if lang.is_abbreviation(&word) {
        return true;
    }
    // "z. B." / "d. h.": a single letter, a dot, a space, then this single letter.
    let head = text[..chars[term].0].trim_end_matches(char::is_alphabetic);
    let spaced = head.trim_end().strip_suffix('.').map(str::trim_end);
    if word.chars().count() == 1 {
        if let Some(rest) = spaced {
            let prev: String = rest
                .chars()
                .rev()
                .take_while(|ch| ch.is_alphabetic())
                .collect();
            if prev.chars().count() == 1 {
                let pair = format!("{}.{}", prev, word);
                return lang.is_abbreviation(&pair);
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str, lang: Language) -> Vec<&str> {
        split(text, lang).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            parts("Eins ist gut. Zwei ist besser! Drei?", Language::De),
            ["Eins ist gut.", "Zwei ist besser!", "Drei?"]
        );
    }

    #[test]
    fn keeps_abbreviations_together() {
        assert_eq!(
            parts(
                "Die U.S. Army und Dr. Müller kamen. Dann ging es los.",
                Language::De
            )
            .len(),
            2
        );
        assert_eq!(
            parts(
                "Das gilt z. B. für Microsoft Corp. und andere. Aber nicht für alle.",
                Language::De
            )
            .len(),
            2
        );
        assert_eq!(
            parts("Mr. Smith went to Washington. He spoke.", Language::En).len(),
            2
        );
    }

    #[test]
    fn keeps_ordinals_and_numbers_together() {
        assert_eq!(
            parts(
                "Am 1. Juli 2021 kostete es 23,00 € bzw. 1.000 Dollar. Danach nicht.",
                Language::De
            )
            .len(),
            2
        );
        assert_eq!(parts("Es war der 2. Weltkrieg.", Language::De).len(), 1);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            parts("Er sagte: „Das ist falsch.“ Dann ging er.", Language::De),
            ["Er sagte: „Das ist falsch.“", "Dann ging er."]
        );
        assert_eq!(
            parts("„Wir stoppen das“, sagte er. Gut.", Language::De),
            ["„Wir stoppen das“, sagte er.", "Gut."]
        );
        assert_eq!(
            parts(
                "He called it \"irresponsible.\" Then he left.",
                Language::En
            ),
            ["He called it \"irresponsible.\"", "Then he left."]
        );
    }

    #[test]
    fn a_dateline_stays_with_its_sentence() {
        assert_eq!(
            parts(
                "Lindenfeld. Ein Zug ist entgleist. Niemand wurde verletzt.",
                Language::De
            ),
            [
                "Lindenfeld. Ein Zug ist entgleist.",
                "Niemand wurde verletzt."
            ]
        );
        assert_eq!(
            parts("Bad Hersfeld. Ein Zug hielt.", Language::De),
            ["Bad Hersfeld. Ein Zug hielt."]
        );
        // A place and a date, then the agency's mark: all open the first sentence.
        assert_eq!(
            parts(
                "НОВОСИБИРСК, 14 января. /ТАСС/. Около 30 тыс. жителей остались без тепла. Авария произошла на ул. Станиславского.",
                Language::Other
            ),
            [
                "НОВОСИБИРСК, 14 января. /ТАСС/. Около 30 тыс. жителей остались без тепла.",
                "Авария произошла на ул. Станиславского."
            ]
        );
        // Not a dateline: a sentence after a place and a word, and a mark in mid-paragraph.
        assert_eq!(
            parts(
                "Berlin, Montag. Die Lage ist ruhig. (dpa). Mehr folgt.",
                Language::De
            )
            .len(),
            4
        );
        // Not a place: a sentence of its own, and a lone sentence stays as it is.
        assert_eq!(
            parts(
                "Danach kam die Polizei. Sie sperrte die Straße.",
                Language::De
            ),
            ["Danach kam die Polizei.", "Sie sperrte die Straße."]
        );
        assert_eq!(parts("Lindenfeld.", Language::De), ["Lindenfeld."]);
    }

    #[test]
    fn splits_glued_sentences() {
        assert_eq!(
            parts("um dem entgegenzuwirken.Reuters berichtete.", Language::De),
            ["um dem entgegenzuwirken.", "Reuters berichtete."]
        );
    }

    #[test]
    fn splits_where_extraction_lost_a_full_stop() {
        assert_eq!(
            parts(
                "Sie griffen Microsoft Exchange-Apps an Dies ermöglichte den Zugriff.",
                Language::De
            ),
            [
                "Sie griffen Microsoft Exchange-Apps an",
                "Dies ermöglichte den Zugriff."
            ]
        );
        assert_eq!(
            parts(
                "Er hatte die Entscheidung getroffen. ähnliche Vorwürfe folgten.",
                Language::De
            )
            .len(),
            2
        );
        // Where the language's abbreviations are unknown, a lower-case word or a figure after
        // a short lower-case word goes on.
        assert_eq!(
            parts(
                "Prezes przedstawi szczegóły o godz. 15. Rada obradowała.",
                Language::Other
            ),
            [
                "Prezes przedstawi szczegóły o godz. 15.",
                "Rada obradowała."
            ]
        );
        assert_eq!(
            parts(
                "Ceny wzrosły o 3,1 proc. rok do roku, po 3,6 proc. we wrześniu.",
                Language::Other
            )
            .len(),
            1
        );
        assert_eq!(
            parts("Treffen Sie General Xu, sagte er.", Language::De).len(),
            1
        );
        // An acronym is not a restart: "IT" is not "It".
        assert_eq!(
            parts(
                "The trust declared an incident after its IT systems were hit on Monday.",
                Language::En
            )
            .len(),
            1
        );
    }

    #[test]
    fn ellipsis_before_lower_case_continues() {
        assert_eq!(
            parts("aufzugeben … die Manipulation zu stoppen.", Language::De).len(),
            1
        );
        assert_eq!(parts("Warte... Und dann?", Language::De).len(), 2);
    }

    #[test]
    fn the_danda_ends_a_hindi_sentence_with_a_space_or_without() {
        // Found by the blind Hindi set: the danda was no full stop at all.
        assert_eq!(
            parts(
                "सात लोगों की मौत हो गई और 12 अन्य लापता हैं। अधिकारियों ने यह जानकारी दी।",
                Language::Other
            ),
            [
                "सात लोगों की मौत हो गई और 12 अन्य लापता हैं।",
                "अधिकारियों ने यह जानकारी दी।"
            ]
        );
        assert_eq!(
            parts(
                "हाईवे पर यातायात ठप है।चारधाम यात्रा रोक दी गई है॥",
                Language::Other
            ),
            ["हाईवे पर यातायात ठप है।", "चारधाम यात्रा रोक दी गई है॥"]
        );
    }

    #[test]
    fn an_american_dateline_with_its_state_opens_the_sentence() {
        // Found by the blind ninth English set.
        assert_eq!(
            parts(
                "PINE HOLLOW, Calif. (AP) — A wildfire forced 12,000 people to evacuate. Officials said so.",
                Language::En
            ),
            [
                "PINE HOLLOW, Calif. (AP) — A wildfire forced 12,000 people to evacuate.",
                "Officials said so."
            ]
        );
        assert_eq!(
            parts("TAMPA, Fla. — The storm weakened.", Language::En).len(),
            1
        );
    }

    #[test]
    fn a_thai_abbreviations_dots_end_no_sentence() {
        // Found by the blind Thai set: "ต.ค." (October) cut the dateline off its sentence.
        assert_eq!(
            parts(
                "เชียงใหม่ 5 ต.ค. - ฝนตกหนักทำให้เกิดน้ำท่วม เม.ย. 14:30 น. มีผู้เสียชีวิต",
                Language::Other
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_lost_space_after_a_full_stop_in_a_script_without_capitals() {
        // Found by the blind Persian set.
        assert_eq!(
            parts(
                "مدارس تهران روز سه\u{200c}شنبه غیرحضوری شد.به گفته استاندار، دانشگاه\u{200c}ها نیز مجازی است.",
                Language::Other
            )
            .len(),
            2
        );
        // A web address in Latin letters stays whole.
        assert_eq!(parts("به گزارش irna.ir امروز.", Language::Other).len(), 1);
    }

    #[test]
    fn cjk_and_no_punctuation() {
        assert_eq!(parts("北京否认指控。美国坚持。", Language::Other).len(), 2);
        // A Japanese quote goes on after its closing bracket with a particle; a Chinese one
        // followed by a new sentence ends.
        assert_eq!(
            parts(
                "彼は「攻撃は許されない。」と述べた。政府は調査を始めた。",
                Language::Other
            ),
            [
                "彼は「攻撃は許されない。」と述べた。",
                "政府は調査を始めた。"
            ]
        );
        assert_eq!(
            parts("中国表示：“我们反对。”随后北京召回大使。", Language::Other).len(),
            2
        );
        // A quote in corner brackets with full stops inside is one sentence with its verb.
        assert_eq!(
            parts(
                "市長は「影響は大きい。雇用を守ってほしい」と述べた。工場は来年閉鎖される。",
                Language::Other
            ),
            [
                "市長は「影響は大きい。雇用を守ってほしい」と述べた。",
                "工場は来年閉鎖される。"
            ]
        );
        // A Chinese quote's speaker after it is part of its sentence; a long sentence after
        // a quote that happens to end in "说" is not.
        assert_eq!(
            parts(
                "“现在一个多小时就到了。”在车站等车的张女士说。列车准点。",
                Language::Other
            ),
            [
                "“现在一个多小时就到了。”在车站等车的张女士说。",
                "列车准点。"
            ]
        );
        assert_eq!(
            parts(
                "“我们反对。”随后北京召回大使并在周二的例行记者会上向各国媒体详细说。",
                Language::Other
            )
            .len(),
            2
        );
        assert_eq!(
            parts("no punctuation at all", Language::En),
            ["no punctuation at all"]
        );
        assert!(parts("   ", Language::En).is_empty());
    }
}
