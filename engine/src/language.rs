//! Language detection by stop-word counts, and the per-language data later stages need:
//! stop words, Snowball stemmer, abbreviations that do not end a sentence.
//!
//! A trigram model (e.g. `whatlang`) would add about 100 KB to the WASM bundle; news reports
//! are long enough for stop words to decide among the languages we can stem.

use crate::words::Words;
use rust_stemmers::Algorithm;
use serde::{Deserialize, Serialize};

/// A language Parallax has stop words and a stemmer for, or `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// German.
    De,
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Portuguese.
    Pt,
    /// Russian.
    Ru,
    /// Anything else: no stemming, no stop words.
    Other,
}

const DE: Words = crate::words![
    "der", "die", "das", "und", "in", "indem", "wegen", "trotz", "während", "den", "von", "zu",
    "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch",
    "es", "an", "er", "sie", "wurde", "dass", "bei", "aus", "nach", "wird", "einer", "einen",
    "einem", "eines", "um", "am", "sind", "noch", "wie", "über", "so", "zum", "zur", "haben",
    "hat", "nur", "oder", "aber", "vor", "bis", "mehr", "durch", "man", "sein", "seine", "ihre",
    "ihr", "ihren", "ihrer", "wurden", "dabei", "werden", "war", "waren", "diese", "dieser",
    "dieses", "daher", "sowie", "sowohl", "gegen", "dies", "da", "wir", "ihm", "ihn", "wenn",
    "was", "kann", "können", "soll", "sollen", "sei", "seit", "dieser", "deren", "denen", "einige",
    "einiger", "zwar", "habe", "hatte", "hatten", "vom", "unter", "zwischen", "während", "ob",
    "doch", "schon", "sehr", "beim", "ins", "ab", "weil",
];
const EN: Words = crate::words![
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "was", "with", "be",
    "by", "on", "not", "he", "she", "this", "are", "or", "his", "her", "from", "at", "which",
    "but", "have", "has", "had", "an", "they", "you", "were", "their", "its", "been", "would",
    "will", "there", "we", "who", "all", "also", "than", "into", "after", "said", "some", "these",
    "those", "them", "our", "about", "over", "such", "can", "could", "while", "during", "between",
    "against", "up", "out", "so", "if", "no", "did", "do", "does", "more", "most", "any", "other",
];
const FR: Words = crate::words![
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "à", "au", "aux", "est", "que",
    "qui", "dans", "pour", "par", "sur", "pas", "plus", "ne", "se", "ce", "cette", "ces", "il",
    "elle", "ils", "elles", "son", "sa", "ses", "leur", "leurs", "avec", "été", "être", "ont",
    "avait", "mais", "ou", "comme", "nous", "vous", "sont", "aussi", "entre", "contre", "dont",
];
const ES: Words = crate::words![
    "el", "la", "los", "las", "de", "del", "un", "una", "y", "en", "a", "al", "es", "que", "por",
    "para", "con", "no", "se", "su", "sus", "lo", "como", "más", "pero", "o", "este", "esta",
    "estos", "ha", "han", "fue", "ser", "entre", "sobre", "contra", "también", "le", "les", "sin",
];
const IT: Words = crate::words![
    "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "delle", "un", "una", "e",
    "in", "a", "al", "alla", "è", "che", "per", "con", "non", "si", "su", "sono", "da", "dal",
    "come", "più", "ma", "o", "questo", "questa", "ha", "hanno", "anche", "tra", "contro", "suo",
];
const NL: Words = crate::words![
    "de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "voor", "met", "zijn", "niet",
    "aan", "er", "die", "om", "ook", "als", "bij", "door", "maar", "of", "werd", "worden", "wordt",
    "naar", "heeft", "hebben", "dit", "deze", "zij", "hij", "over", "tegen", "tussen", "nog",
];
const PT: Words = crate::words![
    "o", "a", "os", "as", "de", "do", "da", "dos", "das", "um", "uma", "e", "em", "no", "na",
    "nos", "nas", "é", "que", "por", "para", "com", "não", "se", "seu", "sua", "como", "mais",
    "mas", "ou", "foi", "ser", "ao", "aos", "entre", "contra", "também", "pelo", "pela", "este",
];
/// Function words of languages Parallax does not detect by name but whose scripts hold no
/// other language of the news: Hindi (postpositions, auxiliaries: "के", "में", "है") and
/// Hebrew ("של", "את", "על"). They cannot meet a word of a Latin-script language.
const OTHER_SCRIPTS: Words = crate::words![
    "का",
    "के",
    "की",
    "को",
    "में",
    "से",
    "पर",
    "ने",
    "है",
    "हैं",
    "था",
    "थे",
    "थी",
    "और",
    "कि",
    "यह",
    "वह",
    "ये",
    "वे",
    "भी",
    "ही",
    "तो",
    "तक",
    "लिए",
    "एक",
    "इस",
    "उस",
    "जो",
    "गया",
    "गई",
    "गए",
    "हो",
    "कर",
    "किया",
    "रहे",
    "रही",
    "रहा",
    "जा",
    "अपने",
    "साथ",
    "של",
    "את",
    "על",
    "עם",
    "כי",
    "זה",
    "זו",
    "לא",
    "גם",
    "הוא",
    "היא",
    "הם",
    "אשר",
    "או",
    "אל",
    "כל",
    "יש",
    "אבל",
    "עד",
    "מן",
    "בין",
    "כך",
    "אך",
    "היה",
    "הייתה",
];
const RU: Words = crate::words![
    "и",
    "в",
    "во",
    "не",
    "что",
    "он",
    "на",
    "я",
    "с",
    "со",
    "как",
    "а",
    "то",
    "все",
    "она",
    "так",
    "его",
    "но",
    "да",
    "к",
    "у",
    "же",
    "за",
    "бы",
    "по",
    "только",
    "ее",
    "её",
    "было",
    "от",
    "еще",
    "ещё",
    "нет",
    "о",
    "из",
    "ему",
    "когда",
    "даже",
    "ли",
    "если",
    "уже",
    "или",
    "ни",
    "быть",
    "был",
    "была",
    "были",
    "до",
    "там",
    "себя",
    "ей",
    "может",
    "они",
    "где",
    "есть",
    "для",
    "мы",
    "их",
    "чем",
    "чтобы",
    "под",
    "будет",
    "тогда",
    "кто",
    "этот",
    "того",
    "этого",
    "при",
    "об",
    "после",
    "над",
    "тот",
    "через",
    "эти",
    "про",
    "них",
    "этой",
    "перед",
    "том",
    "также",
    "это",
    "которые",
    "который",
    "которая",
    "которых",
    "между",
    "свою",
    "своих",
];

// Abbreviations a full stop follows inside a sentence (German).
const DE_ABBREVIATIONS: Words = crate::words![
    "nr", "dr", "prof", "ca", "bzw", "usw", "vgl", "evtl", "ggf", "inkl", "zzgl", "abs", "art",
    "str", "tel", "mio", "mrd", "jh", "jhd", "sog", "st", "hl", "gen", "u.a", "z.b", "d.h", "u.s",
    "etc", "corp", "inc", "ltd", "co", "mr", "mrs", "ms", "bspw", "ff", "bd", "hrsg", "min", "max",
    "okt", "nov", "dez", "jan", "feb", "febr", "aug", "sept", "sep", "dipl", "ing", "mag", "fr",
    "hr", "u.s.a", "z", "d", "u", "o.ä", "s", "v", "chr", "n", "ebd", "vs", "mind", "rd", "zt",
];
// Abbreviations a full stop follows inside a sentence (English).
const EN_ABBREVIATIONS: Words = crate::words![
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "corp", "inc", "ltd", "co", "no", "vs",
    "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "col", "lt", "capt",
    "approx", "dept", "est", "fig", "mt", "ft", "p.m", "a.m", "cf", "al", "ave", "rev",
];

// Abbreviations a full stop follows inside a sentence (Russian). Street, avenue, square, "named after",
// "that is", "and so on", thousand, million, billion, roubles: followed by a name or a
// lower-case word, never ending a sentence. ("г." is left out: a year that ends a sentence.)
const RU_ABBREVIATIONS: Words = crate::words![
    "ул",
    "пр",
    "просп",
    "пл",
    "пер",
    "им",
    "т.е",
    "т.д",
    "т.п",
    "т.к",
    "тыс",
    "млн",
    "млрд",
    "руб",
    "см",
    "обл",
];

/// Russian months in the genitive of dates ("1 июля"); the other languages' months are the
/// fact finder's ([`crate::facts::cues::month`]).
const RU_MONTHS: Words = crate::words![
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

impl Language {
    /// Every language with stop words, in detection order.
    pub const DETECTABLE: [Language; 8] = [
        Language::De,
        Language::En,
        Language::Fr,
        Language::Es,
        Language::It,
        Language::Nl,
        Language::Pt,
        Language::Ru,
    ];

    /// The ISO 639-1 code, or "und" (undetermined) for `Other`.
    pub fn code(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::It => "it",
            Language::Nl => "nl",
            Language::Pt => "pt",
            Language::Ru => "ru",
            Language::Other => "und",
        }
    }

    /// Frequent function words, lower case.
    pub fn stop_words(self) -> Words {
        match self {
            Language::De => DE,
            Language::En => EN,
            Language::Fr => FR,
            Language::Es => ES,
            Language::It => IT,
            Language::Nl => NL,
            Language::Pt => PT,
            Language::Ru => RU,
            Language::Other => OTHER_SCRIPTS,
        }
    }

    /// Does the language write compounds as one word ("Hackerangriff", "bosbrand")? Unknown
    /// languages are assumed to (Swedish, Danish, Norwegian, Finnish do).
    pub fn closes_compounds(self) -> bool {
        matches!(self, Language::De | Language::Nl | Language::Other)
    }

    /// The Snowball algorithm for this language, if any.
    pub fn stemmer(self) -> Option<Algorithm> {
        Some(match self {
            Language::De => Algorithm::German,
            Language::En => Algorithm::English,
            Language::Fr => Algorithm::French,
            Language::Es => Algorithm::Spanish,
            Language::It => Algorithm::Italian,
            Language::Nl => Algorithm::Dutch,
            Language::Pt => Algorithm::Portuguese,
            Language::Ru => Algorithm::Russian,
            Language::Other => return None,
        })
    }

    /// Is `word_lower` (lower case, no final dot) an abbreviation that a full stop follows
    /// without ending the sentence? German and English lists are always consulted: reports
    /// quote names like "Microsoft Corp." in any language; so are the Russian ones (another
    /// script: they cannot meet a word of the others).
    pub fn is_abbreviation(self, word_lower: &str) -> bool {
        DE_ABBREVIATIONS.contains(word_lower)
            || EN_ABBREVIATIONS.contains(word_lower)
            || RU_ABBREVIATIONS.contains(word_lower)
    }

    /// Is `word_lower` a month name (in the languages the fact finder reads, or Russian)?
    pub fn is_month(word_lower: &str) -> bool {
        crate::facts::cues::month(word_lower).is_some() || RU_MONTHS.contains(word_lower)
    }

    /// Is `word_lower` a month name or its abbreviation of three letters or more ("jul")?
    pub fn is_month_or_short(word_lower: &str) -> bool {
        word_lower.chars().count() >= 3
            && (crate::facts::cues::month_starting(word_lower)
                || RU_MONTHS.iter().any(|m| m.starts_with(word_lower)))
    }
}

thread_local! {
    /// Stop word → bit set of the languages that have it.
    /// (`u32` bits and Fx hashing: the features' table of word ids has that type, so the
    /// WebAssembly bundle holds one hash table type less.)
    static STOP_INDEX: rustc_hash::FxHashMap<&'static str, u32> = {
        let mut index = rustc_hash::FxHashMap::default();
        for (i, lang) in Language::DETECTABLE.iter().enumerate() {
            for w in lang.stop_words() {
                *index.entry(w).or_insert(0u32) |= 1 << i;
            }
        }
        index
    };
}

/// Detects the language of `text` by counting stop words; `Other` when too few match.
pub fn detect(text: &str) -> Language {
    let mut counts = [0usize; Language::DETECTABLE.len()];
    let mut words = 0usize;
    let mut lower = String::new();
    STOP_INDEX.with(|index| {
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(5_000)
        {
            words += 1;
            lower.clear();
            word.chars()
                .for_each(|c| crate::case::push_lower(c, &mut lower));
            if let Some(&bits) = index.get(lower.as_str()) {
                for (i, c) in counts.iter_mut().enumerate() {
                    *c += (bits >> i & 1) as usize;
                }
            }
        }
    });
    let (best, &hits) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, c)| (c, usize::MAX - i))
        .unwrap_or((0, &0));
    // A real sentence in one of these languages is at least ~10% function words; and it is
    // written with the language's letters: Turkish ("en", "son", "de") is no French, since
    // French has no "ı", "ş" or "ğ"; nor is Romanian Spanish, Catalan Spanish or Ukrainian
    // Russian.
    let language = Language::DETECTABLE[best];
    if hits >= 2 && hits * 10 >= words && !foreign_letters(language, text) {
        language
    } else {
        Language::Other
    }
}

/// Are more than 1 % of the letters of `text` (and at least three) letters that `language`
/// does not write? Names from elsewhere ("Erdoğan" in a German report) stay below that.
fn foreign_letters(language: Language, text: &str) -> bool {
    let own: &str = match language {
        Language::De => "äöüßé",
        Language::Fr => "àâæçéèêëîïôœùûüÿ",
        Language::Es => "áéíóúüñ",
        Language::It => "àèéìíîòóùú",
        Language::Nl => "éëïóèöüáí",
        Language::Pt => "áâãàçéêíóôõú",
        // English quotes names of every Western language.
        Language::En => "éèêëïîöüäçñáíóúàâôãõßø",
        Language::Ru => "ё",
        Language::Other => return false,
    };
    let (mut letters, mut foreign) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        if c.is_ascii() || !c.is_alphabetic() {
            letters += usize::from(c.is_ascii_alphabetic());
            continue;
        }
        letters += 1;
        let c = crate::case::lower_one(c);
        let native = language == Language::Ru && ('а'..='я').contains(&c);
        foreign += usize::from(!native && !own.contains(c));
    }
    foreign >= 3 && foreign * 100 > letters
}

/// The BCP 47 tag a browser should be given for `text` in `language`: its code when Parallax
/// detected it; else the language its script tells, when the script has one main language in
/// the news (kana: Japanese, Hangul: Korean, Han alone: Chinese, Thai, Greek, Hebrew); else
/// the script alone ("und-Arab": Arabic, Persian or Urdu; "und-Deva", "und-Cyrl"); else "und".
/// Japanese glyphs differ from Chinese ones for the same code point, so a browser needs to
/// know which it shows.
pub fn tag(language: Language, text: &str) -> &'static str {
    if language != Language::Other {
        return language.code();
    }
    // Letters per script among the first 2,000 letters.
    let mut counts = [0usize; 10];
    let mut letters = 0;
    for c in text.chars().filter(|c| c.is_alphabetic()).take(2_000) {
        letters += 1;
        let script = match u32::from(c) {
            // Vowels with a hook, horn or dot below: Vietnamese ("ố", "ư", "ạ").
            0x1EA0..=0x1EF9 | 0x01A0 | 0x01A1 | 0x01AF | 0x01B0 => 9,
            0x3040..=0x30FF => 0,
            0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F => 1,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => 2,
            0x0E00..=0x0E7F => 3,
            0x0370..=0x03FF | 0x1F00..=0x1FFF => 4,
            0x0590..=0x05FF => 5,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => 6,
            0x0900..=0x097F => 7,
            0x0400..=0x04FF => 8,
            _ => continue,
        };
        counts[script] += 1;
    }
    // Kana among Han characters make Japanese, however few.
    let scripts = counts[..9].iter().sum::<usize>();
    if counts[0] > 0 && counts[0] + counts[2] >= scripts / 2 {
        return "ja";
    }
    // Latin letters are not counted; Vietnamese has one of its own in every few words (a
    // name quoted in another language's text does not make it Vietnamese).
    if counts[9] * 20 >= letters && counts[9] > scripts {
        return "vi";
    }
    let (best, &n) = counts[..9]
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (n, usize::MAX - i))
        .unwrap_or((0, &0));
    if n == 0 {
        return "und";
    }
    [
        "ja", "ko", "zh", "th", "el", "he", "und-Arab", "und-Deva", "und-Cyrl",
    ][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_written_with_other_letters_are_not_taken_for_ours() {
        let turkish = "Türkiye, Rusya'yı demiryolu sistemlerine siber saldırı yapmakla \
                       suçladı. Bakan, bunun son aylardaki en büyük saldırı olduğunu söyledi.";
        let romanian = "România acuză Rusia de un atac cibernetic asupra sistemelor \
                        feroviare. Ministrul a declarat că a fost cel mai mare atac din \
                        ultimele luni, și că guvernul va răspunde.";
        let ukrainian = "Україна звинувачує Росію в ракетних ударах по Києву. Президент \
                         заявив, що це був найбільший удар за останні місяці, і пообіцяв \
                         відповісти.";
        for text in [turkish, romanian, ukrainian] {
            assert_eq!(detect(text), Language::Other, "{text}");
        }
        // A name from elsewhere does not make a German report foreign.
        let german = "Der türkische Präsident Recep Tayyip Erdoğan hat am Montag in Ankara \
                      gesagt, dass die Regierung die Vorwürfe prüfen werde und dass es keine \
                      Beweise gebe.";
        assert_eq!(detect(german), Language::De);
    }

    #[test]
    fn tags_tell_languages_by_script_where_no_stemmer_detects_them() {
        assert_eq!(tag(Language::De, "Der Zug"), "de");
        // Latin letters of a language without stemmer, or no letters: undetermined.
        for (text, expected) in [
            ("米国と同盟国、中国のサイバー攻撃を非難", "ja"),
            ("美国指责中国发动网络攻击", "zh"),
            ("Hà Nội cấm xe máy chạy xăng trong Vành đai 1", "vi"),
            (
                "Tổng Bí thư Nguyễn Phú Trọng đã gặp tổng thống Ba Lan.",
                "vi",
            ),
            (
                "Prezydent spotkał się z Nguyễn Phú Trọngiem w Warszawie.",
                "und",
            ),
            ("중국 외교부는 비난을 부인했다", "ko"),
            ("สหรัฐฯ กล่าวหาจีน", "th"),
            ("Οι ΗΠΑ κατηγορούν την Κίνα", "el"),
            ("ארצות הברית מאשימה את סין", "he"),
            ("الولايات المتحدة تتهم الصين", "und-Arab"),
            ("अमेरिका ने चीन पर आरोप लगाया", "und-Deva"),
            ("Україна звинувачує", "und-Cyrl"),
            ("Polisen utreder branden", "und"),
            ("12 345", "und"),
        ] {
            assert_eq!(tag(Language::Other, text), expected, "{text}");
        }
    }

    #[test]
    fn detects_german_and_english() {
        assert_eq!(
            detect("Die USA und ihre Verbündeten werfen China vor, dass es Hacker beschäftigt."),
            Language::De
        );
        assert_eq!(
            detect("The United States and its allies accused China of hiring hackers."),
            Language::En
        );
    }

    #[test]
    fn detects_russian() {
        assert_eq!(
            detect("Мэр ввел режим чрезвычайной ситуации, и все бригады работают на месте."),
            Language::Ru
        );
    }

    #[test]
    fn no_function_words_means_other() {
        assert_eq!(detect("北京 否认 指控"), Language::Other);
        assert_eq!(detect(""), Language::Other);
    }
}
