//! A compact multilingual lexicon: countries (with capitals used as metonyms and adjectives),
//! major organisations, and a few families of news words that reports use interchangeably
//! ("beschuldigen" / "vorwerfen" / "Anschuldigung"). Matching maps different surface forms of one
//! concept to one feature, so "USA" meets "Vereinigte Staaten" and "allies" meets "Verbündete".
//!
//! Entries are surface forms; they are normalised with the report's own normaliser at run time,
//! so inflected forms meet through the same stemmer. About 5 KB of data in the bundle; a full
//! gazetteer crate would be hundreds of KB.

use crate::normalize::{Normalizer, Token, TokenKind};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// What kind of concept a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConceptKind {
    /// A country (its names, adjective, capital as metonym).
    Country,
    /// An organisation or alliance.
    Organisation,
    /// Interchangeable news words (accuse, criticise, deny …).
    Word,
}

/// One concept: an id and its surface forms in several languages.
pub struct Concept {
    /// Stable id, e.g. "usa".
    pub id: &'static str,
    /// Country, organisation or word family.
    pub kind: ConceptKind,
    /// Surface forms (any case); multi-word forms allowed.
    pub forms: crate::words::Words,
}

macro_rules! concepts {
    ($($kind:ident $id:literal: [$($form:literal),* $(,)?]),* $(,)?) => {
        &[$(Concept { id: $id, kind: ConceptKind::$kind, forms: crate::words![$($form),*] }),*]
    };
}

/// The lexicon.
pub const CONCEPTS: &[Concept] = concepts![
    Country "usa": ["USA", "US", "U.S.", "U.S.A.", "Vereinigte Staaten", "Vereinigten Staaten", "Vereinigte Staaten von Amerika", "Vereinigten Staaten von Amerika", "United States", "Amerika", "America", "amerikanisch", "amerikanische", "Amerikaner", "American", "Americans", "US-amerikanisch", "Washington", "États-Unis", "Estados Unidos", "Stati Uniti"],
    Country "china": ["China", "Volksrepublik China", "VR China", "People's Republic of China", "PRC", "chinesisch", "chinesische", "chinesischen", "Chinese", "Peking", "Beijing", "Chine", "chinois"],
    Country "uk": ["Großbritannien", "Vereinigtes Königreich", "Vereinigten Königreich", "Vereinigten Königreichs", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "britisch", "britische", "British", "London", "Royaume-Uni", "Reino Unido", "Regno Unito"],
    Country "japan": ["Japan", "japanisch", "japanische", "Japanese", "Tokio", "Tokyo", "Japon", "Japón", "Giappone"],
    Country "canada": ["Kanada", "Canada", "kanadisch", "kanadische", "Canadian", "Ottawa", "Canadá"],
    Country "australia": ["Australien", "Australia", "australisch", "australische", "Australian", "Canberra", "Australie"],
    Country "new_zealand": ["Neuseeland", "New Zealand", "neuseeländisch", "Wellington", "Nouvelle-Zélande", "Nueva Zelanda", "Nuova Zelanda"],
    Country "norway": ["Norwegen", "Norway", "norwegisch", "Norwegian", "Oslo", "Norvège", "Noruega", "Norvegia"],
    Country "russia": ["Russland", "Russia", "russisch", "russische", "Russian", "Moskau", "Moscow", "Kreml", "Kremlin", "Russie", "Rusia"],
    Country "germany": ["Deutschland", "Germany", "deutsch", "deutsche", "German", "Berlin", "Bundesrepublik", "Allemagne", "Alemania", "Germania"],
    Country "france": ["Frankreich", "France", "französisch", "französische", "French", "Paris", "Francia"],
    Country "italy": ["Italien", "Italy", "italienisch", "Italian", "Rom", "Rome", "Italie", "Italia"],
    Country "spain": ["Spanien", "Spain", "spanisch", "Spanish", "Madrid", "Espagne", "España"],
    Country "ukraine": ["Ukraine", "ukrainisch", "ukrainische", "Ukrainian", "Kiew", "Kyiv", "Kiev", "Ucrania"],
    Country "iran": ["Iran", "iranisch", "iranische", "Iranian", "Teheran", "Tehran"],
    Country "north_korea": ["Nordkorea", "North Korea", "nordkoreanisch", "North Korean", "Pjöngjang", "Pyongyang", "DPRK"],
    Country "south_korea": ["Südkorea", "South Korea", "südkoreanisch", "South Korean", "Seoul"],
    Country "india": ["Indien", "India", "indisch", "Indian", "Neu-Delhi", "New Delhi", "Inde"],
    Country "israel": ["Israel", "israelisch", "israelische", "Israeli", "Jerusalem", "Tel Aviv"],
    Country "taiwan": ["Taiwan", "taiwanisch", "Taiwanese", "Taipeh", "Taipei"],
    Country "hong_kong": ["Hongkong", "Hong Kong"],
    Country "netherlands": ["Niederlande", "Netherlands", "niederländisch", "Dutch", "Holland", "Den Haag", "The Hague", "Amsterdam", "Pays-Bas", "Países Bajos"],
    Country "belgium": ["Belgien", "Belgium", "belgisch", "Belgian", "Belgique", "Bélgica"],
    Country "switzerland": ["Schweiz", "Switzerland", "schweizerisch", "Swiss", "Bern", "Suisse", "Suiza", "Svizzera"],
    Country "austria": ["Österreich", "Austria", "österreichisch", "Austrian", "Wien", "Vienna", "Autriche"],
    Country "poland": ["Polen", "Poland", "polnisch", "Polish", "Warschau", "Warsaw", "Pologne", "Polonia"],
    Country "sweden": ["Schweden", "Sweden", "schwedisch", "Swedish", "Stockholm", "Suède", "Suecia"],
    Country "denmark": ["Dänemark", "Denmark", "dänisch", "Danish", "Kopenhagen", "Copenhagen", "Danemark", "Dinamarca"],
    Country "finland": ["Finnland", "Finland", "finnisch", "Finnish", "Helsinki", "Finlande", "Finlandia"],
    Country "turkey": ["Türkei", "Turkey", "Türkiye", "türkisch", "Turkish", "Ankara", "Turquie", "Turquía"],
    Country "brazil": ["Brasilien", "Brazil", "brasilianisch", "Brazilian", "Brasília", "Brésil", "Brasil"],
    Country "mexico": ["Mexiko", "Mexico", "mexikanisch", "Mexican", "México", "Mexique"],
    Country "egypt": ["Ägypten", "Egypt", "ägyptisch", "Egyptian", "Kairo", "Cairo", "Égypte", "Egipto"],
    Country "saudi_arabia": ["Saudi-Arabien", "Saudi Arabia", "saudisch", "Saudi", "Riad", "Riyadh"],
    Country "syria": ["Syrien", "Syria", "syrisch", "Syrian", "Damaskus", "Damascus"],
    Country "afghanistan": ["Afghanistan", "afghanisch", "Afghan", "Kabul"],
    Country "pakistan": ["Pakistan", "pakistanisch", "Pakistani", "Islamabad"],
    Country "vietnam": ["Vietnam", "vietnamesisch", "Vietnamese", "Hanoi"],
    Country "south_africa": ["Südafrika", "South Africa", "südafrikanisch", "South African", "Pretoria"],
    Country "ireland": ["Irland", "Ireland", "irisch", "Irish", "Dublin", "Irlande", "Irlanda"],
    Country "estonia": ["Estland", "Estonia", "estnisch", "Estonian", "Tallinn"],
    Organisation "nato": ["NATO", "Nato", "Nordatlantikpakt", "North Atlantic Treaty Organization", "OTAN"],
    Organisation "eu": ["EU", "Europäische Union", "Europäischen Union", "European Union", "Union européenne", "Unión Europea", "UE"],
    Organisation "un": ["UN", "UNO", "Vereinte Nationen", "Vereinten Nationen", "United Nations", "Nations unies", "Naciones Unidas", "ONU"],
    Organisation "g7": ["G7", "G-7", "G7-Staaten"],
    Organisation "five_eyes": ["Five Eyes", "Five-Eyes", "Five Eyes-Allianz", "Five-Eyes-Allianz"],
    Organisation "mss": ["MSS", "Ministerium für Staatssicherheit", "Ministry of State Security", "Staatssicherheitsministerium"],
    Organisation "doj": ["Justizministerium", "Justice Department", "Department of Justice", "DOJ"],
    Organisation "fbi": ["FBI", "Federal Bureau of Investigation"],
    Organisation "who": ["WHO", "Weltgesundheitsorganisation", "World Health Organization", "OMS"],
    Organisation "microsoft": ["Microsoft", "Microsoft Corp.", "Microsoft Corporation"],
    Organisation "google": ["Google", "Alphabet"],
    Organisation "facebook": ["Facebook"],
    Organisation "huawei": ["Huawei"],
    Organisation "samsung": ["Samsung"],
    Organisation "tiktok": ["TikTok", "ByteDance"],
    Organisation "reuters": ["Reuters"],
    Organisation "ap": ["AP", "Associated Press"],
    Organisation "afp": ["AFP", "Agence France-Presse"],
    Organisation "dpa": ["dpa", "Deutsche Presse-Agentur"],
    Organisation "bloomberg": ["Bloomberg"],
    Organisation "cnbc": ["CNBC"],
    Organisation "cnn": ["CNN"],
    Organisation "bbc": ["BBC"],
    Organisation "pentagon": ["Pentagon", "Verteidigungsministerium", "Department of Defense"],
    Organisation "interpol": ["Interpol"],
    Organisation "europol": ["Europol"],
    Organisation "opec": ["OPEC", "Opec"],
    Organisation "wto": ["WTO", "Welthandelsorganisation", "World Trade Organization"],
    Organisation "imf": ["IWF", "IMF", "Internationaler Währungsfonds", "International Monetary Fund", "FMI"],
    Word "accuse": ["beschuldigen", "beschuldigt", "beschuldigten", "Beschuldigung", "vorwerfen", "vorgeworfen", "Vorwurf", "Vorwürfe", "Anschuldigung", "Anschuldigungen", "bezichtigen", "accuse", "accused", "accusation", "accusations", "allegation", "allegations", "blame", "blamed", "accuser"],
    Word "criticise": ["kritisieren", "kritisiert", "Kritik", "verurteilen", "verurteilt", "criticise", "criticize", "criticised", "criticized", "criticism", "condemn", "condemned", "condemnation"],
    Word "deny": ["bestreiten", "bestritten", "bestreitet", "zurückweisen", "zurückgewiesen", "dementieren", "widersetzen", "widersetzt", "deny", "denied", "denies", "reject", "rejected", "rejects", "dismiss", "dismissed", "rebuff", "rebuffed"],
    Word "ally": ["Verbündete", "Verbündeten", "verbündet", "Alliierte", "Alliierten", "ally", "allies", "allied", "alliés", "aliados"],
    Word "attack": ["Angriff", "Angriffe", "Attacke", "Attacken", "Hackerangriff", "attack", "attacks", "hack", "hacks", "breach", "intrusion", "attaque", "ataque"],
    Word "government": ["Regierung", "Administration", "government", "administration", "gouvernement", "gobierno", "governo"],
    Word "statement": ["Erklärung", "Erklärungen", "Stellungnahme", "Aussage", "Aussagen", "statement", "statements", "déclaration", "declaración"],
    Word "spokesperson": ["Sprecher", "Sprecherin", "spokesman", "spokeswoman", "spokesperson", "porte-parole", "portavoz"],
    Word "sanction": ["Sanktion", "Sanktionen", "sanction", "sanctions", "sanciones"],
    Word "company": ["Unternehmen", "Firma", "Firmen", "Konzern", "Konzerne", "company", "companies", "firm", "firms", "business", "businesses", "entreprise", "empresa"],
    Word "death": ["Tote", "Toten", "tot", "getötet", "sterben", "starben", "gestorben", "ums Leben", "Todesopfer", "die", "died", "dies", "dead", "death", "deaths", "killed", "kill", "kills", "fatalities", "mort", "morts", "muertos", "muerto"],
    Word "foreign_minister": ["Außenminister", "Außenministerin", "Secretary of State", "foreign minister", "ministre des Affaires étrangères"],
];

/// A token naming a concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConceptHit {
    /// Index of the token in the passage's token list.
    pub token: usize,
    /// Index into [`CONCEPTS`].
    pub concept: usize,
    /// The first word of the name (a concept counts once per name).
    pub first: bool,
}

/// The names starting with one key: each name's keys (shared with the normaliser's tokens, not
/// copied) and its concept.
type Names = Vec<(Vec<Arc<str>>, usize)>;

/// Concept lookup for one language: normalised key sequences, indexed by their first key.
pub struct Lexicon {
    by_first: FxHashMap<Arc<str>, Names>,
}

/// Shortest key that may match as the head of a compound.
const MIN_HEAD: usize = 5;

impl Lexicon {
    /// Builds the lookup by normalising every form with `normalizer` (the report's language).
    pub fn new(normalizer: &Normalizer) -> Self {
        let mut by_first: FxHashMap<Arc<str>, Names> = FxHashMap::default();
        for (i, concept) in CONCEPTS.iter().enumerate() {
            for form in concept.forms.iter() {
                let keys: Vec<Arc<str>> = normalizer
                    .tokens(form, 0..form.len())
                    .into_iter()
                    .filter(|t| t.kind != TokenKind::Punct)
                    .map(|t| t.key)
                    .collect();
                let Some(first) = keys.first().cloned() else {
                    continue;
                };
                let entry = by_first.entry(first).or_default();
                if !entry.iter().any(|(k, _)| *k == keys) {
                    entry.push((keys, i));
                }
            }
        }
        // Longest phrases first, so "Vereinigte Staaten von Amerika" wins over "Vereinigte Staaten".
        for list in by_first.values_mut() {
            crate::sort::by_key(list, |(k, _)| std::cmp::Reverse(k.len()));
        }
        Self { by_first }
    }

    fn single(&self, key: &str) -> Option<usize> {
        self.by_first
            .get(key)?
            .iter()
            .find(|(k, _)| k.len() == 1)
            .map(|&(_, c)| c)
    }

    /// Concept indices named in `tokens` (several times if named several times).
    ///
    /// Longest phrase first; a single word also matches as the head of a compound
    /// ("hackerangriff" ends with "angriff") or by a hyphenated part ("US-Regierung").
    /// Function words alone never match (English "who", "us").
    pub fn find(&self, tokens: &[Token]) -> Vec<usize> {
        self.find_at(tokens)
            .into_iter()
            .filter(|h| h.first)
            .map(|h| h.concept)
            .collect()
    }

    /// Like [`Lexicon::find`], with the token that names each concept (a multi-word name
    /// yields one hit per word, the first one marked).
    pub fn find_at(&self, tokens: &[Token]) -> Vec<ConceptHit> {
        let words: Vec<(usize, &Token)> = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind != TokenKind::Punct)
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut matched = 0;
            let key = &*words[i].1.key;
            // German genitive of a name: "Chinas", "Amerikas" (the stemmer keeps the "s").
            let genitive = key
                .strip_suffix('s')
                .filter(|k| k.len() >= 3 && !self.by_first.contains_key(key))
                .filter(|k| self.single(k).is_some());
            if let Some(candidates) = self.by_first.get(genitive.unwrap_or(key)) {
                for (keys, c) in candidates {
                    let window = words.get(i..i + keys.len());
                    let fits = window.is_some_and(|w| {
                        !w.iter().all(|(_, t)| t.stop)
                            && w.iter().zip(keys).enumerate().all(|(j, ((_, t), k))| {
                                *t.key == **k || (j == 0 && genitive == Some(&**k))
                            })
                    });
                    if fits {
                        for (k, &(token, _)) in words[i..i + keys.len()].iter().enumerate() {
                            out.push(ConceptHit {
                                token,
                                concept: *c,
                                first: k == 0,
                            });
                        }
                        matched = keys.len();
                        break;
                    }
                }
            }
            if matched > 0 {
                i += matched;
                continue;
            }
            let (ix, t) = words[i];
            if !t.stop && t.kind == TokenKind::Word {
                if let Some((first, last)) = t.parts.as_deref() {
                    let f = self.single(first);
                    let l = self.single(last).filter(|c| Some(*c) != f);
                    out.extend(f.into_iter().chain(l).map(|concept| ConceptHit {
                        token: ix,
                        concept,
                        first: true,
                    }));
                } else {
                    out.extend(self.head_of(&t.key).map(|concept| ConceptHit {
                        token: ix,
                        concept,
                        first: true,
                    }));
                }
            }
            i += 1;
        }
        out
    }

    /// A concept that is the head (end) of a compound key, at least [`MIN_HEAD`] characters long.
    fn head_of(&self, key: &str) -> Option<usize> {
        key.char_indices()
            .skip(1)
            .map(|(i, _)| &key[i..])
            .filter(|rest| rest.chars().count() >= MIN_HEAD)
            .find_map(|rest| self.single(rest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn ids(text: &str) -> Vec<&'static str> {
        let n = Normalizer::new(Language::De);
        let lex = Lexicon::new(&n);
        lex.find(&n.tokens(text, 0..text.len()))
            .into_iter()
            .map(|c| CONCEPTS[c].id)
            .collect()
    }

    #[test]
    fn variants_meet() {
        assert_eq!(ids("die Vereinigten Staaten"), ["usa"]);
        assert_eq!(ids("die USA"), ["usa"]);
        assert_eq!(
            ids("dem Vereinigten Königreich und Großbritannien"),
            ["uk", "uk"]
        );
        assert_eq!(ids("die US-Regierung"), ["usa", "government"]);
    }

    #[test]
    fn compound_heads_and_synonyms() {
        assert_eq!(ids("Hackerangriffen"), ["attack"]);
        assert_eq!(ids("Vorwürfe und Anschuldigungen"), ["accuse", "accuse"]);
    }
}
