//! Facts on the bundled seed reports: the divergences a reader must see, and precision.

mod gold;

use parallax_engine::facts::FactKind;
use parallax_engine::model::{Comparison, Fact};
use parallax_engine::{compare, CompareOptions, ReportInput};

fn seeds() -> Comparison {
    compare(&gold::seeds(), &CompareOptions::default())
}

/// The fact whose label or a spelling is `name` (case-insensitive).
fn fact<'a>(c: &'a Comparison, name: &str) -> &'a Fact {
    let name = name.to_lowercase();
    c.facts
        .iter()
        .find(|f| {
            std::iter::once(&f.label)
                .chain(&f.variants)
                .any(|v| v.to_lowercase() == name)
        })
        .unwrap_or_else(|| panic!("no fact {name}"))
}

#[test]
fn seed_divergences_a_reader_expects() {
    let c = seeds();
    let reports = |name: &str| fact(&c, name).reports.clone();
    assert_eq!(reports("Norwegen"), [1, 2]);
    assert_eq!(reports("NATO"), [0, 2]);
    assert_eq!(reports("Hafnium"), [1]);
    assert_eq!(reports("SolarWinds"), [1]);
    assert_eq!(reports("Xinjiang"), [2]);
    assert_eq!(reports("Zhao Lijian"), [2]);
    assert_eq!(reports("Global Times"), [2]);
    assert_eq!(reports("Five Eyes-Allianz"), [0]);
    assert_eq!(reports("200 japanische Unternehmen"), [0]);
    assert_eq!(reports("vier chinesische Staatsangehörige"), [1]);
    let blinken = fact(&c, "Antony Blinken");
    assert_eq!(blinken.reports, [0, 1, 2]);
    assert!(blinken.variants.iter().any(|v| v == "Anthony Blinken"));
    assert_eq!(blinken.kind, FactKind::Person);
    assert_eq!(fact(&c, "Vereinigten Staaten").label, "USA");
}

#[test]
fn divergent_facts_come_first() {
    let c = seeds();
    let first_common = c.facts.iter().position(|f| f.reports.len() == 3).unwrap();
    assert!(c.facts[first_common..].iter().all(|f| f.reports.len() == 3));
    assert!(first_common > 0);
}

#[test]
fn groups_list_conflicting_facts() {
    let c = seeds();
    let norway = c.facts.iter().position(|f| f.key == "c:norway").unwrap();
    let group = c
        .groups
        .iter()
        .find(|g| g.fact_differences.iter().any(|d| d.fact == norway))
        .expect("a group where only some members name Norway");
    let d = group
        .fact_differences
        .iter()
        .find(|d| d.fact == norway)
        .unwrap();
    assert!(d.reports.len() < group.reports.len());
    // The list of allies: NATO is named by other members of the same group.
    let nato = c.facts.iter().position(|f| f.key == "c:nato").unwrap();
    assert!(group.fact_differences.iter().any(|d| d.fact == nato));
}

#[test]
fn seed_fact_precision_is_at_least_nine_in_ten() {
    let s = gold::facts::score(&seeds());
    assert!(
        s.precision >= 0.9,
        "precision {:.2}, noise {:?}",
        s.precision,
        s.noise
    );
    assert!(
        s.recall >= 0.8,
        "recall {:.2}, missed {:?}",
        s.recall,
        s.missed
    );
}

fn facts_of(texts: &[&str]) -> Comparison {
    let reports: Vec<ReportInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ReportInput::new(format!("r{i}"), *t))
        .collect();
    compare(&reports, &CompareOptions::default())
}

#[test]
fn english_names_counts_and_dates() {
    let c = facts_of(&[
        "Allies blame China\nSecretary of State Antony Blinken said on Monday that at least six groups had attacked servers in March 2021. The hackers, a group called Hafnium, worked for the Ministry of State Security.",
        "US accuses Beijing\nBlinken said the attack began in January. Microsoft said 30,000 organisations were hit between 2011 and 2018.",
    ]);
    let labels: Vec<(&str, FactKind)> =
        c.facts.iter().map(|f| (f.label.as_str(), f.kind)).collect();
    let has = |l: &str, k: FactKind| labels.contains(&(l, k));
    assert!(has("Antony Blinken", FactKind::Person), "{labels:?}");
    assert_eq!(fact(&c, "Antony Blinken").reports, [0, 1]);
    assert!(has("at least six groups", FactKind::Number), "{labels:?}");
    assert!(has("30,000 organisations", FactKind::Number), "{labels:?}");
    assert!(has("March 2021", FactKind::Date), "{labels:?}");
    assert!(has("between 2011 and 2018", FactKind::Date), "{labels:?}");
    assert!(has("Monday", FactKind::Date), "{labels:?}");
    assert!(has("Hafnium", FactKind::Name), "{labels:?}");
    assert_eq!(fact(&c, "Beijing").key, "c:china");
}

#[test]
fn a_figure_in_per_cent_is_one_fact_however_per_cent_is_written() {
    let c = facts_of(&[
        "Bericht\nDie Inflation lag im Oktober bei 3,1 Prozent.",
        "Meldung\nIm Oktober betrug die Inflation 3,1 %.",
        "Kurz\nInflacja w październiku wyniosła 3,1 proc. rok do roku.",
    ]);
    let f = fact(&c, "3,1 Prozent");
    assert_eq!(f.reports, [0, 1, 2], "{:?}", c.facts);
    assert_eq!(f.kind, FactKind::Number);
}

#[test]
fn money_is_one_fact_however_its_currency_is_written() {
    let c = facts_of(&[
        "Bericht\nDas Deutschlandticket kostet ab Januar 63 Euro im Monat.",
        "Meldung\nAb Januar kostet das Ticket 63 € pro Monat.",
        "Kurz\nThe ticket will cost 63 EUR a month from January.",
    ]);
    assert_eq!(fact(&c, "63 Euro").reports, [0, 1, 2], "{:?}", c.facts);
    // A currency right after the figure, whatever follows; a scale between them is no such
    // sum ("300 tysięcy złotych" is not 300 zł).
    let c = facts_of(&[
        "Raport\nRata spadnie o około 90 zł miesięcznie.",
        "Radio\nPrzy kredycie 300 tysięcy złotych rata zmniejszy się o 90 złotych.",
    ]);
    assert_eq!(fact(&c, "90 zł").reports, [0, 1], "{:?}", c.facts);
    assert!(
        !c.facts.iter().any(|f| f.key == "q:300:zł"),
        "{:?}",
        c.facts
    );
}

#[test]
fn german_nouns_are_not_names() {
    let c = facts_of(&[
        "Bericht\nDie Regierung gewährte aus der Ferne Zugang. Westliche Verbündete kritisierten die Sicherheit. In Bezug auf die Vorwürfe sagte er nichts.",
        "Meldung\nDie Regierung kritisierte die Vorwürfe in Kraft tretender Gesetze.",
    ]);
    let names: Vec<&str> = c
        .facts
        .iter()
        .filter(|f| f.kind <= FactKind::Name)
        .map(|f| f.label.as_str())
        .collect();
    assert!(names.is_empty(), "common nouns taken for names: {names:?}");
}

#[test]
fn mentions_point_at_the_name_in_the_passage() {
    let c = seeds();
    for f in &c.facts {
        for m in &f.mentions {
            let text = &c.documents[m.doc].passages[m.passage].text;
            let named = &text[m.start..m.end];
            assert!(!named.trim().is_empty(), "{}: empty mention", f.label);
        }
    }
    let zhao = fact(&c, "Zhao Lijian");
    let m = zhao.mentions[0];
    assert_eq!(
        &c.documents[m.doc].passages[m.passage].text[m.start..m.end],
        "Zhao Lijian"
    );
}

#[test]
fn declined_forms_of_a_one_word_name_are_one_fact() {
    // Russian declines names: "в Новосибирске" (locative), "мэрия Новосибирска" (genitive).
    // One stem, one fact; "Новая" (another stem) stays apart.
    let c = facts_of(&[
        "Авария в городе\nБез тепла остались жители Ленинского района. Об аварии сообщили в мэрии Новосибирска.",
        "Трубу прорвало\nВ Ленинском районе прорвало трубу. Об этом сообщили в Новосибирске и в Новая.",
    ]);
    let city = fact(&c, "Новосибирска");
    assert_eq!(city.reports, [0, 1], "{:?}", city.variants);
    assert!(city.variants.iter().any(|v| v == "Новосибирске"));
    assert_eq!(fact(&c, "Ленинском").reports, [0, 1]);
    // English possessives are the name too.
    let en = facts_of(&[
        "Fine\nThe fine was set by the European Commission. Brussels said so.",
        "Appeal\nThe Commission's decision can be appealed, said Nordlys in Brussels.",
    ]);
    let labels: Vec<(&str, &[usize])> = en
        .facts
        .iter()
        .map(|f| (f.label.as_str(), f.reports.as_slice()))
        .collect();
    // (And "Commission" alone is the European Commission, the one longer name it ends.)
    let commission: Vec<_> = en
        .facts
        .iter()
        .filter(|f| f.key.contains("commission"))
        .collect();
    assert_eq!(commission.len(), 1, "{labels:?}");
    assert_eq!(commission[0].reports, [0, 1], "{labels:?}");
}

#[test]
fn a_possessive_that_opens_a_name_and_single_letters() {
    // "Britain's National Cyber Security Centre" is the centre (and Britain); a possessive
    // inside a name stays ("Information Commissioner's Office"); "A&E" names nobody.
    let c = facts_of(&[
        "Attack\nThe trust told Britain's National Cyber Security Centre and the Information Commissioner's Office on Monday.",
        "Hack\nThe trust said patients should go to A&E only in an emergency, and the National Cyber Security Centre helped.",
    ]);
    assert_eq!(fact(&c, "National Cyber Security Centre").reports, [0, 1]);
    assert_eq!(fact(&c, "Information Commissioner's Office").reports, [0]);
    assert!(
        c.facts.iter().all(|f| f.label != "E"),
        "{:?}",
        c.facts.iter().map(|f| &f.label).collect::<Vec<_>>()
    );
}

#[test]
fn names_continued_by_of() {
    // "of" after a head word continues the name; a lower-case word after "of" does not.
    let c = facts_of(&[
        "Rates\nA professor at the University of Leeds said the Bank of England would act. Ships in the Bay of Biscay waited.",
        "Rates\nThe Bank of England raised rates, said a group of traders in London.",
    ]);
    let org = fact(&c, "University of Leeds");
    assert_eq!(org.kind, FactKind::Organisation);
    assert_eq!(fact(&c, "Bank of England").reports, [0, 1]);
    assert_eq!(fact(&c, "Bay of Biscay").reports, [0]);
    assert!(c.facts.iter().all(|f| f.label != "Leeds"));
}

#[test]
fn in_a_language_without_function_words_a_figure_counts_the_word_after_it() {
    // No stop words are known for Indonesian or Finnish: the word after the figure is what it
    // counts, so "4.200 warga dari enam desa" counts residents, not "from", and the counts
    // of two reports meet.
    for (texts, label) in [
        (
            [
                "Erupsi\nSebanyak 4.200 warga dari enam desa dievakuasi pada Selasa.",
                "Gunung meletus\nPada Selasa 4.200 warga mengungsi ke sembilan tempat.",
            ],
            "4.200 warga",
        ),
        (
            [
                "Myrsky\nSähköt katkesivat 140 000 taloudesta Länsi-Suomessa tiistaina.",
                "Myrsky\nTiistaina 140 000 taloudesta oli ilman sähköä.",
            ],
            "140 000 taloudesta",
        ),
    ] {
        let c = facts_of(&texts);
        assert_eq!(fact(&c, label).reports, [0, 1], "{:?}", c.facts);
    }
}

#[test]
fn a_period_opened_by_a_word_of_two_languages_closes_in_either() {
    // "entre" opens French and Spanish periods: "entre 2011 et 2018", "entre 2011 y 2018"
    // (the Spanish one was missed: only the first closer listed was tried).
    let c = facts_of(&[
        "Francia\nLa empresa creció entre 2011 y 2018.",
        "France\nL'entreprise a grandi entre 2011 et 2018.",
    ]);
    let periods: Vec<(&str, &[usize])> = c
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Date)
        .map(|f| (f.label.as_str(), &f.reports[..]))
        .collect();
    // One period, however each language writes it.
    assert_eq!(periods, [("entre 2011 y 2018", &[0, 1][..])]);
}

#[test]
fn chinese_and_japanese_dates_and_units_of_two_characters() {
    // "12月1日" is one date, the same as "1. Dezember"; "4小时" shows its unit whole, and
    // "10分钟" / "10分" are one figure.
    let c = facts_of(&[
        "高铁开通\n12月1日，高铁开通，旅行时间由4小时缩短至1小时10分钟。",
        "高铁今天开通\n今天是12月1日，全程只需1小时10分。",
        "Neue Strecke\nDie Strecke wurde am 1. Dezember eröffnet.",
    ]);
    assert_eq!(fact(&c, "12月1日").reports, [0, 1, 2], "{:?}", c.facts);
    assert_eq!(fact(&c, "4小时").reports, [0]);
    assert_eq!(fact(&c, "10分钟").reports, [0, 1]);
    let c = facts_of(&[
        "工場閉鎖\n北斗製紙は2027年3月末で工場を閉鎖する。",
        "工場閉鎖へ\n工場は2027年3月に閉鎖される。",
    ]);
    assert_eq!(fact(&c, "2027年3月").reports, [0, 1], "{:?}", c.facts);
}

#[test]
fn chinese_and_japanese_amounts_meet_however_they_are_written() {
    // 万 / 亿 after a figure, Han numerals and a figure with thousands separators are one value.
    let c = facts_of(&[
        "高铁投资\n该线路总投资约520亿元，年客流量预计达到1200万人次。",
        "高铁开通\n这条高铁总投资五百二十亿元，预计每年运送旅客一千二百万人次。",
        "高铁开通\n总投资52,000,000,000元，每年运送旅客1,200万人次。",
    ]);
    assert_eq!(fact(&c, "520亿元").reports, [0, 1, 2], "{:?}", c.facts);
    assert_eq!(fact(&c, "1200万人次").reports, [0, 1, 2], "{:?}", c.facts);
    // "3千万円" and "3000万円" are thirty million yen.
    let c = facts_of(&[
        "補助金\n市は3千万円を支出する。",
        "補助金決定\n市は3000万円を支出すると発表した。",
    ]);
    assert_eq!(fact(&c, "3千万円").reports, [0, 1], "{:?}", c.facts);
}

#[test]
fn dates_in_figures_meet_dates_with_their_month_named() {
    // "1.7.2027", "01/07/2027", "2027-07-01" and "1. Juli 2027" are one date; an English
    // "7/1/2027" (month first) is not read as a day and a month.
    let c = facts_of(&[
        "Neues Gesetz\nDas Gesetz gilt ab dem 1.7.2027 in ganz Hessen.",
        "Gesetz ab Juli\nAb 1. Juli 2027 gilt das Gesetz, teilte das Ministerium mit.",
        "Luật mới\nLuật có hiệu lực từ ngày 01/07/2027 trên toàn quốc.",
        "Neue Regeln\nDie Regeln gelten laut Anhang ab 2027-07-01.",
    ]);
    assert_eq!(fact(&c, "1.7.2027").reports, [0, 1, 2, 3], "{:?}", c.facts);
    let c = facts_of(&["New law\nThe law takes effect on 7/1/2027 nationwide."]);
    assert!(
        c.facts.iter().all(|f| !f.key.starts_with("d:2027-")),
        "{:?}",
        c.facts
    );
}

#[test]
fn a_common_word_opening_a_sentence_opens_no_name_in_languages_read_as_other() {
    // Swedish is read without stop words: "Enligt" (according to), written "enligt" elsewhere,
    // is no part of "Region Norrbotten", which both reports then name.
    let c = facts_of(&[
        "Bussolycka i Norrbotten\nEnligt Region Norrbotten vårdas tolv personer på sjukhus. Bussen körde av vägen enligt polisen.",
        "Buss i diket\nTolv personer vårdas på sjukhus, uppger Region Norrbotten.",
    ]);
    assert_eq!(
        fact(&c, "Region Norrbotten").reports,
        [0, 1],
        "{:?}",
        c.facts
    );
    assert!(
        c.facts.iter().all(|f| !f.key.contains("enligt")),
        "{:?}",
        c.facts
    );
}

#[test]
fn reports_in_different_languages_meet_on_times_days_dates_and_money() {
    // A wire in English, a German page and a French one: one time, one day, one sum.
    let c = facts_of(&[
        "Museum robbed\nBRUGES, Belgium, Dec 7 (Reuters) - Thieves broke in at around 3:10 a.m. on Sunday and took paintings worth 12 million euros, Moerman's best among them.",
        "Kunstraub\nDie Täter stiegen am Sonntag gegen 3.10 Uhr ein und erbeuteten Bilder im Wert von zwölf Millionen Euro.",
        "Vol au musée\nLes malfaiteurs sont entrés dimanche vers 3 h 10 ; le préjudice est estimé à 12 millions d'euros.",
    ]);
    assert_eq!(fact(&c, "3:10 a.m").reports, [0, 1, 2], "{:?}", c.facts);
    assert_eq!(fact(&c, "Sunday").reports, [0, 1, 2], "{:?}", c.facts);
    assert_eq!(
        fact(&c, "12 million euros").reports,
        [0, 1, 2],
        "{:?}",
        c.facts
    );
    // "Dec 7" is a date, not a name; "Moerman's" is Moerman.
    assert_eq!(fact(&c, "Dec 7").key, "d:--12-07", "{:?}", c.facts);
    assert!(c
        .facts
        .iter()
        .all(|f| f.key != "n:dec" && f.key != "n:moermans"));
    assert!(
        c.facts.iter().any(|f| f.key == "n:moerman"),
        "{:?}",
        c.facts
    );
}

#[test]
fn money_with_its_currency_sign_before_the_figure() {
    // English writes the sign first: "£6.2bn" is 6.2 billion pounds, "£150m" 150 million, and
    // "$7.8 billion" is money, not a count of what follows it.
    let c = facts_of(&[
        "Deal blocked\nThe £6.2bn merger was blocked. Greenacre must pay £150m. The chain was valued at $7.8 billion too.",
        "Merger stopped\nThe 6.2 billion pound deal is off. Greenacre will pay a fee of 150 million pounds, or 7.8 billion dollars.",
    ]);
    for money in ["£6.2bn", "£150m", "$7.8 billion"] {
        assert_eq!(fact(&c, money).reports, [0, 1], "{money}: {:?}", c.facts);
    }
}

#[test]
fn money_and_shares_however_a_language_writes_them() {
    // A scale's abbreviation with its point ("6,2 Mrd. Pfund"), "di" between a figure and its
    // currency, pounds in French, Italian and Spanish; per cent as "Prozent", "per cent",
    // "por ciento" and "%".
    let c = facts_of(&[
        "Übernahme\nDer Deal hat ein Volumen von 6,2 Mrd. Pfund. Die Aktie fiel um 7 Prozent.",
        "Takeover\nThe deal is worth £6.2 billion. Shares fell 7 per cent.",
        "Rachat\nLe rachat est évalué à 6,2 milliards de livres. L'action a chuté de 7 %.",
        "Acquisto\nIl valore è di 6,2 miliardi di sterline. Il titolo ha perso il 7%.",
        "Compra\nLa operación asciende a 6.200 millones de libras. La acción cayó un 7 por ciento.",
    ]);
    for label in [
        "6,2 Mrd. Pfund",
        "£6.2 billion",
        "7 per cent",
        "7 Prozent",
        "7 por ciento",
    ] {
        assert_eq!(
            fact(&c, label).reports,
            [0, 1, 2, 3, 4],
            "{label}: {:?}",
            c.facts
        );
    }
}

#[test]
fn a_lone_word_joins_the_one_longer_name_it_ends_or_opens() {
    // "Moerman" is Adriaen Moerman, "Arendsberg" the Arendsberg Museum; a place keeps its
    // name beside a longer one that opens with it ("Utrecht", "Utrecht Centraal").
    let c = facts_of(&[
        "Theft\nThieves took four paintings by Adriaen Moerman from the Arendsberg Museum in Utrecht on Sunday.",
        "Paintings gone\nThe works of Moerman were taken from the Arendsberg, said police at Utrecht Centraal.",
    ]);
    assert_eq!(fact(&c, "Adriaen Moerman").reports, [0, 1], "{:?}", c.facts);
    assert_eq!(
        fact(&c, "Arendsberg Museum").reports,
        [0, 1],
        "{:?}",
        c.facts
    );
    assert_ne!(fact(&c, "Utrecht").key, fact(&c, "Utrecht Centraal").key);
}
