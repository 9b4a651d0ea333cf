//! Weighted feature vectors of passages: stemmed terms and character n-grams, TF-IDF weighted
//! over all passages of all reports, L2-normalised.

use crate::language::Language;
use crate::lexicon::{ConceptKind, CONCEPTS};
use crate::normalize::{ngram_hashes, Token, TokenKind};
use crate::slots::Slots;
use crate::words::Words;
use rustc_hash::FxHashMap;

/// A sparse vector: (feature id, weight), sorted by id, unit length.
pub type SparseVec = Vec<(u32, f32)>;

/// Raw feature counts of one passage, unsorted.
type Counts = Vec<(u32, f32)>;

/// The views of one passage that similarity compares.
#[derive(Debug, Clone, Default)]
pub struct PassageFeatures {
    /// Stemmed content words, numbers and lexicon concepts.
    pub terms: SparseVec,
    /// Character n-grams of content words (compounds, glued words, inflection).
    pub grams: SparseVec,
    /// Anchor terms, sorted: rare terms that each report uses only once or twice, such as
    /// names, numbers and dates of one fact ("Exchange", "März", "200").
    pub anchors: Vec<u32>,
    /// Anchor numbers that name one quantity or date ("300", "14", "2022"; not small counts),
    /// sorted.
    pub quantities: Vec<u32>,
    /// Values of the whole numbers among its quantities that are rare in their reports, for
    /// figures that agree only roughly ("more than 300" / "320").
    pub figures: Vec<u64>,
    /// Years it names before the latest year the reports name ([`Source::latest_year`]): a
    /// statement of another time ("2000-ben a nagybányai ciánszennyezés után …"); [`EARLIER`]
    /// for one that names none but says "back then"; a year it names after "since" marked
    /// [`SINCE_YEAR`].
    pub past_years: Vec<u32>,
    /// Whether the passage is its report's title.
    pub title: bool,
    /// Whether the passage's report has a title.
    pub titled_report: bool,
    /// Whether it is a heading inside the body (a crosshead, a label: "Match stats").
    pub label: bool,
}

/// Statistics over all passages that weighting needs.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Passages containing each feature.
    pub df: Vec<u32>,
    /// Reports containing each feature.
    pub reports: Vec<u32>,
}

/// Fewest passages a thread weighs.
const WEIGH_PER_THREAD: usize = 2_000;

/// Numbers are strong evidence that two passages report the same fact.
const NUMBER_BOOST: f32 = 1.5;

/// What features are built from: a passage's report, tokens, the lexicon concepts it names,
/// and whether it is the report's title.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Report index.
    pub doc: usize,
    /// The report's language (compounds split only into words of their own language).
    pub language: Language,
    /// Tokens of the passage.
    pub tokens: &'a [Token],
    /// Lexicon concept indices named in it.
    pub concepts: &'a [usize],
    /// Is it the report's title?
    pub title: bool,
    /// Does its report have a title?
    pub titled_report: bool,
    /// Is it a heading inside the body (not the title)?
    pub label: bool,
    /// The latest year any report names, page furniture's time stamps included (0: none).
    pub latest_year: u32,
    /// Is it a passage's tail ([`super::tails`])? Weighed by the passages' statistics, not
    /// counted in them.
    pub tail: bool,
}

/// Weight of each part of a hyphenated compound, next to the whole compound.
const COMPOUND_PART_WEIGHT: f32 = 0.5;

/// Weight of a lexicon concept ("usa", "accuse") next to the words that name it.
const CONCEPT_WEIGHT: f32 = 1.0;

/// Weight of a family of news words next to a word's (see [`build`]).
const FAMILY_SCALE: f32 = 0.5;

/// Weight of a term or n-gram that only one report uses, when the reports are in different
/// languages: such words (most of a passage's words there) cannot meet the others' words, and
/// at full weight they hide what the passages share (names, figures, times, concepts). The
/// first two test sets in three languages: recall 0.51 / 0.93 at full weight, 0.68 / 0.93 at
/// 0.5, 0.73 / 0.93 at 0.3 (and at 0.1), precision 1.00 throughout; the third, written after
/// this value was chosen: 0.67 at full weight, 0.81 at 0.3. Reports in one language, and reports
/// of different events ([`ONE_EVENT_ANCHORS`]), are weighed as before. N-grams keep their
/// weight: weighed less, they let a lone shared figure pass [`QUANTITY_GRAMS`].
const LONE_WORD_ACROSS_LANGUAGES: f32 = 0.3;

/// Fewest rare terms (names, figures, dates, concepts) every two reports in different languages
/// share for [`LONE_WORD_ACROSS_LANGUAGES`] to apply. The reports of the first two sets in
/// three languages share 15 to 31; reports of different events 2 to 6 (an English ferry report beside
/// the German example: 2), and there lone words weighed less made the few shared words link
/// unrelated statements (16 test sets in pairs of different events: 29 wrong groups with the
/// weighting always on, 16 with this gate, as without the weighting).
const ONE_EVENT_ANCHORS: usize = 8;

/// Are the reports in more than one language, and does every two of them in different
/// languages share [`ONE_EVENT_ANCHORS`] anchor terms?
fn one_event_across_languages(
    passages: &[Source],
    raw: &[(Counts, Counts)],
    is_anchor: impl Fn(u32) -> bool,
) -> bool {
    let docs = passages.iter().map(|p| p.doc + 1).max().unwrap_or(0);
    // (A report without passages counts as one in another language that shares nothing.)
    let mut language = vec![Language::Other; docs];
    let mut anchors: Vec<Vec<u32>> = vec![Vec::new(); docs];
    for ((terms, _), p) in raw.iter().zip(passages) {
        language[p.doc] = p.language;
        anchors[p.doc].extend(terms.iter().map(|&(id, _)| id).filter(|&id| is_anchor(id)));
    }
    for list in &mut anchors {
        crate::sort::ascending(list);
        list.dedup();
    }
    let mut differ = false;
    for a in 0..docs {
        for b in a + 1..docs {
            if language[a] != language[b] {
                differ = true;
                if count_shared(&anchors[a], &anchors[b]) < ONE_EVENT_ANCHORS {
                    return false;
                }
            }
        }
    }
    differ
}

/// Builds features for every passage.
///
/// Feature ids are shared across reports (one dictionary), so dot products compare them.
pub fn build<'a>(passages: &[Source<'a>]) -> (Vec<PassageFeatures>, Corpus) {
    let mut dict = Dictionary::default();
    let closed = closed_compounds(passages);
    let heads = shared_heads(passages);
    // Per passage: raw term counts and raw n-gram counts.
    let mut raw: Vec<(Counts, Counts)> = Vec::with_capacity(passages.len());
    let past_years: Vec<Vec<u32>> = passages
        .iter()
        .map(|p| {
            let mut years = years_named(p.tokens, true);
            years.retain(|&y| y & !SINCE_YEAR < p.latest_year);
            if years.iter().all(|&y| y & SINCE_YEAR != 0) && p.concepts.contains(&EARLIER_CONCEPT) {
                years.push(EARLIER);
            }
            years
        })
        .collect();
    let mut gram_buf = Vec::new();
    // Per distinct key, its term id, closed-compound parts and n-grams: words recur, and
    // looking them up again (or hashing their n-grams again) is wasted work. Ids are given in
    // the order features are first met, as a token-by-token pass would.
    let mut by_key: crate::slots::Slots<&str, KeyFeatures> = crate::slots::Slots::default();
    let (mut terms, mut grams) = (Tally::default(), Tally::default());
    // Term ids of numbers that name one quantity (see `is_quantity`) with their value when
    // they are whole numbers (0 otherwise); sorted by id below, then looked up by binary search.
    let mut quantity_ids: Vec<(u32, u64)> = Vec::new();
    for &Source {
        tokens,
        concepts,
        language,
        ..
    } in passages
    {
        for &c in concepts {
            if c != EARLIER_CONCEPT {
                terms.add(dict.concept(c), CONCEPT_WEIGHT);
            }
        }
        // "3 km" meets "3.000 Meter": one amount in one unit, a quantity like a rare figure.
        for measure in crate::normalize::measures(tokens) {
            let (id, new) = dict.measure(measure);
            if new {
                quantity_ids.push((id, 0));
            }
            terms.add(id, NUMBER_BOOST);
        }
        for t in tokens.iter().filter(|t| t.is_content()) {
            let boost = if t.kind == TokenKind::Number {
                NUMBER_BOOST
            } else {
                1.0
            };
            let key = &*t.key;
            let features = by_key.or_insert_with(key, || {
                let term = dict.term(key);
                if t.kind == TokenKind::Number && is_quantity(key) {
                    quantity_ids.push((term, whole_value(key)));
                }
                for part in hyphen_parts(t) {
                    dict.term(part);
                }
                let closed = closed.get(language, key).iter();
                let closed = closed.map(|&part| dict.term(part)).collect();
                gram_buf.clear();
                ngram_hashes(key, &mut gram_buf);
                let grams = gram_buf.iter().map(|&g| dict.gram(g)).collect();
                KeyFeatures {
                    term,
                    closed,
                    grams,
                }
            });
            terms.add(features.term, boost);
            // "Exchange-Server" also meets "Exchange Server" and "Server".
            for part in hyphen_parts(t) {
                terms.add(dict.term(part), COMPOUND_PART_WEIGHT);
            }
            // "Regionalzug" also meets "Zug", "Traktorfahrer" meets "Traktor" and "Fahrer".
            for &id in &features.closed {
                terms.add(id, COMPOUND_PART_WEIGHT);
            }
            for &id in &features.grams {
                grams.add(id, 1.0);
            }
            // A run of Thai (Lao, Khmer, Myanmar) letters is a phrase of several words: its
            // three-letter pieces are its terms too, as a reader finds its syllables again.
            if key.starts_with(crate::normalize::is_unspaced_letter) {
                // Where each of the last three characters starts.
                let (mut starts, mut count) = ([0usize; 3], 0);
                for (i, _) in key.char_indices() {
                    if count >= 3 {
                        terms.add(dict.term(&key[starts[count % 3]..i]), 1.0);
                    }
                    starts[count % 3] = i;
                    count += 1;
                }
                if count >= 3 {
                    terms.add(dict.term(&key[starts[count % 3]..]), 1.0);
                }
            }
            // Without a stemmer, "satakunnassa" meets "satakuntaan" by their shared head.
            if language == Language::Other && t.kind == TokenKind::Word {
                if let Some(head) = word_head(key).filter(|h| heads.contains_key(h)) {
                    terms.add(dict.term(head), 1.0);
                }
            }
        }
        raw.push((terms.take(), grams.take()));
    }
    crate::sort::by_key(&mut quantity_ids, |&(id, _)| id);
    let quantity = |id: u32| {
        quantity_ids
            .binary_search_by_key(&id, |&(id, _)| id)
            .ok()
            .map(|i| quantity_ids[i].1)
    };
    let features_total = dict.next as usize;
    let mut df = vec![0u32; features_total];
    let mut reports = vec![0u32; features_total];
    let mut last_doc = vec![usize::MAX; features_total];
    for ((terms, grams), src) in raw.iter().zip(passages).filter(|(_, src)| !src.tail) {
        for &(id, _) in terms.iter().chain(grams) {
            df[id as usize] += 1;
            if last_doc[id as usize] != src.doc {
                last_doc[id as usize] = src.doc;
                reports[id as usize] += 1;
            }
        }
    }
    let is_anchor = |id: u32| {
        let (d, r) = (df[id as usize], reports[id as usize]);
        r >= 2 && d <= 2 * r
    };
    let n = passages.iter().filter(|p| !p.tail).count().max(1) as f32;
    let mut idf: Vec<f32> = df
        .iter()
        .map(|&d| (1.0 + n / d.max(1) as f32).ln())
        .collect();
    // A family of news words ("blaze", "fire") is weaker evidence than one word: two
    // passages that use the same word share the word and the family.
    for (&c, &id) in &dict.concepts {
        if CONCEPTS[c as usize].kind == ConceptKind::Related {
            idf[id as usize] *= FAMILY_SCALE;
        }
    }
    // Reports of one event in different languages: a word only one report uses weighs less,
    // since the others could not have used it (see [`LONE_WORD_ACROSS_LANGUAGES`]).
    let one_event_across_languages = one_event_across_languages(passages, &raw, is_anchor);
    let lone = |id: u32| {
        if one_event_across_languages && reports[id as usize] <= 1 {
            LONE_WORD_ACROSS_LANGUAGES
        } else {
            1.0
        }
    };
    let weigh = |v: &[(u32, f32)], lone_words_lighter: bool| -> SparseVec {
        let mut v: SparseVec = v
            .iter()
            .map(|&(id, tf)| {
                let lone = if lone_words_lighter { lone(id) } else { 1.0 };
                (id, (1.0 + tf.ln().max(0.0)) * idf[id as usize] * lone)
            })
            .collect();
        crate::sort::by_unique_key(&mut v, |&(id, _)| id); // one entry per id
        let norm = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        v
    };
    // Each passage is weighed on its own: natively, slices of passages run on all cores.
    let features = crate::parallel::map_ranges(raw.len(), WEIGH_PER_THREAD, |range| {
        raw[range.clone()]
            .iter()
            .zip(&passages[range.clone()])
            .zip(&past_years[range])
            .map(|(((t, g), src), past)| {
                let mut anchors: Vec<u32> = t
                    .iter()
                    .map(|&(id, _)| id)
                    .filter(|&id| is_anchor(id))
                    .collect();
                crate::sort::ascending(&mut anchors);
                let quantities = anchors
                    .iter()
                    .copied()
                    .filter(|&id| quantity(id).is_some())
                    .collect();
                let figures = t
                    .iter()
                    .filter(|&&(id, _)| df[id as usize] <= 2 * reports[id as usize])
                    .filter_map(|&(id, _)| quantity(id))
                    .filter(|&v| v > 0)
                    .collect();
                PassageFeatures {
                    past_years: past.clone(),
                    quantities,
                    figures,
                    terms: weigh(t, true),
                    grams: weigh(g, false),
                    anchors,
                    title: src.title,
                    titled_report: src.titled_report,
                    label: src.label,
                }
            })
            .collect()
    });
    (features, Corpus { df, reports })
}

/// One id space for all features: words, numbers and compound parts by key, lexicon concepts by
/// index, n-grams by hash; ids in the order features are first met.
#[derive(Default)]
struct Dictionary<'a> {
    terms: FxHashMap<&'a str, u32>,
    /// (`u64` keys, as the n-grams': one hash table type for both in the WebAssembly bundle.)
    concepts: FxHashMap<u64, u32>,
    grams: FxHashMap<u64, u32>,
    next: u32,
}

impl<'a> Dictionary<'a> {
    fn id<K: std::hash::Hash + Eq>(next: &mut u32, map: &mut FxHashMap<K, u32>, key: K) -> u32 {
        *map.entry(key).or_insert_with(|| {
            *next += 1;
            *next - 1
        })
    }

    fn term(&mut self, key: &'a str) -> u32 {
        Self::id(&mut self.next, &mut self.terms, key)
    }

    fn concept(&mut self, concept: usize) -> u32 {
        Self::id(&mut self.next, &mut self.concepts, concept as u64)
    }

    /// An amount in a unit ([`crate::normalize::measures`]), and whether it is new. Amounts
    /// share the n-gram table (one hash table type less in the WebAssembly bundle): their key
    /// hashes bytes that start with 0xFF, which no n-gram's UTF-8 does.
    fn measure(&mut self, (quantity, amount): (u8, u64)) -> (u32, bool) {
        let mut bytes = [0xFF; 10];
        bytes[1] = quantity;
        bytes[2..].copy_from_slice(&amount.to_le_bytes());
        let known = self.grams.len();
        let id = self.gram(crate::normalize::hash_bytes(&bytes));
        (id, self.grams.len() > known)
    }

    fn gram(&mut self, hash: u64) -> u32 {
        Self::id(&mut self.next, &mut self.grams, hash)
    }
}

/// What a distinct word key contributes: its term id, the ids of its closed-compound parts and
/// of its character n-grams.
struct KeyFeatures {
    term: u32,
    closed: Vec<u32>,
    grams: Vec<u32>,
}

/// The two parts of a hyphenated compound token, if it is one.
fn hyphen_parts(t: &Token) -> impl Iterator<Item = &str> {
    t.parts
        .as_deref()
        .into_iter()
        .flat_map(|(first, last)| [first.as_str(), last.as_str()])
}

/// Weights per feature id of one passage: a dense array with the ids touched, cheaper than a
/// hash map per passage.
#[derive(Default)]
struct Tally {
    dense: Vec<f32>,
    touched: Vec<u32>,
}

impl Tally {
    fn add(&mut self, id: u32, weight: f32) {
        let i = id as usize;
        if i >= self.dense.len() {
            self.dense.resize(i + 1, 0.0);
        }
        if self.dense[i] == 0.0 {
            self.touched.push(id);
        }
        self.dense[i] += weight;
    }

    /// The weights added since the last call, and a clean tally.
    fn take(&mut self) -> Counts {
        let out = self
            .touched
            .iter()
            .map(|&id| (id, std::mem::take(&mut self.dense[id as usize])))
            .collect();
        self.touched.clear();
        out
    }
}

/// Letters of a word's head ([`word_head`]).
const HEAD_LETTERS: usize = 6;

/// Fewest letters after the head: shorter words have no ending worth cutting off.
const ENDING_LETTERS: usize = 2;

/// The first [`HEAD_LETTERS`] letters of a word of at least [`ENDING_LETTERS`] more.
fn word_head(key: &str) -> Option<&str> {
    let end = key.char_indices().nth(HEAD_LETTERS).map(|(i, _)| i)?;
    (key[end..].chars().count() >= ENDING_LETTERS).then(|| &key[..end])
}

/// Heads of words in languages without a stemmer that two different words of two different
/// reports begin with ("satakunnassa" / "satakuntaan", "kotitaloudesta" / "kotitaloutta"): the
/// texts' own vocabulary stands in for a stemmer, and a head no other report's different word
/// shares adds nothing.
fn shared_heads<'a>(passages: &[Source<'a>]) -> FxHashMap<&'a str, u32> {
    // Head → its first word and report (as an index into `first`), or `u32::MAX` once shared:
    // one map of the type the dictionary uses, not two new ones (bundle size).
    let mut heads: FxHashMap<&'a str, u32> = FxHashMap::default();
    let mut first: Vec<(usize, &'a str)> = Vec::new();
    for p in passages.iter().filter(|p| p.language == Language::Other) {
        for t in p
            .tokens
            .iter()
            .filter(|t| t.is_content() && t.kind == TokenKind::Word)
        {
            let key: &'a str = &t.key;
            let Some(head) = word_head(key) else { continue };
            let at = *heads.entry(head).or_insert_with(|| {
                first.push((p.doc, key));
                first.len() as u32 - 1
            });
            if let Some(&(doc, word)) = first.get(at as usize) {
                if doc != p.doc && word != key {
                    heads.insert(head, u32::MAX);
                }
            }
        }
    }
    heads.retain(|_, at| *at == u32::MAX);
    heads
}

/// Shortest closed compound that is split, in characters.
const MIN_COMPOUND: usize = 7;

/// Shortest head ("zug" in "regionalzug") and modifier ("traktor" in "traktorfahrer").
const MIN_HEAD: usize = 3;
const MIN_MODIFIER: usize = 4;

/// Closed compounds among the content words of all passages, split where the parts are words
/// of the same texts: key → its longest head and longest modifier that occur on their own
/// ("regionalzug" → "zug"; "traktorfahrer" → "fahrer", "traktor"). A linking "s" may join
/// the modifier ("sicherheitsrat" → "sicherheit"). Splitting by the texts' own vocabulary needs
/// no dictionary and no language rules; parts come from reports in the compound's own language
/// (German "betroffen" does not end in English "off").
fn closed_compounds<'a>(passages: &[Source<'a>]) -> Compounds<'a> {
    // Each language's words (a set, as slots of nothing: one hash table type less in the
    // WebAssembly bundle), and every word once in the order met.
    let mut vocabulary: Vec<(Language, Slots<&str, ()>)> = Vec::new();
    let mut words: Vec<(usize, &str)> = Vec::new();
    for p in passages {
        let slot = match vocabulary.iter().position(|(l, _)| *l == p.language) {
            Some(slot) => slot,
            None => {
                vocabulary.push((p.language, Slots::default()));
                vocabulary.len() - 1
            }
        };
        let known = &mut vocabulary[slot].1;
        for t in p.tokens {
            if t.is_content() && t.kind == TokenKind::Word && !known.contains_key(&*t.key) {
                known.insert(&*t.key, ());
                words.push((slot, &*t.key));
            }
        }
    }
    let mut out = Compounds(
        vocabulary
            .iter()
            .map(|(l, _)| (*l, Slots::default()))
            .collect(),
    );
    for &(slot, key) in &words {
        // Parts are words of the same language: German "betroffen" is not English "off".
        let known = |w: &str| vocabulary[slot].1.contains_key(w);
        if key.len() > crate::normalize::LONGEST_COMPOUND {
            continue;
        }
        let chars = key.chars().count();
        if chars < MIN_COMPOUND || !key.chars().all(char::is_alphabetic) {
            continue;
        }
        let cut_points: Vec<usize> = key.char_indices().map(|(i, _)| i).skip(1).collect();
        let cuts = || cut_points.iter().copied();
        let head = cuts()
            .filter(|&i| key[..i].chars().count() >= MIN_MODIFIER)
            .map(|i| &key[i..])
            .find(|h| h.chars().count() >= MIN_HEAD && known(h));
        let modifier = cuts()
            .rev()
            .map(|i| &key[..i])
            .filter(|m| m.chars().count() >= MIN_MODIFIER && chars - m.chars().count() >= MIN_HEAD)
            .find_map(|m| {
                let bare = m
                    .strip_suffix('s')
                    .filter(|b| b.chars().count() >= MIN_MODIFIER);
                [Some(m), bare].into_iter().flatten().find(|w| known(w))
            });
        let parts: Vec<&str> = head.into_iter().chain(modifier).collect();
        if !parts.is_empty() {
            out.0[slot].1.insert(key, parts);
        }
    }
    out
}

/// The parts of closed compounds, per language and word key ([`closed_compounds`]).
struct Compounds<'a>(Vec<(Language, Slots<&'a str, Vec<&'a str>>)>);

impl<'a> Compounds<'a> {
    /// The parts of `key`, a word of `language`; empty for a word that is no compound.
    fn get(&self, language: Language, key: &str) -> &[&'a str] {
        self.0
            .iter()
            .find(|(l, _)| *l == language)
            .and_then(|(_, parts)| parts.get(key))
            .map_or(&[], Vec::as_slice)
    }
}

/// Dot product of two sorted sparse vectors.
pub fn dot(a: &SparseVec, b: &SparseVec) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Share of the term view in the combined similarity (the rest is n-grams).
pub const TERM_SHARE: f32 = 0.5;

/// Bonus per shared anchor term, and the most anchors can add.
pub const ANCHOR_BONUS: f32 = 0.04;
const ANCHOR_CAP: f32 = 0.08;

/// Bonus when both passages name the same rare quantity (an anchor number that
/// [`is_quantity`]): two reports giving one figure ("300 mm" / "300 millimètres", "14
/// Fahrgäste" / "Vierzehn Reisende", an inspection "in 2022") state the same fact however they
/// phrase the rest.
pub const QUANTITY_BONUS: f32 = 0.15;

/// Bonus when both passages are titles: headlines of reports on one event sum up the same core.
pub const TITLE_BONUS: f32 = 0.2;

/// Similarity of two passages in 0–1: cosine of terms blended with cosine of n-grams, plus
/// bonuses for shared anchors (rare names, numbers, dates) and for two titles.
pub fn similarity(a: &PassageFeatures, b: &PassageFeatures) -> f32 {
    if title_meets_sentence(a, b) {
        return 0.0;
    }
    let terms = dot(&a.terms, &b.terms);
    // Passages without a single shared word or concept never state the same thing; skipping
    // their (long) n-gram vectors makes comparing every pair of a small input cheap.
    if terms == 0.0 || lone_word_of_a_label(a, b) {
        return 0.0;
    }
    combine(terms, dot(&a.grams, &b.grams), a, b)
}

/// A label of two words or fewer ("Match stats", "Line-ups") that shares one word with the
/// other passage, and no figure ("Attendance: 84,112"), names a topic, not a statement: "A crowd
/// of 84,112 watched the match" is not about "Match stats".
fn lone_word_of_a_label(a: &PassageFeatures, b: &PassageFeatures) -> bool {
    (a.label || b.label)
        && count_shared_ids(&a.terms, &b.terms) == 1
        && count_shared(&a.quantities, &b.quantities) == 0
}

/// Number of features two sparse vectors share.
fn count_shared_ids(a: &SparseVec, b: &SparseVec) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Similarity of two headlines, also when they share no word: [`similarity`] without its
/// shortcut (headlines of one event often say it in different words, and n-grams still count).
pub fn headline_similarity(a: &PassageFeatures, b: &PassageFeatures) -> f32 {
    combine(dot(&a.terms, &b.terms), dot(&a.grams, &b.grams), a, b)
}

/// A title sums up its whole report, so it aligns with the other reports' titles, not with a
/// sentence of a report that has a title of its own (whose words it often shares).
fn title_meets_sentence(a: &PassageFeatures, b: &PassageFeatures) -> bool {
    a.title != b.title && a.titled_report && b.titled_report
}

/// The similarity from the two cosines plus the anchor and title bonuses.
fn combine(terms: f32, grams: f32, a: &PassageFeatures, b: &PassageFeatures) -> f32 {
    let base = TERM_SHARE * terms + (1.0 - TERM_SHARE) * grams;
    let shared = count_shared(&a.anchors, &b.anchors) as f32;
    let title = if a.title && b.title { TITLE_BONUS } else { 0.0 };
    let quantity = if shares_a_quantity_and_more(a, b, grams) {
        QUANTITY_BONUS
    } else {
        0.0
    };
    let score = (base + (shared * ANCHOR_BONUS).min(ANCHOR_CAP) + title + quantity).min(1.0);
    if of_another_time(a, b) {
        score * OTHER_TIME_SHARE
    } else {
        score
    }
}

/// Share of a similarity left when one passage names a past year the other does not name: a
/// statement of another time, a topical neighbour (the cyanide spill of 2000 and this week's
/// dead fish; "Bereits im Sommer 2024 hatte es auf dem Gelände gebrannt" and this fire). Over
/// the twenty-four test sets 0.6 keeps every link but the Hungarian set's spill (0.4 loses a
/// Czech sure pair, whose background sentence names a year).
const OTHER_TIME_SHARE: f32 = 0.6;

/// The past "year" of a passage that names no year but says "back then" (lexicon concept
/// "earlier": "damals", "à l'époque"): "Erst im März hatte es … gebrannt, damals entstand ein
/// Schaden von 500.000 Euro" is not this fire's damage.
const EARLIER: u32 = 0;

/// The lexicon's "back then" marker.
const EARLIER_CONCEPT: usize = crate::lexicon::concept_index("earlier");

/// Does `a` or `b` name a past year that the other does not name, "since" that year or not?
fn of_another_time(a: &PassageFeatures, b: &PassageFeatures) -> bool {
    unmet_year(&a.past_years, &b.past_years) || unmet_year(&b.past_years, &a.past_years)
}

/// Does `x` name a past year (not only "since" it) that `y` does not name at all?
fn unmet_year(x: &[u32], y: &[u32]) -> bool {
    x.iter()
        .any(|&v| v & SINCE_YEAR == 0 && !y.iter().any(|&w| w & !SINCE_YEAR == v))
}

/// Marks a past year that starts a time lasting until now ("since 2018") in
/// [`PassageFeatures::past_years`]: not a time of its own, but the same year as "in 2018".
const SINCE_YEAR: u32 = 1 << 31;

/// The years (1900–2100, four digits) that `tokens` name, also as a part of a compound
/// ("2000-ben"), ascending, each once; with `mark_since`, those that start a time lasting
/// until now ("seit 2019") marked [`SINCE_YEAR`] (so after the others). (Plain loops: written
/// with iterator adapters over the compound's parts, the rule cost 1.7 KB gzip more code in
/// the browser bundle.)
pub fn years_named(tokens: &[Token], mark_since: bool) -> Vec<u32> {
    let mut years = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let before = years.len();
        let mut add = |key: &str| {
            if key.len() == 4 {
                if let Some(v) = crate::normalize::digits_value(key) {
                    if (1900..=2100).contains(&v) {
                        years.push(v as u32);
                    }
                }
            }
        };
        add(&t.key);
        if let Some((first, last)) = t.parts.as_deref() {
            add(first);
            add(last);
        }
        // "seit 2019", "depuis 2019", "2019 óta": a time that lasts until now, not a past one.
        let since = |at: usize| tokens.get(at).is_some_and(|w| SINCE.contains(&w.key));
        if years.len() > before && mark_since && (since(i.wrapping_sub(1)) || since(i + 1)) {
            years[before..].iter_mut().for_each(|y| *y |= SINCE_YEAR);
        }
    }
    crate::sort::ascending(&mut years);
    years.dedup();
    years
}

/// Keys of words next to a year that make it the start of a time lasting until now ("seit",
/// "since", "depuis", "desde", "dal", "sinds", "с", "od", "sejak", "din", "sedan"; after it:
/// "óta", "beri", "lähtien").
const SINCE: Words = crate::words![
    "seit", "sinc", "depuis", "desd", "dal", "sind", "с", "od", "sejak", "din", "sedan", "óta",
    "beri", "lähtien"
];

/// One passage's features spread over a dense array, so scoring it against many others costs
/// one pass over each other passage's features instead of a merge of two sorted lists.
#[derive(Debug, Clone, Default)]
pub struct Scattered {
    dense: Vec<f32>,
    loaded: Vec<u32>,
}

impl Scattered {
    /// An empty scatter for feature ids below `features`.
    pub fn new(features: usize) -> Self {
        Self {
            dense: vec![0.0; features],
            loaded: Vec::new(),
        }
    }

    /// Replaces the loaded passage by `a` (term and n-gram ids share one id space).
    pub fn load(&mut self, a: &PassageFeatures) {
        for &id in &self.loaded {
            self.dense[id as usize] = 0.0;
        }
        self.loaded.clear();
        for &(id, w) in a.terms.iter().chain(&a.grams) {
            if let Some(slot) = self.dense.get_mut(id as usize) {
                *slot = w;
                self.loaded.push(id);
            }
        }
    }

    fn dot(&self, v: &SparseVec) -> f32 {
        v.iter()
            .map(|&(id, w)| self.dense.get(id as usize).map_or(0.0, |&d| d * w))
            .sum()
    }

    /// [`similarity`] of the loaded passage `a` and `b`; the same value, computed faster.
    pub fn similarity(&self, a: &PassageFeatures, b: &PassageFeatures) -> f32 {
        if title_meets_sentence(a, b) {
            return 0.0;
        }
        let terms = self.dot(&b.terms);
        if terms == 0.0 || lone_word_of_a_label(a, b) {
            return 0.0;
        }
        combine(terms, self.dot(&b.grams), a, b)
    }
}

/// Does the number key `key` name one quantity or date ("300" mm, "14" injured, "23,50" euros,
/// "2022", "4,75" per cent)? Counts up to twelve are not: unrelated statements share them, as
/// they share clock hours and months; a figure with decimals is no count. (A year that dates
/// many statements of a report is no anchor anyway.)
fn is_quantity(key: &str) -> bool {
    if key.contains(':') {
        return true; // a time of day ("03:10")
    }
    // Number keys are digits with maybe a decimal comma; the whole part decides (no float
    // parsing: its code added 16 KB gzip to the WebAssembly bundle).
    let (whole, fraction) = key.split_once(',').unwrap_or((key, ""));
    let whole = whole.trim_start_matches('0');
    whole.bytes().all(|b| b.is_ascii_digit())
        && (whole.len() > 2 || whole.parse::<u32>().is_ok_and(|v| v >= 13) || !fraction.is_empty())
}

/// The value of a number key of digits only ("320"), 0 for any other ("23,50") or an
/// overflow.
fn whole_value(key: &str) -> u64 {
    crate::normalize::digits_value(key).unwrap_or(0)
}

/// Cosine of character n-grams from which two passages that share a quantity also share a
/// word in other forms ("14 Fahrgäste verletzt" / "Vierzehn Reisende erlitten Verletzungen":
/// "verletzt" and "Verletzungen" stem apart). The sets give the same links from 0.05 to 0.15.
const QUANTITY_GRAMS: f32 = 0.1;

/// Do `a` and `b` share an anchor quantity and a term besides (a word, a compound part, a
/// concept or another number), or words in other forms (their n-gram cosine `grams` reaches
/// [`QUANTITY_GRAMS`])? A lone shared number is no evidence: "14 injured" and "at 14 o'clock"
/// are different statements.
fn shares_a_quantity_and_more(a: &PassageFeatures, b: &PassageFeatures, grams: f32) -> bool {
    let quantities = count_shared(&a.quantities, &b.quantities);
    let near = || {
        a.figures
            .iter()
            .any(|&x| b.figures.iter().any(|&y| roughly_equal(x, y)))
    };
    (quantities > 0 || near())
        && (grams >= QUANTITY_GRAMS || {
            let ids = |f: &PassageFeatures| f.terms.iter().map(|&(id, _)| id).collect::<Vec<_>>();
            count_shared(&ids(a), &ids(b)) > quantities
        })
}

/// Smallest figure that may agree only roughly with another (smaller counts differ by one or
/// two for different things: "14 injured", "15 buildings").
const ROUGH_FROM: u64 = 100;

/// Do two different figures give one quantity in round and exact terms ("more than 300" /
/// "320", "almost 120" / "118", "30 000" / "29 500")? One of them is round (two significant
/// digits at most), the other lies within a tenth of it, and neither is a year (2021 and 2020
/// are different dates). Reports that give one figure differently still state one fact, and
/// the word diff then shows where their numbers differ.
fn roughly_equal(x: u64, y: u64) -> bool {
    let (lo, hi) = (x.min(y), x.max(y));
    let year = |v: u64| (1900..=2100).contains(&v);
    let round = |mut v: u64| {
        while v != 0 && v.is_multiple_of(10) {
            v /= 10;
        }
        v < 100
    };
    lo != hi
        && lo >= ROUGH_FROM
        && !year(lo)
        && !year(hi)
        && (round(lo) || round(hi))
        && (hi - lo) * 10 <= if round(lo) { lo } else { hi }
}

/// Number of common elements of two sorted lists.
fn count_shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::normalize::Normalizer;

    fn tokens_of(norm: &Normalizer, texts: &[&str]) -> Vec<Vec<Token>> {
        texts.iter().map(|t| norm.tokens(t, 0..t.len())).collect()
    }

    /// The lexicon concepts each passage names.
    fn concepts_of(
        language: Language,
        norm: &Normalizer,
        tokens: &[Vec<Token>],
    ) -> Vec<Vec<usize>> {
        let lexicon = crate::lexicon::Lexicon::new(language);
        lexicon.load(norm, tokens);
        tokens.iter().map(|t| lexicon.find(t)).collect()
    }

    /// One passage per report; with `first_is_title`, report 0's passage is its title.
    fn sources(tokens: &[Vec<Token>], first_is_title: bool) -> Vec<Source<'_>> {
        tokens
            .iter()
            .enumerate()
            .map(|(doc, t)| Source {
                doc,
                language: Language::De,
                tokens: t,
                concepts: &[],
                title: first_is_title && doc == 0,
                titled_report: first_is_title && doc == 0,
                label: false,
                latest_year: 2026,
                tail: false,
            })
            .collect()
    }

    #[test]
    fn a_label_that_shares_one_word_and_no_figure_is_no_counterpart() {
        let texts = [
            "A crowd of 84,112 watched the match.",
            "Match stats",
            "Attendance: 84,112",
            "They watched the match.",
        ];
        let norm = Normalizer::new(Language::En);
        let tokens = tokens_of(&norm, &texts);
        let mut src = sources(&tokens, false);
        src[1].label = true;
        src[2].label = true;
        let (f, corpus) = build(&src);
        let mut scatter = Scattered::new(corpus.df.len());
        scatter.load(&f[0]);
        // The label shares "match" alone; the attendance shares its figure; two sentences
        // sharing one word are left to the similarity.
        assert_eq!(similarity(&f[0], &f[1]), 0.0);
        assert_eq!(scatter.similarity(&f[0], &f[1]), 0.0);
        assert!(similarity(&f[0], &f[2]) > 0.3);
        assert!(similarity(&f[3], &f[0]) > 0.0);
        src[1].label = false;
        let (plain, _) = build(&src);
        assert!(similarity(&plain[0], &plain[1]) > 0.0);
    }

    #[test]
    fn a_family_of_news_words_bridges_its_words_at_less_than_one_word() {
        let texts = [
            "The blaze destroyed the old warehouse.",
            "A fire destroyed the old warehouse.",
            "The fire destroyed the old warehouse.",
            "Talks on the port budget went on.",
        ];
        let norm = Normalizer::new(Language::En);
        let tokens = tokens_of(&norm, &texts);
        let concepts = concepts_of(Language::En, &norm, &tokens);
        // (blaze / fire, fire / fire), with or without the lexicon's concepts.
        let scores = |with_concepts: bool| {
            let src: Vec<Source> = tokens
                .iter()
                .zip(&concepts)
                .enumerate()
                .map(|(doc, (tokens, c))| Source {
                    doc,
                    language: Language::En,
                    tokens,
                    concepts: if with_concepts { c } else { &[] },
                    title: false,
                    titled_report: false,
                    label: false,
                    latest_year: 0,
                    tail: false,
                })
                .collect();
            let (f, _) = build(&src);
            (similarity(&f[0], &f[1]), similarity(&f[1], &f[2]))
        };
        let (blaze_fire, fire_fire) = scores(true);
        let (words_only, _) = scores(false);
        assert!(blaze_fire > words_only, "{blaze_fire} {words_only}");
        assert!(fire_fire > blaze_fire, "{fire_fire} {blaze_fire}");
    }

    #[test]
    fn a_statement_of_another_year_counts_less() {
        // The same words, once about this year's flood and once about the flood of 2019 (the
        // reports' latest year is 2026): a topical neighbour, its similarity cut.
        let texts = [
            "The river flooded the old town and 300 homes.",
            "The river flooded the old town and 300 homes in 2019.",
            "In 2019 the river flooded the old town and 300 homes.",
            "The river flooded the old town and 300 homes again.",
        ];
        let norm = Normalizer::new(Language::En);
        let tokens = tokens_of(&norm, &texts);
        let (f, _) = build(&sources(&tokens, false));
        assert_eq!(f[1].past_years, [2019]);
        let now_then = similarity(&f[0], &f[1]);
        let now_now = similarity(&f[0], &f[3]);
        assert!(now_then < 0.7 * now_now, "{now_then} {now_now}");
        // Two statements of the same past year are one time.
        assert!(similarity(&f[1], &f[2]) > 0.7);
        // The years a token names, in a compound too; not other numbers.
        let years = |text: &str| years_named(&norm.tokens(text, 0..text.len()), false);
        assert_eq!(
            years("2024, 2000-ben, 1850, 12345, 300, 2101, 2024"),
            [2000, 2024]
        );
        // A time that lasts until now starts in its year: no statement of that year, marked.
        let past = |text: &str| years_named(&norm.tokens(text, 0..text.len()), true);
        assert_eq!(
            past("The plant has built it since 2019, in 2018 not."),
            [2018, 2019 | SINCE_YEAR]
        );
        assert_eq!(years("The plant has built it since 2019."), [2019]);
        let hungarian = Normalizer::new(Language::Other);
        let text = "2019 óta gyártják, 2018-ban nem.";
        assert_eq!(
            years_named(&hungarian.tokens(text, 0..text.len()), true),
            [2018, 2019 | SINCE_YEAR]
        );
    }

    #[test]
    fn since_a_year_is_that_year_not_another_time() {
        // "bought it in 2018" and "has owned it since 2018" name one year; "in 2016" another.
        let texts = [
            "Castlegate bought the chain in 2018 for 2.9 billion pounds.",
            "The chain has been owned by Castlegate since 2018.",
            "The chain has been owned by Castlegate, which bought it in 2016.",
        ];
        let norm = Normalizer::new(Language::En);
        let tokens = tokens_of(&norm, &texts);
        let mut src = sources(&tokens, false);
        src.iter_mut().for_each(|s| s.latest_year = 2026);
        let (f, _) = build(&src);
        assert!(!of_another_time(&f[0], &f[1]));
        assert!(of_another_time(&f[1], &f[2]));
        assert!(of_another_time(&f[0], &f[2]));
    }

    #[test]
    fn a_statement_back_then_counts_less_unless_it_names_its_year() {
        // An earlier fire's damage ("damals") is a topical neighbour of this fire's; a
        // statement that names its past year is of that year, "damals" or not.
        let texts = [
            "Der Schaden liegt bei etwa 500.000 Euro.",
            "Erst im März hatte es gebrannt, damals entstand ein Schaden von 500.000 Euro.",
            "Erst im März hatte es gebrannt, es entstand ein Schaden von 500.000 Euro.",
            "Schon 2019 hatte es gebrannt, damals entstand ein Schaden von 500.000 Euro.",
        ];
        let norm = Normalizer::new(Language::De);
        let tokens = tokens_of(&norm, &texts);
        let concepts = concepts_of(Language::De, &norm, &tokens);
        let mut src = sources(&tokens, false);
        for (s, c) in src.iter_mut().zip(&concepts) {
            s.concepts = c;
        }
        let (f, _) = build(&src);
        assert_eq!(f[1].past_years, [EARLIER]);
        assert_eq!(f[3].past_years, [2019]);
        let (then, plain) = (similarity(&f[0], &f[1]), similarity(&f[0], &f[2]));
        assert!(then < 0.7 * plain, "{then} {plain}");
        // A year named says which earlier time: 2019 is not last March.
        assert!(similarity(&f[1], &f[3]) < 0.7 * similarity(&f[1], &f[1]));
    }

    #[test]
    fn closed_compounds_split_by_the_texts_own_words() {
        let texts = [
            "Der Regionalzug rammte einen Traktor; der Traktorfahrer starb.",
            "Ein Zug erfasste den Fahrer eines Traktors. Der Sicherheitsrat tagt.",
            "Die Sicherheit hat Vorrang, sagte der Beitragszahler.",
        ];
        let norm = Normalizer::new(Language::De);
        let tokens = tokens_of(&norm, &texts);
        let split = closed_compounds(&sources(&tokens, false));
        let parts = |word: &str| {
            let key = norm.tokens(word, 0..word.len())[0].key.clone();
            let mut p: Vec<&str> = split.get(Language::De, &key).to_vec();
            p.sort_unstable();
            p.iter().map(|s| s.to_string()).collect::<Vec<_>>()
        };
        let key = |word: &str| norm.tokens(word, 0..word.len())[0].key.to_string();
        assert_eq!(parts("Regionalzug"), [key("Zug")]);
        let mut driver = vec![key("Fahrer"), key("Traktor")];
        driver.sort_unstable();
        assert_eq!(parts("Traktorfahrer"), driver);
        // A linking "s" joins the modifier; words without parts of their own stay whole.
        assert_eq!(parts("Sicherheitsrat"), [key("Sicherheit")]);
        assert!(parts("Beitragszahler").is_empty());
    }

    #[test]
    fn compounds_split_only_into_words_of_their_own_language() {
        // German "betroffen" ends in English "off"; "Regionalzug" meets German "Zug" only.
        let (de, en) = (Normalizer::new(Language::De), Normalizer::new(Language::En));
        let german = "Viele Firmen sind betroffen. Der Regionalzug hielt.";
        let english = "The ferry ran aground off the coast. The Zug train left.";
        let de_tokens = de.tokens(german, 0..german.len());
        let en_tokens = en.tokens(english, 0..english.len());
        let source = |doc, language, tokens| Source {
            doc,
            language,
            tokens,
            concepts: &[],
            title: false,
            titled_report: false,
            label: false,
            latest_year: 0,
            tail: false,
        };
        let split = closed_compounds(&[
            source(0, Language::De, &de_tokens),
            source(1, Language::En, &en_tokens),
        ]);
        let key = |word: &str| de.tokens(word, 0..word.len())[0].key.to_string();
        assert!(split.get(Language::De, &key("betroffen")).is_empty());
        assert!(split.get(Language::De, &key("Regionalzug")).is_empty());
    }

    #[test]
    fn without_a_stemmer_different_words_of_two_reports_meet_by_their_head() {
        // Finnish case endings: "in Satakunta" / "to Satakunta". A head only the same word
        // shares ("pirkanmaalla" twice), or that two words of one report share, is no feature.
        let norm = Normalizer::new(Language::Other);
        let texts = [
            "Vikoja on Satakunnassa ja Pirkanmaalla; myrskytuhoja myrskyssä.",
            "Myrsky iski Satakuntaan ja Pirkanmaalla.",
        ];
        let tokens = tokens_of(&norm, &texts);
        let mut srcs = sources(&tokens, false);
        srcs.iter_mut().for_each(|s| s.language = Language::Other);
        let heads = shared_heads(&srcs);
        let key = |word: &str| norm.tokens(word, 0..word.len())[0].key.to_string();
        let head = |word: &str| word_head(&key(word)).map(str::to_string);
        assert!(heads.contains_key(&*head("Satakunnassa").unwrap()));
        assert!(!heads.contains_key(&*head("Pirkanmaalla").unwrap()));
        assert!(!heads.contains_key(&*head("myrskytuhoja").unwrap()));
        assert_eq!(head("Myrsky"), None, "too short to have an ending");
        let (feats, _) = build(&srcs);
        let plain = build(&sources(&tokens, false)).0;
        assert!(similarity(&feats[0], &feats[1]) > similarity(&plain[0], &plain[1]));
        // A language with a stemmer has no heads.
        assert!(shared_heads(&sources(&tokens, false)).is_empty());
    }

    #[test]
    fn scattered_similarity_equals_the_merge() {
        let texts = [
            "Die USA werfen China Cyberangriffe auf Exchange-Server vor.",
            "Washington beschuldigt Peking, Microsoft Exchange angegriffen zu haben.",
            "Der Angriff auf Exchange Server traf 2021 Zehntausende Firmen.",
            "Ganz anderes Thema: das Wetter bleibt heiter.",
        ];
        let norm = Normalizer::new(Language::De);
        let tokens = tokens_of(&norm, &texts);
        let (feats, corpus) = build(&sources(&tokens, true));
        let mut scatter = Scattered::new(corpus.df.len());
        let mut nonzero = 0;
        // Loading one passage after another must clear the previous one completely.
        for a in 0..feats.len() {
            scatter.load(&feats[a]);
            for b in 0..feats.len() {
                let merged = similarity(&feats[a], &feats[b]);
                assert_eq!(scatter.similarity(&feats[a], &feats[b]), merged);
                nonzero += usize::from(a != b && merged > 0.0);
            }
        }
        assert!(nonzero >= 4, "the texts share words: {nonzero}");
    }

    #[test]
    fn a_shared_quantity_adds_its_bonus_alone_or_as_a_small_count_it_does_not() {
        let norm = Normalizer::new(Language::De);
        // Two reports' passages that share one number and maybe more.
        let score = |a: &str, b: &str| {
            let tokens = tokens_of(&norm, &[a, b]);
            let (feats, _) = build(&sources(&tokens, false));
            (
                similarity(&feats[0], &feats[1]),
                shares_a_quantity_and_more(
                    &feats[0],
                    &feats[1],
                    dot(&feats[0].grams, &feats[1].grams),
                ),
            )
        };
        let (with, bonus) = score(
            "Im Zug wurden 14 Fahrgäste verletzt.",
            "Vierzehn Fahrgäste erlitten Verletzungen.",
        );
        assert!(bonus, "14 and a shared word");
        let (_, forms) = score(
            "Im Zug wurden 14 Fahrgäste verletzt, drei von ihnen schwer.",
            "Vierzehn Reisende erlitten Verletzungen.",
        );
        assert!(
            forms,
            "14 and one word in two forms (verletzt, Verletzungen)"
        );
        let (without, small) = score(
            "Im Zug wurden 3 Fahrgäste verletzt.",
            "Drei Fahrgäste erlitten Verletzungen.",
        );
        assert!(!small, "three is a small count");
        assert!(
            with >= without + QUANTITY_BONUS - 0.05,
            "{with} vs {without}"
        );
        let (_, lone) = score(
            "Bei dem Unfall wurden 14 Menschen verletzt.",
            "Um 14 Uhr begann die Sitzung des Stadtrats.",
        );
        assert!(!lone, "a lone shared number is no evidence");
        assert!(is_quantity("300") && is_quantity("23,50") && is_quantity("2021"));
        assert!(!is_quantity("12") && !is_quantity("x"));
        // A figure with decimals is no count: "4,75" (per cent) names one rate, as "4.75"
        // (whose key is "475") always did.
        assert!(is_quantity("2,5") && is_quantity("4,75") && !is_quantity("2,"));
        assert!(
            is_quantity("13,0") && is_quantity("0300") && !is_quantity("007") && !is_quantity("")
        );
    }

    #[test]
    fn round_and_exact_figures_of_one_quantity_agree() {
        let norm = Normalizer::new(Language::En);
        let bonus = |a: &str, b: &str| {
            let tokens = tokens_of(&norm, &[a, b]);
            let (feats, _) = build(&sources(&tokens, false));
            shares_a_quantity_and_more(&feats[0], &feats[1], dot(&feats[0].grams, &feats[1].grams))
        };
        assert!(bonus(
            "More than 300 operations have been postponed.",
            "The trust said 320 operations had been cancelled.",
        ));
        assert!(bonus(
            "Almost 120 blocks of flats lost their heating.",
            "Heating failed in 118 blocks.",
        ));
        assert!(
            !bonus(
                "More than 300 operations have been postponed.",
                "The trust said 380 operations had been cancelled.",
            ),
            "a quarter apart is another figure"
        );
        assert!(
            !bonus("More than 300 operations.", "Some 320 firefighters."),
            "a figure alone is no evidence"
        );
        assert!(roughly_equal(30_000, 29_500) && roughly_equal(212, 200));
        assert!(!roughly_equal(2020, 2021), "years are dates, not amounts");
        assert!(!roughly_equal(118, 121), "neither figure is round");
        assert!(!roughly_equal(14, 15) && !roughly_equal(300, 300));
    }
}
