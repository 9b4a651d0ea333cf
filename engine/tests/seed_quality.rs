//! Quality on the bundled seed reports, scored against the hand-made gold alignment.
//! The floors are what the engine reaches today (see docs/QUALITY.md); a change that lowers
//! them fails here. `cargo run -p parallax-engine --example quality` prints the figures.

mod gold;

use parallax_engine::{CompareOptions, ReportInput};

/// Prints an evaluation's misses and scores (shown when a floor fails).
fn show(r: gold::Report) -> gold::Report {
    for line in &r.details {
        eprintln!("{line}");
    }
    eprintln!("links {:?}\nboilerplate {:?}", r.links, r.boilerplate);
    r
}

/// Test set `name` reaches link precision and recall `links`, and boilerplate precision and
/// recall `boilerplate`, at the default settings.
fn meets_floor(name: &str, links: (f64, f64), boilerplate: (f64, f64)) {
    let ((precision, recall), (boilerplate_precision, boilerplate_recall)) = (links, boilerplate);
    let r = show(gold::evaluate_set(name, &CompareOptions::default()));
    for (what, got, floor) in [
        ("link precision", r.links.precision, precision),
        ("link recall", r.links.recall, recall),
        (
            "boilerplate precision",
            r.boilerplate.precision,
            boilerplate_precision,
        ),
        (
            "boilerplate recall",
            r.boilerplate.recall,
            boilerplate_recall,
        ),
    ] {
        assert!(got >= floor, "{name}: {what} {got:.2}");
    }
}

/// The comparison of test set `name` at the default settings.
fn compare_set(name: &str) -> parallax_engine::Comparison {
    let (reports, _) = gold::set(name);
    parallax_engine::compare(&reports, &CompareOptions::default())
}

/// The passage of report `doc` that contains `snippet`.
fn passage<'a>(
    c: &'a parallax_engine::Comparison,
    doc: usize,
    snippet: &str,
) -> &'a parallax_engine::model::Passage {
    c.documents[doc]
        .passages
        .iter()
        .find(|p| p.text.contains(snippet))
        .unwrap_or_else(|| panic!("no passage with {snippet}"))
}

/// The (first) statement group of the passage of report `doc` that contains `snippet`.
fn group_of(c: &parallax_engine::Comparison, doc: usize, snippet: &str) -> Option<usize> {
    passage(c, doc, snippet).group
}

/// Every statement group of that passage: its first and the one it is a second member of.
fn groups_of(c: &parallax_engine::Comparison, doc: usize, snippet: &str) -> Vec<usize> {
    let p = passage(c, doc, snippet);
    p.group.iter().chain(&p.also).copied().collect()
}

/// The passage `one` (report, snippet) is in no group with any of `others`.
fn apart_from_each(c: &parallax_engine::Comparison, one: (usize, &str), others: &[(usize, &str)]) {
    let g = groups_of(c, one.0, one.1);
    for &(doc, snippet) in others {
        assert!(
            apart(&g, &groups_of(c, doc, snippet)),
            "{one:?} grouped with {snippet}"
        );
    }
}

/// In no group together (a passage without a group is apart from everything).
fn apart(a: &[usize], b: &[usize]) -> bool {
    a.iter().all(|g| !b.contains(g))
}

#[test]
fn links_and_boilerplate_meet_the_floor() {
    let r = show(gold::evaluate(&CompareOptions::default()));
    // One link a reader may dispute since stop 12 (Biden's "Schritt" joins the group of 002's
    // accusation and 003's "Westliche Verbündete"): precision 15 of 16.
    assert!(
        r.links.precision >= 0.9,
        "link precision {:.2}",
        r.links.precision
    );
    assert!(r.links.recall >= 0.68, "link recall {:.2}", r.links.recall);
    // Half the missed links are one step away: offered as the closest passage below the threshold.
    assert!(r.offered.0 >= 3, "offered {:?}", r.offered);
    assert!(
        r.boilerplate.precision >= 0.99,
        "boilerplate precision {:.2}",
        r.boilerplate.precision
    );
    assert!(
        r.boilerplate.recall >= 0.99,
        "boilerplate recall {:.2}",
        r.boilerplate.recall
    );
}

#[test]
fn the_exchange_attack_is_one_statement_of_all_three_reports() {
    // 003 names the attack after "einschließlich", in a sentence that accuses China of working
    // with criminal gangs: it states both, and is in both groups.
    let c = compare_set("seeds");
    let exchange = group_of(&c, 0, "Exchange Server von Microsoft").expect("a group");
    assert_eq!(c.groups[exchange].reports, [0, 1, 2]);
    assert_eq!(
        group_of(&c, 1, "Der Microsoft Exchange-Angriff"),
        Some(exchange)
    );
    let accusing = groups_of(&c, 2, "einschließlich Angriff auf Microsoft Exchange-Apps");
    assert!(accusing.contains(&exchange), "{accusing:?}");
    assert!(accusing.contains(&group_of(&c, 1, "Die von Joe Biden").expect("a group")));
}

#[test]
fn topical_neighbours_stay_apart() {
    // 003's March sanctions over Xinjiang and 002's "no sanctions yet" are different statements.
    let reports = gold::seeds();
    let c = parallax_engine::compare(&reports, &CompareOptions::default());
    assert!(apart(
        &groups_of(&c, 2, "Xinjiang"),
        &groups_of(&c, 1, "noch keine Sanktionen")
    ));
}

/// The test sets written and annotated before the engine ran on them (QUALITY.md): name, link
/// precision and recall floors, boilerplate precision and recall floors, and what moved them
/// since the blind run.
const BLIND_SETS: &[(&str, f64, f64, f64, f64, &str)] = &[
    ("english", 0.99, 0.66, 0.99, 0.99, "blind P 0.82 / R 0.53; title bonus, shared quantities, neighbours in step"),
    (
        "german",
        0.99,
        0.74,
        0.99,
        0.99,
        "blind P 0.60 / R 0.19; datelines, breadcrumbs, closed compounds, title bonus, shared quantities, headlines of one event, a shared figure and a word in two forms",
    ),
    (
        "french",
        0.99,
        0.70,
        0.99,
        0.99,
        "blind P 0.83 / R 0.29, boilerplate R 0.46; French cues and number words, titles with titles, shared quantities, headlines of one event, neighbours in step; families of news words ('quitter leur domicile' / 'évacués')",
    ),
    (
        "spanish",
        0.93,
        0.92,
        0.99,
        0.99,
        "blind P 1.00 / R 0.53; every Spanish hundred, headlines of one event (neighbours in step: one wrong link, the wind forecast and the return, both 'previsto'); families of news words ('abandonar sus casas' / 'desalojados', 'fuego' / 'incendio')",
    ),
    (
        "dutch",
        0.99,
        0.99,
        0.99,
        0.99,
        "blind P 0.91 / R 0.56, boilerplate R 0.54; Dutch number words, name particles, Dutch cues, headlines of one event",
    ),
    (
        "italian",
        0.85,
        0.74,
        0.99,
        0.99,
        "blind P 0.83 / R 0.62, boilerplate R 0.85; one-word numbers, 'di' bylines, Italian cues (the two wrong links: a sentence on the search for the missing that also names the landslide)",
    ),
    (
        "portuguese",
        0.99,
        0.94,
        0.99,
        0.99,
        "blind P 1.00 / R 0.74, boilerplate R 0.69; Portuguese cues and number words, tens joined by 'e', a passage of two facts in the group of each, neighbours in step",
    ),
    (
        "english2",
        0.99,
        0.86,
        0.95,
        0.99,
        "blind P 0.73 / R 0.53, boilerplate P 0.90 / R 0.39; notices, date-only stamps, name-in-place bylines, link lists, sign-up blurbs (boilerplate P stays 0.96: en3's topic link 'European Union' is flagged, and the gold cannot name it apart from the lead); families of news words ('ruling' / 'decision')",
    ),
    (
        "german2",
        0.99,
        0.99,
        0.99,
        0.99,
        "blind P 1.00 / R 0.94, boilerplate R 0.62; reading time, share and home links, broadcaster's link list and programme line, neighbours in step",
    ),
    (
        "english3",
        0.92,
        0.94,
        0.99,
        0.99,
        "blind P 0.70 / R 0.50, boilerplate R 0.29 (the page's 'Skip to main content' was its title); skip links, consent banners, menus, most-viewed lists, captions, bylines with a role, live-page labels; a passage of two facts in the group of each, round and exact figures ('more than 200' / '212'), a passage the grouping left alone gets its one strong counterpart",
    ),
    (
        "swedish",
        0.93,
        0.89,
        0.99,
        0.99,
        "blind P 0.63 / R 0.60, boilerplate R 0.18 (a language without stemmer or cues; the section label 'Nyheter' was a title); section labels above the headline, Nordic cues, agency marks in brackets, audio buttons, neighbours in step",
    ),
    (
        "russian",
        0.85,
        0.76,
        0.99,
        0.99,
        "blind P 0.47 / R 0.27, boilerplate R 0.07 (another script; the dateline and the agency's mark were sentences of their own); Russian stop words and stemmer, Russian cues and months, an author's name above the time stamp, datelines with a date and an agency mark, Russian abbreviations, Russian number words and 'тыс.', figures in groups of three ('30 000'), neighbours in step, round and exact figures ('почти сто двадцать' / '118'); families of news words ('отопление' / 'тепла')",
    ),
    (
        "english4",
        0.92,
        0.79,
        0.98,
        0.99,
        "blind P 0.83 / R 0.63 (a third report agreeing: 0.73), boilerplate P / R 0.94 / 0.86 (three of its wrong flags were menu lines the gold had forgotten, added after the run); captions after their label, roles under bylines, 'Top stories' lists, long copyright lines, contact and contributor lines, acronyms that are not restarts ('its IT systems'); round and exact figures ('more than 300' / '320': R 0.80, but P 0.86 as the trust's passage and the lead now form one group); boilerplate P stays 0.99: en2's topic link 'NHS' is flagged, and the gold cannot name it apart from the content; week days as one concept (P 0.93: the two statements that the attack began on Monday weigh their day twice and form a group of their own, apart from the lead's)",
    ),
    (
        "polish",
        0.93,
        0.87,
        0.99,
        0.99,
        "blind P 0.85 / R 0.65, boilerplate R 0.41 (a language without stemmer or cues, and money, not a disaster; an audio button was the title); labelled time stamps and bylines in any language, counted labels, one-word labels above the headline, link lists that end the page, Polish cues, no lower-case restart where abbreviations are unknown ('3,1 proc. rok do roku'), decimal figures as quantities ('4,75')",
    ),
    (
        "turkish",
        0.99,
        0.99,
        0.99,
        0.99,
        "blind P 0.88 / R 0.88, boilerplate R 0.71 (with the Polish set's shapes already in; 'Canlı Yayın' was the title); two-word labels above the headline, Turkish cues, dotted and dotless i folded ('SİMAV' / 'Simav'), a cue's most-read list to the end also when a headline asks",
    ),
    (
        "ukrainian",
        0.99,
        0.92,
        0.99,
        0.94,
        "blind P 1.00 / R 0.64, boilerplate R 0.72 (Cyrillic without stemmer: the Russian one is refused by the letters); Ukrainian cues, number words ('трьохсот', 'триста') and 'тис.'; two clear links through a third report ('трьохсот' / 'триста' / '300': R 0.86); amounts in units ('1200 квадратних метрів' / '1,2 тис. кв. м.': R 0.93)",
    ),
    (
        "english5",
        0.99,
        0.93,
        0.99,
        0.99,
        "blind P 1.00 / R 0.83; passages around page furniture are neighbours (the lead and the vote count on either side of a sign-up box)",
    ),
    (
        "finnish",
        0.99,
        0.79,
        0.99,
        0.99,
        "blind P 0.77 / R 0.50, boilerplate R 0.50 (a language without stemmer or cues that inflects by case endings: 'Satakunnassa' / 'Satakuntaan'); Finnish cues, time stamps with a word between date and clock ('2.12.2026 klo 10.42'), a flagged header over the headlines that end the page, a sign-up box's one-word button, heads of words that two reports' different words share ('sataku'); two clear links through a third report (R 0.80)",
    ),
    (
        "czech",
        0.99,
        0.74,
        0.99,
        0.99,
        "blind P 1.00 / R 0.38, boilerplate R 0.61 (a language without stemmer or cues, and a court case; the breadcrumb 'Zprávy > Domácí' was the portal's title); trails of two items whose separator points, a byline with its time stamp on one line and a month no list names, Czech cues (R 0.50), Czech number words ('dvanáct milionů' / '12 milionů': R 0.69); weak links that neighbours or a third report corroborate from half the threshold (R 0.75)",
    ),
    (
        "hungarian",
        0.79,
        0.58,
        0.99,
        0.99,
        "blind P 0.50 / R 0.35, boilerplate R 0.54 (a language without stemmer or cues that glues suffixes to words; a cookie line was the portal's title, and an earlier disaster told in the same words as this one's dead fish is linked to it); Hungarian cues, a short line between a byline and a picture credit of its own is the caption (boilerplate 1.00 / 1.00, links 0.71 / 0.47); two clear links through a third report (links 0.69 / 0.53: the 15 tonnes of the portal join the wire's, and so the earlier disaster's group); statements of another year count less (links 0.79 / 0.53: the cyanide spill of 2000 leaves the group); weak links corroborated from half the threshold (links 0.80 / 0.59)",
    ),
    (
        "romanian",
        0.93,
        0.87,
        0.99,
        0.99,
        "blind P 1.00 / R 0.71, boilerplate R 0.88 (with the Hungarian set's caption shape already in: it took this set's caption too); Romanian cues, 'ş' and 'ţ' with a cedilla folded to the comma below ('angajaţi' / 'angajați'); two clear links through a third report (links 0.94 / 0.88: the 1.9 million employees of all three; the wire's two-fact sentence of unions and employers joins both halves)",
    ),
    (
        "indonesian",
        0.94,
        0.80,
        0.99,
        0.99,
        "blind P 0.62 / R 0.57, boilerplate R 0.42 (a language without stemmer, cues or number words that wraps roots in affixes; its time stamps 'Selasa, 1 Desember 2026 09:47 WIB' were no date lines, so their neighbours were no bylines, and the time stamps linked to content); Indonesian cues, week days and time zones, stacked labelled names ('Pewarta:' over 'Editor:'), a name with its outlet ('Yuni Astuti - detikJateng'), tag lines in many languages, Indonesian number words ('empat ribu' / '4 ribu' / '4.200'); amounts in units ('3.000 meter' / 'tiga kilometer' / '3 km': links 0.95 / 0.81)",
    ),
    (
        "german3",
        0.99,
        0.61,
        0.99,
        0.99,
        "blind P 0.94 / R 0.57, boilerplate R 0.82 (German whole pages: a paper's, a broadcaster's, a portal's); German footer, comment, error-report and paywall cues, a media player's label, the value line under a flagged label, a links header's headlines (boilerplate 1.00 / 1.00, links 0.97 / 0.57); the body restating the lead (links 0.97 / 0.63); an earlier fire 'damals' (links 1.00 / 0.63)",
    ),
    (
        "french2",
        0.99,
        0.72,
        0.99,
        0.99,
        "blind P 0.73 / R 0.50, boilerplate R 0.72 (French whole pages: a national paper's with the AFP wire, a regional paper's for subscribers, a public broadcaster's; no-break spaces); French footer, paywall, article-tool and link-header cues, bylines with their agency, captions ending in their picture note, a place before the time stamp, a site's name above the menu, link headlines with a kicker (boilerplate 1.00 / 1.00, links 1.00 / 0.58); 'depuis 2019' no past year (links 1.00 / 0.65); a standfirst the body restates (links 1.00 / 0.73)",
    ),
    (
        "spanish2",
        0.91,
        0.68,
        0.99,
        0.99,
        "blind P 0.74 / R 0.57, boilerplate R 0.78 (Spanish whole pages: a national paper's with the EFE wire, a regional paper's for subscribers, a public broadcaster's); bylines with an agency after a slash, a place and comma before a time stamp, dates with 'de' and month names of five languages, captions ending in '(EFE/Miguel Ruiz)', credit lines of their own, link headlines up to fourteen words, a site's name of four words, a video's label with its title, an outlet with its agencies, paywall and article-tool words (boilerplate 1.00 / 1.00, links 0.93 / 0.51: the links the page furniture had made are gone); a third report joins a statement another makes in two sentences when it links to one of them (links 0.91 / 0.57); a crosshead of its own report keeps no two-fact sentence out of its second group (links 0.91 / 0.63); times of day ('03:14 horas' / '03.14 horas') and degrees as one unit (links 0.92 / 0.69)",
    ),
    (
        "italian2",
        0.99,
        0.89,
        0.99,
        0.99,
        "blind P 0.80 / R 0.71, boilerplate R 0.73 (Italian whole pages: a national paper's, a local paper's for subscribers, a public broadcaster's; not a disaster); a site's name over section labels, a place in capitals over the time stamp, Italian paywall, article-tool, link-header and newsletter cues, a video's label opening with 'Guarda il video', the VAT number, a sub-heading after two links (boilerplate 1.00 / 0.99, links 0.93 / 0.71); thousands in words and after figures ('Trentamila', '30mila': links 0.93 / 0.81); a sub-heading shares a word with its paragraph, a linked headline need not (boilerplate 1.00 / 1.00, links 1.00 / 0.81); the body restating the lead's second sentence (links 1.00 / 0.90)",
    ),
    (
        "dutch2",
        0.88,
        0.67,
        0.99,
        0.99,
        "blind P 0.93 / R 0.53, boilerplate R 0.74 (Dutch whole pages: a national paper's, a regional paper's for subscribers, a public broadcaster's; not a disaster); a paywall notice, time stamps of 'today', 'Bewaar', 'Contact', a links header with a few more words, a linked headline that asks over another, tags after their header at the page's end, a sub-heading shares a word of six letters (boilerplate 1.00 / 1.00, links 0.93 / 0.53); weak links corroborated from half the threshold (links 1.00 / 0.68); a passage weakly linked to both sides of a strong link joins them ('De treinen rijden weer, maar er kan nog vertraging zijn' with the two delay refunds: two wrong links, links 0.89 / 0.68)",
    ),
    (
        "portuguese2",
        0.99,
        0.59,
        0.99,
        0.99,
        "blind P 1.00 / R 0.60, boilerplate R 0.86 (Portuguese whole pages: a national paper's with the Lusa wire, a regional paper's for subscribers, a public broadcaster's); 'às' in time stamps and the paywall line (boilerplate 1.00 / 0.90); its other furniture rules, written at stop 30 and landed at stop 31 when six hash table types fewer made room in the bundle: time stamps of 'today' with a clock ('Hoje às 11:58', and so the author's name above it), Portuguese months in date lines, an agency's one word under the headline, a question linked after another link over text, a numbered list's second item (boilerplate 1.00 / 1.00)",
    ),
    (
        "danish",
        0.99,
        0.68,
        0.99,
        0.99,
        "blind P 0.87 / R 0.69, boilerplate R 0.83 (Danish whole pages: a national paper's with the Ritzau wire, a regional paper's for subscribers, a public broadcaster's; a language without stemmer, stop words or cues; not a disaster; written after this stop's corroboration change, which it confirms: R 0.62 with the old share); time stamps of 'today' with 'kl.' ('I dag kl. 11.32', 'Opdateret kl. 17.45'), reading time, listen and save buttons, the paywall notice, a links header (boilerplate 1.00 / 1.00, links 1.00 / 0.69)",
    ),
    (
        "norwegian",
        0.99,
        0.57,
        0.99,
        0.99,
        "blind P 0.80 / R 0.50, boilerplate R 0.81 (Norwegian pages: a broadcaster's, a regional paper's for subscribers, the NTB wire; no stemmer, stop words or cues; not a disaster; written after the Danish rules, and a second check of this stop's corroboration change: R 0.42 with the old share); time stamps with 'publisert' and 'oppdatert', 'desember', the listen and paywall lines (boilerplate 1.00 / 1.00); week days as one concept in every language (links 1.00 / 0.58)",
    ),
    (
        "chinese",
        0.92,
        0.84,
        0.99,
        0.99,
        "blind P 0.69 / R 0.85, boilerplate R 0.43 (Chinese whole pages: the Xinhua wire, a news portal's, a local paper's in a news app; no spaces, stemmer or stop words; not a disaster); a date in figures with a clock and a short label ('2026-12-01 09:15 发布于南川'), the paper's name above it, the app banner, font size, follow, report and 'recommended' lines, a reader count ('阅读 3.6万'), a quote's speaker kept with the quote (boilerplate 1.00 / 1.00, links 0.93 / 0.85)",
    ),
    (
        "arabic",
        0.90,
        0.90,
        0.99,
        0.99,
        "blind P 0.83 / R 0.91, boilerplate R 0.64 (Arabic whole pages: a wire story, a newspaper's page, a TV channel's; right to left, articles and conjunctions glued to words, no stemmer, stop words or cues; not a disaster); the author after 'كتب:', the ad marker, 'read also' and 'watch also' headers, 'follow us', the tags line, rights reserved, a video's label (boilerplate 1.00 / 1.00, links 0.91 / 0.91; the miss and the wrong link are 'last year' against 'in 2025')",
    ),
    (
        "japanese",
        0.99,
        0.92,
        0.99,
        0.99,
        "blind P 0.50 / R 0.64, boilerplate R 0.48 (Japanese whole pages: the Kyodo wire, a news portal's, the broadcaster's; no spaces, stemmer or stop words; not a disaster); the broadcaster's name in capitals above the headline, time stamps of the portal and the broadcaster ('12/1(月) 15:42配信', '2026年12月1日 16時20分'), the paper's name under its stamp, tweet and share lines, a links header in brackets, a comment count, a quote in corner brackets kept whole (boilerplate 1.00 / 1.00, links 0.75 / 0.86; the wrong links join the jobs and the demand through the mill's name); two statements two reports make apart stay two (links 1.00 / 0.93)",
    ),
    (
        "korean",
        0.99,
        0.87,
        0.99,
        0.99,
        "blind P 0.67 / R 0.50, boilerplate R 0.62 (Korean whole pages: the Yonhap wire, a news portal's, a broadcaster's with its transcript labels; particles and endings glued to words, no stemmer; not a disaster); stamps after '입력' / '수정', copyright notes ending '… 재배포 금지', the transcript's '[앵커]' / '[리포트]', the portal's note on the article's section, an arrow's link line, a reporter's sign-off above the credit that names them (boilerplate 1.00 / 1.00, links 1.00 / 0.75); amounts as one key however written ('1천600원' / '1,600원', links 1.00 / 0.88; the miss left is a paraphrase)",
    ),
    (
        "vietnamese",
        0.99,
        0.92,
        0.99,
        0.99,
        "blind P 0.72 / R 0.79, boilerplate R 0.33 (Vietnamese whole pages: the national agency's wire, a news portal's, a broadcaster's; words of one syllable each, no stemmer, stop words or cues; not a disaster; the wrong links came from the portal's time stamp taken for its title); a week day of two words and a time zone with its offset in a time stamp, advertisement, related-news, share and comment labels of two syllables, 'Xem thêm:', a follow line ending with a news app, a name with its agency or channel ending the report (boilerplate 1.00 / 1.00, links 1.00 / 0.93; the miss left is '450.000' against 'nearly half a million')",
    ),
    (
        "greek",
        0.99,
        0.99,
        0.99,
        0.99,
        "blind P 1.00 / R 0.94, boilerplate R 0.59 (Greek whole pages: the national agency's wire, a news portal's, the broadcaster's; Greek script with accents, no stemmer, stop words or cues; not a disaster; the follow line with Google News and the comment count were already furniture); advertisement and share labels, 'Διαβάστε επίσης' / 'Δείτε ακόμη' links, Greek scale words ('1,2 εκατομμύρια' = '1.200.000'; boilerplate 1.00 / 1.00, links 1.00 / 1.00)",
    ),
    (
        "mixed",
        0.99,
        0.72,
        0.95,
        0.99,
        "blind P 1.00 / R 0.46, boilerplate P 0.96 / R 1.00 (the first set whose reports are in three languages: an English wire, a German portal's page, a Belgian French broadcaster's; a museum theft; the portal's kicker 'Kunstraub in Belgien' is taken for its menu's last line); times of day as one key however written ('3:10 a.m.' / '3.10 Uhr' / '3 h 10'), week days as one concept in every language, a currency after an elided article ('12 millions d'euros'), English dates with the month first ('Dec 7') (links 1.00 / 0.51); across languages a word only one report uses weighs 0.3 (links 1.00 / 0.73)",
    ),
    (
        "mixed2",
        0.99,
        0.92,
        0.99,
        0.99,
        "blind P 1.00 / R 0.70, boilerplate 1.00 / 1.00 (the second set in three languages, written after the first one's rules to check them: a Spanish agency wire, an English portal's page, an Italian broadcaster's; a heat record); a figure glued to its unit ('44C', '4.40pm'), degrees as one unit in any language ('44 grados' / '44 gradi' / '44C'), a time after 'a las' / 'alle' or before 'horas' ('16.40') (links 1.00 / 0.93)",
    ),
    (
        "mixed3",
        0.99,
        0.80,
        0.99,
        0.99,
        "blind P 1.00 / R 0.81, boilerplate R 0.80 (the third set in three languages, written after the cross-language weighting as its check: an English agency wire, a Dutch broadcaster's page, a Portuguese agency wire; containers lost at sea; R 0.67 with the weighting off); a writer who 'contributed.' at the wire's end (boilerplate 1.00 / 0.87); a wire's end marks on its last lines ('AYS // JH', 'Lusa/Fim') (boilerplate 1.00 / 1.00)",
    ),
    (
        "german4",
        0.89,
        0.85,
        0.99,
        0.99,
        "blind P 0.93 / R 0.81, boilerplate 1.00 / 0.63 (four German reports of a rail wage deal, written after the sixth English set's rules for money and shares as their check: a dpa wire, a magazine's page with a kicker over its headline, a broadcaster's page, a regional piece); a kicker over the headline is part of the title (links 0.92 / 0.86); 'Artikel verschenken', 'Bild vergrößern', 'Diskutieren Sie mit', 'Feedback', a linked headline that ends with a quotation, a wire's end code of small letters and a slash (boilerplate 1.00 / 1.00; links 0.90 / 0.86)",
    ),
    (
        "spanish3",
        0.99,
        0.74,
        0.99,
        0.99,
        "blind P 1.00 / R 0.71, boilerplate 1.00 / 0.84 (three Spanish reports of a sleep and blood-pressure study: science and health, shares as '30 %', '30 por ciento' and 'casi un tercio'); a linked question over a sentence that shares only a function word ('según') with it is the list's (links 1.00 / 0.75); a stamp that opens with its place ('Valencia - 03 dic 2026 - 11:20 CET'), a date in figures alone ('03/12/2026', no breadcrumb) and 'Redacción' over it (boilerplate 1.00 / 1.00)",
    ),
    (
        "english6",
        0.87,
        0.73,
        0.99,
        0.99,
        "blind P 0.83 / R 0.55, boilerplate 1.00 / 1.00 (the first set of four reports, one a short local piece; a supermarket merger blocked; figures that repeat across statements: 150 stores offered and a £150m break fee); money with its currency's sign before the figure ('£6.2bn', '£150m', '$7.8 billion') (links 0.84 / 0.62); a share in per cent as one measure ('7%', '7 Prozent'; links 0.88 / 0.71); 'since 2018' the same year as 'in 2018', not another time (links 0.88 / 0.74)",
    ),
    (
        "english7",
        0.99,
        0.70,
        0.99,
        0.99,
        "blind P 0.87 / R 0.71, boilerplate 1.00 / 0.95 (three English reports of a cup final: a match report, where every statement names the same clubs and players, minutes as figures and in words); a writer 'at' the ground ('Ben Aldous at Wembley', 'BBC Sport at Wembley') is a credit, and a crosshead that shares one word and no figure with a sentence ('Match stats') is no counterpart (links 1.00 / 0.71, boilerplate 1.00 / 1.00)",
    ),
    (
        "german5",
        0.93,
        0.84,
        0.99,
        0.99,
        "blind P 0.93 / R 0.69, boilerplate 1.00 / 0.96 (three machine-translated German reports of GPS jamming over the Baltic, the seeds' kind: a shop's blog with product teasers, a portal with 'Werbung' and 'Siehe auch', an agency text); a passage that links weakly to both sides of a strong link, each its clear mutual best, joins them (the jamming from Kaliningrad in all three; links 0.94 / 0.85); a sign-up box's blurb that names the mail (boilerplate 1.00 / 1.00)",
    ),
    (
        "french3",
        0.89,
        0.67,
        0.99,
        0.99,
        "blind P 0.94 / R 0.68, boilerplate 1.00 / 0.79 (three French reports of a government toppled: politics, no-break spaces, a party in full and by its initials, a live page's entries with clock times); two stamps in one line, reading time without a colon, 'Offrir cet article', a caption ending in its credit in capitals without brackets, the paywall's share still to read and 'Déjà abonné' (boilerplate 1.00 / 1.00; links 0.90 / 0.68: the page's lead now joins the resignation's group through 'trois mois')",
    ),
    (
        "italian3",
        0.99,
        0.99,
        0.99,
        0.99,
        "blind P 1.00 / R 1.00, boilerplate 1.00 / 0.95 (the first set of two reports: an agency wire and a paper's explainer of a budget law, no third report to corroborate a link); the agency's 'Riproduzione riservata © Copyright ANSA' (boilerplate 1.00 / 1.00)",
    ),
    (
        "english8",
        0.87,
        0.87,
        0.95,
        0.91,
        "blind P 0.88 / R 0.88, boilerplate 0.94 / 0.62 (three English reports of a car recall: a wire, a tech site's page, a business broadcaster's page with key points and video players); a byline with the writer's beat, a name with a social-media handle, a video's label with its duration glued on, 'WATCH NOW', 'Related' over its links (boilerplate 0.96 / 0.92: 'KEY POINTS', content to the gold, is taken for a label; the videos' titles stay text, as a broadcaster's audio title is a sub-heading in the third German set)",
    ),
    (
        "hindi",
        0.99,
        0.57,
        0.99,
        0.99,
        "blind P 0.88 / R 0.78, boilerplate 1.00 / 0.44 (three Hindi reports of a cloudburst: Devanagari without a stemmer, the danda as full stop, an agency's desk initials, a portal's English byline, 'विज्ञापन', 'यह भी पढ़ें', follow and app prompts with the verb last); the danda ends a sentence (blind, a paragraph of two sentences was one passage, and a sentence ending in '।' a heading), Hindi's and Hebrew's function words, Hindi number words, Hindi and Hebrew furniture, the desk's sign-off under a dateline's agency (links 1.00 / 0.58: the lead's second sentence now stands apart; boilerplate 1.00 / 1.00)",
    ),
    (
        "hebrew",
        0.87,
        0.99,
        0.99,
        0.99,
        "blind P 0.88 / R 1.00, boilerplate 1.00 / 0.39 (three Hebrew reports of a rate cut: right to left, prefixes glued to words, no stemmer; 'פרסומת', 'כתבות נוספות', 'מאת:', Telegram and WhatsApp prompts in Hebrew script); Hebrew furniture and platform names (boilerplate 1.00 / 1.00; the two wrong links are a pair sharing 'ההחלטה' raised by its neighbours in step, and the governor's words beside the bank's figure, which the blind gold left out)",
    ),
    (
        "german6",
        0.92,
        0.89,
        0.99,
        0.99,
        "blind P 0.88 / R 0.90, boilerplate 1.00 / 0.68 (three German pages of the November inflation figure: statistics with figures a tenth apart; the broadcaster's, the news magazine's and a regional paper's furniture); 'Zur Merkliste hinzufügen', a share bar naming X.com, 'Mehr lesen über', 'Artikel anhören', 'Empfehlungen', a newsletter blurb naming the 'Postfach' (boilerplate 1.00 / 1.00; links 0.93 / 0.90: the economist's 'um die zwei Prozent' beside the ECB's target of two per cent is left)",
    ),
    (
        "persian",
        0.99,
        0.99,
        0.99,
        0.99,
        "blind P 1.00 / R 1.00, boilerplate 1.00 / 0.35 (three Persian reports of schools closed for smog: Arabic script, zero-width non-joiners, Persian digits beside Latin ones); Persian, Arabic-Indic and Devanagari digits read as digits, Persian furniture ('تبلیغات', 'بیشتر بخوانید', 'کد خبر:', tags, 'انتهای پیام'), a follow prompt with the verb last (boilerplate 1.00 / 1.00)",
    ),
    (
        "english9",
        0.91,
        0.81,
        0.99,
        0.99,
        "blind P 0.80 / R 0.78, boilerplate 1.00 / 0.97 (five English reports of a wildfire, the first set of five: a wire, a British paper's page with metric figures first, a local broadcaster's page, an aggregator's page, a radio bulletin of four sentences); an American dateline with its state abbreviated ('PINE HOLLOW, Calif. (AP) —') opens its sentence, 'Download the … app' (links 0.92 / 0.82 with two omissions of the gold added after the blind run; boilerplate 1.00 / 1.00; left: the bulletin's title 'News bulletin, 7 a.m.' links with the headlines, as headlines in other words do)",
    ),
    (
        "german7",
        0.85,
        0.69,
        0.99,
        0.94,
        "blind P 0.82 / R 0.73, boilerplate 1.00 / 0.80 (three German pages of a mayoral election that goes to a runoff: a list of candidates with their shares, shares rounded in words, a live ticker; a dpa wire, a local paper's ticker page, a public radio page); a date in figures in a stamp gives the latest year, so the incumbent's win of 2018 is of another time; the agency's sign-off 'dpa-infocom' under '(dpa/lsw)', 'Grafik:', an audio player's running time in minutes ('(2 Min)') (links 0.86 / 0.70 with Brandt's quote added to the gold after the blind run; boilerplate 1.00 / 0.95: 'Zum Wahlergebnis in Ihrem Stadtteil', a link, stays text)",
    ),
    (
        "bengali",
        0.92,
        0.92,
        0.99,
        0.99,
        "blind P 0.93 / R 0.93, boilerplate 1.00 / 0.50 (three Bengali reports of record rain in Dhaka, written after the Hindi set's danda and Indic letters as their check: Bengali script and digits, no stemmer); Bengali and the other Indic, Thai, Lao, Myanmar and Khmer digits read as digits, Bengali furniture, a follow prompt with the verb last, a bureau's credit (boilerplate 1.00 / 1.00; the one wrong link shares 'জলাবদ্ধতার কারণে', because of the waterlogging)",
    ),
    (
        "thai",
        0.90,
        0.79,
        0.99,
        0.93,
        "blind: not scorable (three Thai reports of a flash flood: no spaces between words, no full stops, Thai digits, a date of the Buddhist era; the dateline was cut at the dots of 'ต.ค.', so the gold's passage did not exist); a dot after a Thai or Lao letter ends no sentence, a Thai paragraph of more than five words is no heading, Thai cues, a date with a Buddhist-era year and a dotted month (links 0.50 / 0.80 while Unicode's rules made every Thai letter a word, so paragraphs met on common letters); a run of Thai letters is one token and its three-letter pieces are its terms (links 0.77 / 0.80); Thai 'last year' (เมื่อปีที่แล้ว) marks a statement of back then (links 0.91 / 0.80; boilerplate 1.00 / 0.94: the agency's name 'สำนักข่าวไทย' under the text stays)",
    ),
];

#[test]
fn blind_test_sets_meet_their_floors() {
    for &(name, precision, recall, boilerplate_precision, boilerplate_recall, history) in BLIND_SETS
    {
        println!("{name}: {history}");
        meets_floor(
            name,
            (precision, recall),
            (boilerplate_precision, boilerplate_recall),
        );
    }
}

#[test]
fn a_match_reports_two_goals_and_other_seasons_stay_apart() {
    // Ortega's opener and Mensah's equaliser name the same clubs and minutes as figures; the
    // cups of 2019 and 2022, the semi-final of 2019 and the best run of 1987 are other seasons.
    let c = compare_set("english7");
    apart_from_each(
        &c,
        (0, "Castlemoor took the lead in the 23rd minute"),
        &[
            (1, "In the 48th minute Mensah"),
            (2, "Mensah levelled early"),
            (0, "Harbridge equalised three minutes"),
        ],
    );
    apart_from_each(
        &c,
        (0, "who won the cup in 2019 and 2022"),
        &[
            (1, "in the semi-finals the last time"),
            (2, "Their previous best run"),
        ],
    );
    apart_from_each(
        &c,
        (1, "in the semi-finals the last time"),
        &[(2, "Their previous best run")],
    );
}

#[test]
fn machine_translated_topical_neighbours_stay_apart() {
    // This year's jamming is not the incidents of spring 2024; "no sanctions planned" is not
    // the EU's sanctions of 2022 (as in the seeds: "no sanctions yet" and March's sanctions).
    let c = compare_set("german5");
    apart_from_each(
        &c,
        (0, "Bereits im Frühjahr 2024"),
        &[
            (0, "haben Russland am Dienstag vorgeworfen"),
            (1, "Die Regierungen von fünf Ostsee-Anrainern"),
            (2, "Am Dienstag hatten Schweden"),
        ],
    );
    apart_from_each(
        &c,
        (0, "Sanktionen seien derzeit nicht geplant"),
        &[(2, "Bereits 2022 hatte die EU")],
    );
}

#[test]
fn french_political_neighbours_stay_apart() {
    // The left's "victoire" is not the RN's; the 49.3 is not the vote.
    let c = compare_set("french3");
    apart_from_each(
        &c,
        (
            1,
            "Pour la gauche, la chute du gouvernement est une victoire",
        ),
        &[(2, "Une victoire pour les Français")],
    );
    apart_from_each(
        &c,
        (
            0,
            "La motion avait été déposée par la gauche après le recours",
        ),
        &[
            (1, "Mercredi 2 décembre, 331 députés"),
            (2, "La motion de censure a été adoptée par 331 voix"),
        ],
    );
}

#[test]
fn statistics_a_tenth_apart_and_another_years_peak_stay_apart() {
    // November's 2.4 per cent is not North Rhine-Westphalia's 2.5, the economists' forecast of
    // 2.3 or the peak of October 2022; the monthly fall is not the yearly rise.
    let c = compare_set("german6");
    apart_from_each(
        &c,
        (
            1,
            "Besonders deutlich fiel der Anstieg in Nordrhein-Westfalen",
        ),
        &[
            (
                0,
                "Die Inflationsrate in Deutschland ist im November auf 2,4",
            ),
            (2, "Die Inflationsrate stieg auf 2,4 Prozent"),
        ],
    );
    apart_from_each(
        &c,
        (
            0,
            "Volkswirte hatten im Schnitt mit einer Rate von 2,3 Prozent",
        ),
        &[
            (1, "Die Verbraucherpreise in Deutschland lagen im November"),
            (2, "Die Inflationsrate stieg auf 2,4 Prozent"),
        ],
    );
    apart_from_each(
        &c,
        (
            0,
            "Im Oktober 2022 hatte die Inflationsrate mit 8,8 Prozent",
        ),
        &[
            (1, "Im Oktober hatte die Rate 2,1 Prozent betragen"),
            (2, "Die Inflationsrate stieg auf 2,4 Prozent"),
        ],
    );
    apart_from_each(
        &c,
        (
            2,
            "Im Vergleich zum Vormonat fielen die Preise um 0,2 Prozent",
        ),
        &[(
            0,
            "Die Preise in Deutschland sind im November stärker gestiegen",
        )],
    );
}

#[test]
fn an_elections_earlier_result_and_other_candidates_stay_apart() {
    // The incumbent's first-round win of 2018 is not this year's first round; the others'
    // share is not the AfD's.
    let c = compare_set("german7");
    apart_from_each(
        &c,
        (
            0,
            "Er hatte die Wahl 2018 im ersten Wahlgang mit 52 Prozent",
        ),
        &[
            (1, "Anna Keller hat den ersten Wahlgang klar gewonnen"),
            (2, "Im ersten Durchgang erreichte keiner der Bewerber"),
        ],
    );
    apart_from_each(
        &c,
        (1, "Sonstige: 4,5 Prozent"),
        &[(0, "SPD-Kandidat Jens Wolff landete mit 14,2 Prozent")],
    );
}

#[test]
fn last_years_flood_in_thai_stays_apart() {
    // "เมื่อปีที่แล้ว" (last year): that flood's death is not this one's three.
    let c = compare_set("thai");
    apart_from_each(
        &c,
        (0, "เมื่อปีที่แล้ว น้ำท่วมในอำเภอเดียวกัน"),
        &[(1, "ล่าสุดมีผู้เสียชีวิตแล้ว"), (2, "มีผู้เสียชีวิตจากเหตุน้ำท่วมครั้งนี้")],
    );
}

#[test]
fn german_topical_neighbours_stay_apart() {
    // The line closed until Wednesday is not the closure of 2019; the derailed locomotive is
    // not the freight train derailed in Bavaria last week.
    let c = compare_set("german");
    let group = |doc: usize, snippet: &str| group_of(&c, doc, snippet);
    apart_from_each(
        &c,
        (1, "Sommer 2019"),
        &[
            (0, "bis Mittwoch"),
            (1, "Bis mindestens Mittwoch"),
            (2, "bis Mittwoch"),
        ],
    );
    assert!(apart(
        &groups_of(&c, 1, "sprang die Lok"),
        &groups_of(&c, 2, "Güterzug entgleist")
    ));
    // And the closure until Wednesday is one statement in all three reports.
    let now = group(0, "bis Mittwoch");
    assert!(now.is_some());
    assert_eq!(c.groups[now.unwrap()].reports, [0, 1, 2]);
}

#[test]
fn french_topical_neighbours_stay_apart() {
    // The 23 dead of 2002 are not the two dead now; the rain forecast for the weekend is not
    // the rain that fell.
    let c = compare_set("french");
    let group = |doc: usize, snippet: &str| group_of(&c, doc, snippet);
    apart_from_each(
        &c,
        (0, "En 2002"),
        &[
            (0, "Deux personnes"),
            (1, "Un homme et une femme"),
            (2, "deux victimes"),
        ],
    );
    apart_from_each(
        &c,
        (1, "prévoit de nouvelles averses"),
        &[(0, "300 mm"), (1, "300 millimètres")],
    );
    // The minister's visit on Tuesday is one statement of two reports.
    let visit = group(0, "se rendra sur place");
    assert!(visit.is_some() && visit == group(2, "est attendu mardi"));
}

#[test]
fn spanish_topical_neighbours_stay_apart() {
    // The 12,000 hectares of 2022 are not the hectares burnt now; the wind forecast for Tuesday
    // is not the wind that hampered the firefighters; the night in a sports hall is not the
    // return on Monday.
    let c = compare_set("spanish");
    let group = |doc: usize, snippet: &str| group_of(&c, doc, snippet);
    apart_from_each(
        &c,
        (1, "En 2022"),
        &[
            (0, "ha calcinado ya unas 3.200"),
            (1, "ha devorado ya más de 3.000"),
            (2, "ha quemado unas 3.200"),
        ],
    );
    apart_from_each(
        &c,
        (0, "prevé que el viento amaine"),
        &[(0, "Las rachas de viento"), (1, "El fuerte viento")],
    );
    apart_from_each(&c, (1, "pasaron la noche"), &[(2, "El regreso")]);
    // The 400 firefighters are one statement of two reports ("Cuatrocientos" is 400).
    let crews = group(0, "Unos 400 bomberos");
    assert!(crews.is_some() && crews == group(1, "Cuatrocientos efectivos"));
}

#[test]
fn dutch_topical_neighbours_stay_apart() {
    // The 2,000 hectares of 1998 are not the 300 hectares now; the gap closed on Tuesday is not
    // the unknown day the residents may return.
    let c = compare_set("dutch");
    apart_from_each(
        &c,
        (1, "watersnood van 1998"),
        &[
            (0, "300 hectare"),
            (1, "driehonderd hectare"),
            (2, "300 hectare"),
        ],
    );
    apart_from_each(
        &c,
        (1, "Wanneer de bewoners terug"),
        &[(0, "het gat"), (2, "Het gat")],
    );
}

#[test]
fn italian_topical_neighbours_stay_apart() {
    // The landslide of 1966 is not this one; 120 evacuated and "Centoventi" are one statement.
    let c = compare_set("italian");
    apart_from_each(
        &c,
        (1, "Nel 1966"),
        &[
            (0, "Una frana di grandi"),
            (1, "La frana ha sepolto"),
            (2, "Una frana ha travolto"),
        ],
    );
    let evacuated = group_of(&c, 0, "Circa 120 abitanti");
    assert!(evacuated.is_some() && evacuated == group_of(&c, 1, "Centoventi persone"));
}

#[test]
fn portuguese_topical_neighbours_stay_apart() {
    // March's strike of the conductors and February's Carris strike are not this strike, nor
    // the one announced for the 28th; 92% and "noventa e dois por cento" are one statement.
    let c = compare_set("portuguese");
    apart_from_each(
        &c,
        (0, "Em março"),
        &[
            (0, "Lisboa, 14 out"),
            (0, "O sindicato já anunciou"),
            (1, "Uma nova paralisação"),
            (2, "Nova greve"),
        ],
    );
    apart_from_each(
        &c,
        (2, "Em fevereiro"),
        &[(0, "Lisboa, 14 out"), (2, "A greve dos maquinistas levou")],
    );
    let adhesion = group_of(&c, 0, "estima uma adesão de 92%");
    assert!(adhesion.is_some() && adhesion == group_of(&c, 1, "noventa e dois por cento"));
    // "O sindicato fala numa adesão de 92% e exige um aumento de 150 euros" states two facts
    // that the other reports state apart: it is in the group of each.
    let pay = group_of(&c, 0, "aumento salarial de 150 euros");
    assert!(pay.is_some() && pay != adhesion);
    let both = groups_of(&c, 2, "fala numa adesão de 92% e exige");
    assert!(
        both.contains(&adhesion.unwrap()) && both.contains(&pay.unwrap()),
        "{both:?}"
    );
    for g in [adhesion.unwrap(), pay.unwrap()] {
        assert_eq!(c.groups[g].reports, [0, 1, 2]);
    }
}

#[test]
fn indonesian_topical_neighbours_stay_apart() {
    // The eruption of 2019 (1,500 evacuated, a month at the highest level) is not this one's
    // evacuation or status; this one's evacuation is one statement in all three reports.
    let c = compare_set("indonesian");
    let evacuated = [
        (0, "Sebanyak 4.200 warga"),
        (1, "Lebih dari empat ribu warga"),
        (2, "Sekitar 4 ribu penduduk"),
    ];
    let status = [
        (0, "Pusat Vulkanologi"),
        (1, "PVMBG menetapkan status Awas"),
        (2, "Badan Geologi melalui PVMBG"),
    ];
    for before in [(0, "Erupsi besar terakhir"), (2, "Pada erupsi 2019")] {
        apart_from_each(&c, before, &evacuated);
        apart_from_each(&c, before, &status);
    }
    let now = group_of(&c, 0, "Sebanyak 4.200 warga");
    assert!(now.is_some());
    assert_eq!(c.groups[now.unwrap()].reports, [0, 1, 2]);
    for (doc, snippet) in evacuated {
        assert_eq!(group_of(&c, doc, snippet), now, "{snippet}");
    }
}

#[test]
fn second_german_topical_neighbours_stay_apart() {
    // The 2022 speed limit is not this ban; last year's 74 accidents are not the 1,800 scooters.
    let c = compare_set("german2");
    apart_from_each(
        &c,
        (0, "Bereits 2022"),
        &[
            (0, "Kaltenburg (dpa)"),
            (1, "Nach monatelangem Streit"),
            (2, "In Kaltenburg dürfen"),
        ],
    );
    apart_from_each(
        &c,
        (0, "Im vergangenen Jahr"),
        &[(0, "Die drei Anbieter"), (2, "Die rund 1.800 Roller")],
    );
}

#[test]
fn third_english_topical_neighbours_stay_apart() {
    // The ferry's grounding of December 2023 is not this grounding; the title of the copied
    // page is its headline, not the skip link or the cookie banner above it.
    let c = compare_set("english3");
    apart_from_each(
        &c,
        (1, "also ran aground in December 2023"),
        &[
            (0, "A passenger ferry ran aground"),
            (1, "More than 200 passengers"),
            (2, "A ferry with more than 200 people"),
        ],
    );
    assert!(c.documents[1]
        .title
        .starts_with("Ferry carrying more than 200 people"));
}

/// A passage of one report: (report, snippet).
type At = (usize, &'static str);

/// See [`EARLIER_EVENTS`].
type EarlierEvent = (&'static str, At, [&'static str; 3], At);

/// The test sets of languages without stemmer or cues: an earlier event that must stay apart
/// from the event's statement in each report, and the report whose headline sits under
/// section labels or a button (set, (report, earlier event), the statement per report,
/// (report, headline)).
const EARLIER_EVENTS: &[EarlierEvent] = &[
    (
        "swedish",
        (2, "Redan 2019"),
        [
            "Tre personer omkom",
            "Tre människor dog",
            "En buss med över 40 personer",
        ],
        (1, "Bussolyckan"),
    ),
    (
        "polish",
        (2, "Ostatni raz Rada obniżyła stopy w lipcu"),
        [
            "obniżyła w środę stopy procentowe",
            "zdecydowała w środę o obniżeniu",
            "Stopy procentowe w Polsce są niższe",
        ],
        (2, "NBP tnie stopy"),
    ),
    (
        "turkish",
        (1, "2011 yılında"),
        [
            "saat 03.17'de 5,6",
            "gece saatlerinde 5,6",
            "gece 03.17'de meydana gelen",
        ],
        (2, "Kütahya'da deprem"),
    ),
    (
        "ukrainian",
        (2, "У 2019 році"),
        ["спалахнула пожежа", "сталася пожежа", "виникла пожежа"],
        (2, "Пожежа в одеському ТЦ"),
    ),
    (
        "finnish",
        (0, "Vuonna 2011"),
        [
            "katkaisi sähköt pahimmillaan",
            "koski pahimmillaan 142 000",
            "Sähköt katkesivat tiistai-iltana",
        ],
        (1, "Aila-myrsky jätti"),
    ),
    (
        "romanian",
        (2, "În iulie 2025"),
        [
            "Guvernul a aprobat miercuri majorarea",
            "Salariul minim brut va fi de 4.325",
            "Executivul a decis miercuri",
        ],
        (1, "Salariul minim creşte"),
    ),
    (
        "czech",
        (0, "V roce 2016"),
        [
            "Krajský soud v Brně dnes poslal",
            "si má odpykat šest let",
            "půjde na šest let do vězení",
        ],
        (1, "Exředitel nemocnice dostal šest let"),
    ),
];

#[test]
fn earlier_events_stay_apart_and_headlines_sit_under_labels() {
    for &(set, earlier, statement, (doc, headline)) in EARLIER_EVENTS {
        let c = compare_set(set);
        let each: Vec<(usize, &str)> = statement.iter().copied().enumerate().collect();
        apart_from_each(&c, earlier, &each);
        assert!(
            c.documents[doc].title.starts_with(headline),
            "{set}: title {}",
            c.documents[doc].title
        );
    }
    // Polish: the stock index rising is not the banks' shares falling.
    let c = compare_set("polish");
    assert!(apart(
        &groups_of(&c, 0, "indeks WIG20"),
        &groups_of(&c, 2, "Akcje banków potaniały")
    ));
}

#[test]
fn a_kicker_over_the_headline_and_german_money_in_four_reports() {
    // The fourth German set: the magazine's page sets a kicker over its headline; both are its
    // title, shown joined, and the headline meets the other titles, no body sentence.
    let c = compare_set("german4");
    assert_eq!(
        c.documents[1].title,
        "Tarifstreit bei der Bahn: Durchbruch nach 20-Stunden-Marathon"
    );
    let headline = group_of(&c, 1, "Durchbruch nach");
    assert!(headline.is_some());
    assert_eq!(headline, group_of(&c, 0, "Tarifeinigung bei der"));
    assert_ne!(headline, group_of(&c, 0, "Nach fast 20 Stunden"));
    // "2,1 Mrd. Euro" and "2,1 Milliarden Euro": the cost in three reports.
    let cost = group_of(&c, 0, "2,1 Mrd. Euro");
    assert!(cost.is_some());
    assert_eq!(cost, group_of(&c, 1, "2,1 Milliarden Euro"));
    assert_eq!(cost, group_of(&c, 2, "Mehrkosten"));
}

#[test]
fn sentences_around_a_sign_up_box_are_neighbours() {
    // One report says in two sentences, with a sign-up box between them, what another says in
    // one: both sentences are in its group (the box is not part of the report).
    let reports = [
        ReportInput::new(
            "a",
            "Varga survives vote\n\nPrime Minister Elena Varga survived a no-confidence vote on Thursday, with 312 lawmakers backing her and 298 against.\n\nThe currency rose.",
        ),
        ReportInput::new(
            "b",
            "Varga clings on\n\nElena Varga has survived a vote of no confidence on Thursday.\n\nSign up to our politics newsletter\nEnter your email address\n\nThe prime minister won the backing of 312 lawmakers, while 298 voted against her.\n\nAnalysts were surprised.",
        ),
    ];
    let c = parallax_engine::compare(&reports, &CompareOptions::default());
    let lead = group_of(&c, 1, "has survived a vote").expect("the lead is linked");
    assert_eq!(group_of(&c, 1, "won the backing of 312"), Some(lead));
    assert_eq!(group_of(&c, 0, "survived a no-confidence vote"), Some(lead));
}

#[test]
fn headlines_of_different_events_stay_apart() {
    // Two German reports of other events next to the seeds: every headline has counterparts
    // in its own event only, though all of them are German news headlines.
    let (train, _) = gold::set("german");
    let mut reports = gold::seeds();
    reports.extend(train.into_iter().take(2));
    let c = parallax_engine::compare(&reports, &CompareOptions::default());
    let title_group = |doc: usize| {
        c.documents[doc]
            .passages
            .iter()
            .find(|p| p.kind == parallax_engine::segment::PassageKind::Heading)
            .and_then(|p| p.group)
    };
    let (cyber, rail) = (title_group(0), title_group(3));
    assert!(cyber.is_some() && rail.is_some(), "{cyber:?} {rail:?}");
    assert_eq!(title_group(1), cyber);
    assert_eq!(title_group(4), rail);
    assert_ne!(cyber, rail);
}

#[test]
fn russian_topical_neighbours_stay_apart() {
    // The burst on the same pipe in December 2022 is not this one; the column's title is the
    // headline under the breadcrumb, and the dateline opens the lead.
    let c = compare_set("russian");
    apart_from_each(
        &c,
        (0, "В декабре 2022"),
        &[
            (0, "Авария произошла во вторник"),
            (1, "Рано утром на улице Станиславского"),
            (2, "Во вторник утром"),
        ],
    );
    assert_eq!(c.documents[0].language.code(), "ru");
    assert!(c.documents[1].title.starts_with("Новосибирск замерзает"));
    assert!(c.documents[0].passages[1]
        .text
        .starts_with("НОВОСИБИРСК, 14 января. /ТАСС/. Около 30 тыс."));
}

#[test]
fn fourth_english_topical_neighbours_stay_apart() {
    // June's attack on Synlab is not this attack's disruption; the acronym "IT" does not end
    // a sentence; the caption and the reporter's role are furniture.
    let c = compare_set("english4");
    apart_from_each(
        &c,
        (0, "In June, an attack on Synlab"),
        &[
            (0, "Doctors and nurses have gone back"),
            (1, "relying on paper notes"),
            (2, "Staff have switched"),
            (0, "A ransomware attack has crippled"),
        ],
    );
    assert!(passage(&c, 1, "declared a critical incident")
        .text
        .ends_with("after its IT systems were hit by ransomware on Monday night."));
    for snippet in [
        "Northvale General Hospital is one of three",
        "Health correspondent",
    ] {
        assert!(passage(&c, 1, snippet).reason.is_some(), "{snippet}");
    }
}

#[test]
fn every_group_of_two_reports_scores_the_links_that_formed_it() {
    // A second group ("also") is one passage the grouping left alone plus the member of
    // another group it links to: its score is that link's, not the 0 of a group of one.
    for name in gold::SETS {
        let c = compare_set(name);
        let floor = CompareOptions::default().threshold * parallax_engine::align::WEAK_SHARE;
        for g in c.groups.iter().filter(|g| g.reports.len() >= 2) {
            assert!(
                g.score >= floor,
                "{name}: group {:?} scores {}",
                g.members
                    .iter()
                    .map(|m| (m.doc, m.passage))
                    .collect::<Vec<_>>(),
                g.score
            );
        }
    }
}

#[test]
fn reports_of_different_events_in_different_languages_stay_apart() {
    // The German example with an English ferry report (the newspaper page), and the English
    // explosion reports with the museum theft in three languages: no statement group mixes
    // the two events (words of one report weigh less across languages only when the reports
    // share the rare words of one event).
    let options = CompareOptions::default();
    let (ferry, _) = gold::set("english3");
    let (explosion, _) = gold::set("english");
    let (theft, _) = gold::set("mixed");
    for (first, second) in [(gold::seeds(), vec![ferry[1].clone()]), (explosion, theft)] {
        let split = first.len();
        let c = parallax_engine::compare(&[first, second].concat(), &options);
        for g in &c.groups {
            let sides: std::collections::BTreeSet<bool> =
                g.members.iter().map(|m| m.doc < split).collect();
            assert_eq!(sides.len(), 1, "{:?}", g.members);
        }
    }
}
