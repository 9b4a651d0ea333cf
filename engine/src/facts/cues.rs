//! Word lists the fact finder reads (German and English, a few other languages where cheap):
//! titles before a person's name, heads of organisation names, numbers written as words,
//! months and weekdays. All general vocabulary, folded to lower case.
//!
//! [`word_info`] looks a word up once per spelling and caches the answers.

use crate::lexicon::CONCEPTS;
use crate::normalize::fold;
use crate::words::Words;
use std::cell::RefCell;
use std::rc::Rc;

/// What the word lists say about one spelling.
#[derive(Debug, Default)]
pub struct WordInfo {
    /// Case-folded spelling.
    pub folded: String,
    /// A title or role ([`is_title`]).
    pub title: bool,
    /// Month number.
    pub month: Option<u8>,
    /// Day of the week.
    pub weekday: Option<usize>,
    /// A number word's value ([`count_word`]).
    pub count: Option<String>,
    /// Ends like a German common noun.
    pub noun_suffix: bool,
    /// Ends like an inflected German adjective.
    pub adjective: bool,
}

/// Most spellings the cache keeps.
const CACHE_LIMIT: usize = 100_000;

thread_local! {
    static CACHE: RefCell<crate::slots::Slots<String, Rc<WordInfo>>> = RefCell::default();
}

/// The cached facts about `surface`.
pub fn word_info(surface: &str) -> Rc<WordInfo> {
    CACHE.with(|cache| {
        if let Some(info) = cache.borrow().get(surface) {
            return info.clone();
        }
        let folded = fold(surface);
        let info = Rc::new(WordInfo {
            title: is_title(&folded),
            month: month(&folded),
            weekday: weekday(&folded),
            count: count_word(&folded),
            noun_suffix: has_noun_suffix(&folded),
            adjective: has_adjective_ending(&folded),
            folded,
        });
        let mut cache = cache.borrow_mut();
        if cache.len() < CACHE_LIMIT {
            cache.or_insert_with(surface.to_owned(), || info.clone());
        }
        info
    })
}

/// Titles and roles that precede a person's name ("Präsident Joe Biden", "Secretary Blinken").
/// Matched as the end of a folded word, so "US-Außenminister" and "Außenpolitiker" count.
// `Words`: read once, into lists by last byte ([`titles_ending_in`]).
const TITLES: Words = crate::words![
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "sprecher",
    "sprecherin",
    "direktor",
    "direktorin",
    "general",
    "politiker",
    "politikerin",
    "chef",
    "chefin",
    "sekretär",
    "sekretärin",
    "botschafter",
    "botschafterin",
    "senator",
    "senatorin",
    "abgeordnete",
    "abgeordneter",
    "richter",
    "richterin",
    "bürgermeister",
    "bürgermeisterin",
    "leiter",
    "leiterin",
    "vorsitzende",
    "vorsitzender",
    "herr",
    "frau",
    "analyst",
    "analystin",
    "experte",
    "expertin",
    "president",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chancellor",
    "ambassador",
    "governor",
    "mayor",
    "judge",
    "chairman",
    "chairwoman",
    "ceo",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "lord",
    "premier",
    "président",
    "ministre",
    "presidente",
    "ministro",
];

/// Is the folded word a title or role ("außenministers" → yes)?
pub fn is_title(folded: &str) -> bool {
    let letters: String = folded.chars().filter(|c| c.is_alphabetic()).collect();
    let stems = [
        letters.as_str(),
        letters.strip_suffix("en").unwrap_or(""),
        letters.strip_suffix('n').unwrap_or(""),
        letters.strip_suffix('s').unwrap_or(""),
    ];
    stems.iter().filter(|s| !s.is_empty()).any(|s| {
        titles_ending_in(s.as_bytes()[s.len() - 1])
            .iter()
            .any(|t| s.ends_with(t) && (s.len() == t.len() || t.len() >= 5))
    })
}

/// The [`TITLES`] whose last byte is `last`: only those can end a word ending in it (every new
/// spelling is checked against the titles, so the list is cut by last byte once).
fn titles_ending_in(last: u8) -> &'static [&'static str] {
    static BY_LAST: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    &BY_LAST.get_or_init(|| {
        let mut by_last = vec![Vec::new(); 256];
        for t in TITLES {
            if let Some(&b) = t.as_bytes().last() {
                by_last[b as usize].push(t);
            }
        }
        by_last
    })[last as usize]
}

/// Last words that make a name an organisation ("… Policy Institute", "Kommunistische Partei").
// A slice, not `Words`: looked up for every word.
const ORGANISATION_HEADS: &[&str] = &[
    "agency",
    "institute",
    "institut",
    "center",
    "centre",
    "zentrum",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "gmbh",
    "ag",
    "llc",
    "plc",
    "times",
    "post",
    "journal",
    "news",
    "herald",
    "tribune",
    "zeitung",
    "bank",
    "university",
    "universität",
    "college",
    "ministry",
    "ministerium",
    "department",
    "partei",
    "party",
    "council",
    "committee",
    "komitee",
    "kommission",
    "commission",
    "office",
    "amt",
    "bureau",
    "association",
    "verband",
    "union",
    "foundation",
    "stiftung",
    "organisation",
    "organization",
    "group",
    "gruppe",
    "army",
    "armee",
    "force",
    "forces",
    "service",
    "services",
    "court",
    "gericht",
    "parliament",
    "parlament",
    "airlines",
    "motors",
    "systems",
    "technologies",
];

/// Does this folded last word make a name an organisation?
pub fn is_organisation_head(folded: &str) -> bool {
    let word = folded.trim_end_matches('.');
    ORGANISATION_HEADS.contains(&word)
}

/// German noun endings: a capitalised word with one of these is a common noun, not a name
/// ("Gewährung", "Sicherheit", "Mannschaft").
const NOUN_SUFFIXES: Words = crate::words![
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "sion", "tät", "täten", "nis", "nisse", "tum", "ismus", "ment", "mente", "ling", "ei"
];

/// Does the folded word end like a German common noun?
pub fn has_noun_suffix(folded: &str) -> bool {
    folded.chars().count() > 5 && NOUN_SUFFIXES.iter().any(|s| folded.ends_with(s))
}

/// Does the folded word end like an inflected German adjective ("westliche", "zusätzlichen")?
pub fn has_adjective_ending(folded: &str) -> bool {
    folded.chars().count() > 4
        && ["e", "en", "er", "es", "em"]
            .iter()
            .any(|s| folded.ends_with(s))
}

/// Articles: a word after one is a common noun ("der Konzern, ein …"), not a name.
// A slice, not `Words`: looked up for every word.
pub const DETERMINERS: Words = crate::words![
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "the", "a", "an", "le", "la", "les", "un", "une", "el", "los", "las", "il", "lo", "de", "het",
    "een"
];

/// Indefinite articles that open an apposition ("Hafnium, eine Hackergruppe").
// A slice, not `Words`: looked up for every word.
pub const INDEFINITE: Words = crate::words![
    "ein", "eine", "einer", "eines", "einem", "a", "an", "un", "une", "uno", "una", "een"
];

/// Counts without an exact value ("Zehntausende", "millions").
const VAGUE_COUNTS: Words = crate::words![
    "dutzende",
    "hunderte",
    "tausende",
    "zehntausende",
    "hunderttausende",
    "millionen",
    "milliarden",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "mehrere",
    "several",
    "zahlreiche",
    "numerous",
];

/// The value of a number word, or the word itself for a vague count.
pub fn count_word(folded: &str) -> Option<String> {
    crate::normalize::number_word(folded)
        .map(|v| v.to_string())
        .or_else(|| VAGUE_COUNTS.contains(folded).then(|| folded.to_owned()))
}

/// Words before a number that belong to it ("mindestens sechs", "more than 200").
pub const QUALIFIERS: Words = crate::words![
    "mindestens",
    "rund",
    "etwa",
    "fast",
    "knapp",
    "nahezu",
    "über",
    "ungefähr",
    "circa",
    "ca",
    "about",
    "nearly",
    "almost",
    "around",
    "over",
    "approximately",
    "roughly",
];

/// Two-word qualifiers, as (first, second).
pub const QUALIFIER_PAIRS: &[(&str, &str)] = &[
    ("mehr", "als"),
    ("weniger", "als"),
    ("bis", "zu"),
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("at", "least"),
    ("up", "to"),
];

/// Words for per cent after a figure, which count what "%" counts ("4,75 Prozent", "4,75
/// proc.", "4,75 procent", "7 per cent").
pub const PER_CENT: Words = crate::words![
    "prozent",
    "cent",
    "percent",
    "pct",
    "procent",
    "proc",
    "procento",
    "procenta",
    "prosent",
    "prosenttia",
    "процент",
    "процента",
    "процентов"
];

/// Currencies: the symbol a figure's money is keyed by, and the words and codes that name it,
/// so "63 Euro", "63 €" and "63 EUR" are one fact, as are "90 zł" and "90 złotych".
const CURRENCIES: &[(&str, Words)] = &[
    ("€", crate::words!["€", "eur", "euro", "euros"]),
    (
        "$",
        crate::words!["$", "usd", "dollar", "dollars", "dólares", "dollari"],
    ),
    (
        "£",
        crate::words!["£", "gbp", "pound", "pounds", "pfund", "livres", "libras", "sterline"],
    ),
    ("zł", crate::words!["zł", "złotych", "złote"]),
    ("kč", crate::words!["kč", "korun", "koruny"]),
    ("₽", crate::words!["₽", "рублей"]),
    ("₴", crate::words!["грн", "гривень"]),
];

/// The symbol of the currency a folded word or symbol names.
/// An elided article before the name counts for nothing ("12 millions d'euros").
pub fn currency(folded: &str) -> Option<&'static str> {
    let bare = folded
        .char_indices()
        .nth(1)
        .filter(|&(_, c)| c == '\'' || c == '’')
        .map_or(folded, |(i, c)| &folded[i + c.len_utf8()..]);
    CURRENCIES
        .iter()
        .find(|(_, names)| names.contains(bare))
        .map(|&(symbol, _)| symbol)
}

/// Words between a count and what it counts ("drei der Angeklagten", "millions of dollars",
/// "milioni di euro").
pub const COUNT_LINKS: Words = crate::words!["der", "von", "of", "de", "di"];

/// Month names by number, January first (German, English, French, Spanish, Italian,
/// Portuguese, Dutch, Danish, Norwegian, Swedish).
const MONTHS: [Words; 12] = [
    crate::words![
        "januar", "jänner", "january", "janvier", "enero", "gennaio", "janeiro", "januari"
    ],
    crate::words![
        "februar",
        "february",
        "février",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari"
    ],
    crate::words!["märz", "march", "mars", "marzo", "março", "maart", "marts"],
    crate::words!["april", "avril", "abril", "aprile"],
    crate::words!["mai", "may", "mayo", "maggio", "maio", "mei", "maj"],
    crate::words!["juni", "june", "juin", "junio", "giugno", "junho"],
    crate::words!["juli", "july", "juillet", "julio", "luglio", "julho"],
    crate::words!["august", "août", "agosto", "augustus", "augusti"],
    crate::words![
        "september",
        "septembre",
        "septiembre",
        "settembre",
        "setembro"
    ],
    crate::words!["oktober", "october", "octobre", "octubre", "ottobre", "outubro"],
    crate::words!["november", "novembre", "noviembre", "novembro"],
    crate::words![
        "dezember",
        "december",
        "décembre",
        "diciembre",
        "dicembre",
        "dezembro",
        "desember"
    ],
];

/// English month names that are also common words; they count only when capitalised.
pub const AMBIGUOUS_MONTHS: Words = crate::words!["may", "march", "mars"];

/// The number (1–12) of a folded month name.
pub fn month(folded: &str) -> Option<u8> {
    let mut number = 0;
    for names in MONTHS {
        number += 1;
        if names.contains(folded) {
            return Some(number);
        }
    }
    None
}

/// Does a month's name start with `prefix` (folded)?
pub fn month_starting(prefix: &str) -> bool {
    MONTHS
        .iter()
        .any(|names| names.iter().any(|m| m.starts_with(prefix)))
}

/// English abbreviations of month names, January first ("Dec 7", "Sept. 30").
const SHORT_MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The number (1–12) of a folded English month abbreviation ("sept" too).
pub fn short_month(folded: &str) -> Option<u8> {
    let folded = if folded == "sept" { "sep" } else { folded };
    SHORT_MONTHS
        .iter()
        .position(|&m| m == folded)
        .map(|i| i as u8 + 1)
}

/// The day of the week (1 = Monday) of a folded weekday name, from the lexicon's weekdays.
pub fn weekday(folded: &str) -> Option<usize> {
    const MONDAY: usize = crate::lexicon::concept_index("monday");
    CONCEPTS[MONDAY..MONDAY + 7]
        .iter()
        .position(|day| day.forms.contains(folded))
        .map(|i| i + 1)
}

/// Words that join two years into a period ("zwischen 2011 und 2018", "from 2011 to 2018").
pub const PERIOD_OPENERS: &[(&str, &str)] = &[
    ("zwischen", "und"),
    ("von", "bis"),
    ("between", "and"),
    ("from", "to"),
    ("entre", "et"),
    ("de", "à"),
    ("entre", "y"),
    ("desde", "hasta"),
];

/// Words after a decade that belong to it ("2000er Jahre").
pub const DECADE_NOUNS: Words = crate::words!["jahre", "jahren", "jahrzehnt"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_by_last_byte_are_all_titles() {
        // Every title is found under its last byte, and nothing else is.
        let mut listed: Vec<&str> = (0..=255u8)
            .flat_map(|b| titles_ending_in(b).to_vec())
            .collect();
        let mut all: Vec<&str> = TITLES.iter().collect();
        listed.sort_unstable();
        all.sort_unstable();
        assert_eq!(listed, all);
        for t in TITLES {
            assert!(is_title(t), "{t}");
        }
    }

    #[test]
    fn titles_match_compounds_and_inflection() {
        assert!(is_title("us-außenminister"));
        assert!(is_title("außenpolitiker"));
        assert!(is_title("präsidenten"));
        assert!(is_title("us-verteidigungsministers"));
        assert!(!is_title("angeklagte"));
        assert!(!is_title("angriff"));
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(count_word("vier").as_deref(), Some("4"));
        assert_eq!(count_word("zehntausende").as_deref(), Some("zehntausende"));
        assert_eq!(month("märz"), Some(3));
        assert_eq!(weekday("dienstag"), Some(2));
        assert_eq!(weekday("sunday"), Some(7));
        assert_eq!(weekday("quinta-feira"), Some(4));
        assert_eq!(weekday("domani"), None);
    }

    #[test]
    fn a_currency_after_an_elided_article_is_the_currency() {
        assert_eq!(currency("d'euros"), Some("€"));
        assert_eq!(currency("d’euros"), Some("€"));
        assert_eq!(currency("euros"), Some("€"));
        assert_eq!(currency("dell'euro"), None);
    }

    #[test]
    fn english_month_abbreviations() {
        assert_eq!(short_month("dec"), Some(12));
        assert_eq!(short_month("sept"), Some(9));
        assert_eq!(short_month("jan"), Some(1));
        assert_eq!(short_month("d"), None);
    }
}
