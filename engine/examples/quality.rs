//! Prints link and boilerplate precision/recall/F1 on the bundled seed reports, for a range of
//! thresholds, then the same for the English, German and French test sets (`tests/fixtures/`):
//! `cargo run -p parallax-engine --example quality`.

#[path = "../tests/gold/mod.rs"]
mod gold;

use parallax_engine::CompareOptions;

fn main() {
    let default = CompareOptions::default();
    println!("threshold  links P/R/F1          boilerplate P/R/F1");
    for t in [0.15, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.35, 0.4] {
        let r = gold::evaluate(&CompareOptions {
            threshold: t,
            ..default
        });
        let mark = if (t - default.threshold).abs() < 1e-6 {
            " (default)"
        } else {
            ""
        };
        println!(
            "{t:>9.2}  {:.2} / {:.2} / {:.2}    {:.2} / {:.2} / {:.2}{mark}",
            r.links.precision,
            r.links.recall,
            r.links.f1,
            r.boilerplate.precision,
            r.boilerplate.recall,
            r.boilerplate.f1
        );
    }
    let r = gold::evaluate(&default);
    println!(
        "missed sure links whose passage is offered as a closest passage: {} of {}",
        r.offered.0, r.offered.1
    );
    for line in &r.details {
        println!("{line}");
    }
    for (set, what) in [
        ("english", "English test set"),
        ("german", "German test set (train accident)"),
        ("french", "French test set (floods)"),
        ("spanish", "Spanish test set (forest fire)"),
        ("dutch", "Dutch test set (dike breach)"),
        ("italian", "Italian test set (landslide)"),
        ("portuguese", "Portuguese test set (train drivers' strike)"),
        ("english2", "Second English test set (EU fine)"),
        ("german2", "Second German test set (e-scooter ban)"),
        (
            "english3",
            "Third English test set (ferry aground; whole pages copied)",
        ),
        ("swedish", "Swedish test set (bus accident; no stemmer)"),
        (
            "russian",
            "Russian test set (heating pipe burst; another script)",
        ),
        (
            "english4",
            "Fourth English test set (hospital ransomware; whole pages copied)",
        ),
        (
            "polish",
            "Polish test set (interest-rate cut; no stemmer, not a disaster)",
        ),
        (
            "turkish",
            "Turkish test set (earthquake; no stemmer, suffixes after apostrophes)",
        ),
        (
            "ukrainian",
            "Ukrainian test set (shopping-centre fire; Cyrillic without stemmer)",
        ),
        (
            "english5",
            "Fifth English test set (no-confidence vote; politics)",
        ),
        (
            "finnish",
            "Finnish test set (storm and power cuts; no stemmer, case endings)",
        ),
        (
            "czech",
            "Czech test set (a court case; no stemmer, not a disaster)",
        ),
        (
            "hungarian",
            "Hungarian test set (a river poisoned by a plant's wastewater; no stemmer, suffixes)",
        ),
        (
            "romanian",
            "Romanian test set (minimum wage; no stemmer, two encodings of ș and ț)",
        ),
        (
            "indonesian",
            "Indonesian test set (a volcano erupts; no stemmer, affixes around roots)",
        ),
        (
            "german3",
            "Third German test set (fire at a recycling company; whole pages copied)",
        ),
        (
            "french2",
            "Second French test set (a carmaker closes a plant; whole pages copied)",
        ),
        (
            "spanish2",
            "Second Spanish test set (an earthquake in Granada; whole pages copied)",
        ),
        (
            "italian2",
            "Second Italian test set (a doctors' strike; whole pages copied)",
        ),
        (
            "dutch2",
            "Second Dutch test set (a rail signalling failure; whole pages copied)",
        ),
        (
            "portuguese2",
            "Second Portuguese test set (a crane falls in Porto; whole pages copied)",
        ),
        (
            "danish",
            "Danish test set (800 jobs cut in Esbjerg; whole pages copied, no stemmer)",
        ),
        (
            "norwegian",
            "Norwegian test set (a nurses' strike; whole pages copied, no stemmer)",
        ),
        (
            "chinese",
            "Chinese test set (a high-speed line opens; whole pages copied, no spaces)",
        ),
        (
            "arabic",
            "Arabic test set (fuel prices rise; whole pages copied, right to left, no stemmer)",
        ),
        (
            "japanese",
            "Japanese test set (a paper mill closes; whole pages copied, no spaces)",
        ),
        (
            "korean",
            "Korean test set (subway fares rise; whole pages copied, endings glued to words)",
        ),
        (
            "vietnamese",
            "Vietnamese test set (petrol motorbikes banned; whole pages copied, words of one syllable)",
        ),
        (
            "greek",
            "Greek test set (a transport strike; whole pages copied, Greek script, no stemmer)",
        ),
        (
            "mixed",
            "Mixed test set (a museum theft; English, German and French reports of one event)",
        ),
        (
            "mixed2",
            "Second mixed test set (a heat record; Spanish, English and Italian reports of one event)",
        ),
        (
            "mixed3",
            "Third mixed test set (containers lost at sea; English, Dutch and Portuguese reports)",
        ),
        (
            "english6",
            "Sixth English test set (a supermarket merger blocked; four reports, one a short local piece)",
        ),
        (
            "german4",
            "Fourth German test set (a rail wage deal; four reports, one a short regional piece)",
        ),
        (
            "spanish3",
            "Third Spanish test set (a sleep and blood-pressure study; science and health)",
        ),
        (
            "english7",
            "Seventh English test set (a cup final; a match report, minutes and scores as figures)",
        ),
        (
            "german5",
            "Fifth German test set (GPS jamming over the Baltic; machine-translated, as the seeds)",
        ),
        (
            "french3",
            "Third French test set (a government toppled; politics, no-break spaces, a live page)",
        ),
        (
            "italian3",
            "Third Italian test set (a budget law; two reports only, an agency wire and an explainer)",
        ),
        (
            "english8",
            "Eighth English test set (a car recall; a wire, a tech site's page, a business broadcaster's page)",
        ),
        (
            "hindi",
            "Hindi test set (a cloudburst; Devanagari, the danda as full stop, no stemmer)",
        ),
        (
            "hebrew",
            "Hebrew test set (a rate cut; right to left, prefixes glued to words, no stemmer)",
        ),
        (
            "german6",
            "Sixth German test set (the November inflation figure; economic statistics, figures a tenth apart)",
        ),
        (
            "persian",
            "Persian test set (schools closed for smog; Arabic script, zero-width non-joiners, Persian digits)",
        ),
        (
            "english9",
            "Ninth English test set (a wildfire; five reports, one a radio bulletin; metric figures first)",
        ),
        (
            "german7",
            "Seventh German test set (a mayoral election to a runoff; a list of results, a live ticker)",
        ),
        (
            "bengali",
            "Bengali test set (record rain in Dhaka; Bengali script and digits, the danda, no stemmer)",
        ),
        (
            "thai",
            "Thai test set (a flash flood; no spaces between words, no full stops, Thai digits)",
        ),
    ] {
        println!("\n{what} (tests/fixtures/{set}), default threshold:");
        let r = gold::evaluate_set(set, &default);
        println!(
            "links P/R/F1 {:.2} / {:.2} / {:.2}, boilerplate P/R/F1 {:.2} / {:.2} / {:.2}, missed sure links offered as closest: {} of {}",
            r.links.precision,
            r.links.recall,
            r.links.f1,
            r.boilerplate.precision,
            r.boilerplate.recall,
            r.boilerplate.f1,
            r.offered.0,
            r.offered.1
        );
        for line in &r.details {
            println!("{line}");
        }
    }
}
