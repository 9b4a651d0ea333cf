//! User-interface texts in German and English.

use crate::json::Json;
use serde::Serialize;

/// The language of the user interface (not of the reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum UiLang {
    /// Deutsch.
    #[default]
    De,
    /// English.
    En,
}

impl UiLang {
    /// Reads a language as `Serialize` writes it.
    pub fn from_json(v: &Json) -> Result<Self, String> {
        Ok([UiLang::De, UiLang::En][v.variant(&["De", "En"])?])
    }

    /// German when the browser prefers German, else English.
    pub fn from_browser(tag: &str) -> Self {
        if tag.to_ascii_lowercase().starts_with("de") {
            UiLang::De
        } else {
            UiLang::En
        }
    }

    /// The other language.
    pub fn toggled(self) -> Self {
        match self {
            UiLang::De => UiLang::En,
            UiLang::En => UiLang::De,
        }
    }

    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            UiLang::De => "de",
            UiLang::En => "en",
        }
    }

    /// All texts in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            UiLang::De => &DE,
            UiLang::En => &EN,
        }
    }
}

/// Every text the interface shows.
pub struct Texts {
    pub tagline: &'static str,
    pub report: &'static str,
    pub legend_all: &'static str,
    pub legend_some: &'static str,
    pub legend_only: &'static str,
    pub legend_hint: &'static str,
    pub threshold: &'static str,
    pub sentences: &'static str,
    pub paragraphs: &'static str,
    pub columns_view: &'static str,
    pub synopsis_view: &'static str,
    pub edit_reports: &'static str,
    pub done: &'static str,
    pub show_removed: &'static str,
    pub removed_text: &'static str,
    pub restore: &'static str,
    pub also_in: &'static str,
    pub only_in_this: &'static str,
    pub near_heading: &'static str,
    /// Heading of a passage's second statement group in the detail (a passage of two facts).
    pub second_statement: &'static str,
    pub resembles: &'static str,
    pub near_note: &'static str,
    pub in_all: &'static str,
    pub in_some: &'static str,
    pub only_here: &'static str,
    pub statement: &'static str,
    pub close: &'static str,
    pub words_all: &'static str,
    pub words_some: &'static str,
    pub words_only: &'static str,
    pub similarity: &'static str,
    pub add_report: &'static str,
    pub paste_here: &'static str,
    pub upload: &'static str,
    pub drop_here: &'static str,
    pub remove: &'static str,
    pub move_left: &'static str,
    pub move_right: &'static str,
    pub back_to_example: &'static str,
    pub label: &'static str,
    pub need_two: &'static str,
    pub too_many: &'static str,
    pub empty_report: &'static str,
    pub not_text: &'static str,
    pub too_big: &'static str,
    pub storage_failed: &'static str,
    pub storage_reset: &'static str,
    pub language_switch: &'static str,
    pub reports_nav: &'static str,
    pub keyboard_hint: &'static str,
    pub export: &'static str,
    pub import_failed: &'static str,
    pub boilerplate_reason: fn(&str) -> &'static str,
    pub facts_view: &'static str,
    pub fact: &'static str,
    pub all_kinds: &'static str,
    pub fact_kinds: [&'static str; 7],
    pub fact_kind_one: [&'static str; 7],
    pub facts_hint: &'static str,
    pub facts_csv: &'static str,
    pub named_in: &'static str,
    pub not_named_in: &'static str,
    pub jump: &'static str,
    pub only_in: &'static str,
    pub and: &'static str,
    pub differing_facts: &'static str,
    pub no_facts: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_ready: &'static str,
    pub link_too_long: (&'static str, &'static str),
    pub shared_opened: &'static str,
    pub link_failed: &'static str,
    pub more_settings: &'static str,
    pub aligning: &'static str,
    pub cancel: &'static str,
    pub cancelled: &'static str,
}

fn reason_de(code: &str) -> &'static str {
    match code {
        "advertisement" => "Werbehinweis",
        "related_links" => "Linkkasten",
        "newsletter" => "Newsletter/Anmeldung",
        "social" => "Social-Media-Aufruf",
        "comments" => "Kommentarformular",
        "price" => "Preis",
        "image" => "Bild oder Link",
        "product_teaser" => "Produktanzeige",
        "credit" => "Autor, Zeitstempel oder Mitarbeit",
        "repeated" => "wiederholte Zeile",
        "navigation" => "Navigationspfad oder Menü",
        _ => "Beiwerk",
    }
}

fn reason_en(code: &str) -> &'static str {
    match code {
        "advertisement" => "advertisement marker",
        "related_links" => "related links",
        "newsletter" => "newsletter/sign-up",
        "social" => "social media prompt",
        "comments" => "comment form",
        "price" => "price",
        "image" => "image or link",
        "product_teaser" => "product teaser",
        "credit" => "byline, time stamp or credit",
        "repeated" => "repeated line",
        "navigation" => "breadcrumb trail or menu",
        _ => "page furniture",
    }
}

static DE: Texts = Texts {
    tagline: "Mehrere Berichte über dasselbe Ereignis – was alle sagen, was nur einige sagen, was nur einer sagt.",
    report: "Bericht",
    legend_all: "in allen Berichten",
    legend_some: "in einigen",
    legend_only: "nur in diesem",
    legend_hint: "Zahlen zeigen, welche Berichte die Aussage enthalten; ≈2: ähnelt einer Stelle in Bericht 2 (knapp nicht verknüpft). Zeigen oder fokussieren: Gegenstücke leuchten auf; Klick oder Enter: Wortvergleich.",
    threshold: "Ähnlichkeitsschwelle",
    sentences: "Sätze",
    paragraphs: "Absätze",
    columns_view: "Spalten",
    synopsis_view: "Synopse",
    edit_reports: "Berichte bearbeiten",
    done: "Fertig",
    show_removed: "Beiwerk zeigen",
    removed_text: "Entferntes Beiwerk",
    restore: "wieder einblenden",
    also_in: "auch in",
    only_in_this: "nur in diesem Bericht",
    near_heading: "Am ähnlichsten in anderen Berichten",
    second_statement: "Derselbe Abschnitt sagt außerdem",
    resembles: "ähnelt Bericht",
    near_note: "nicht verknüpft (unter der Schwelle oder nicht zu allen Berichten der Aussage passend): Sagen sie dasselbe? Prüfen Sie selbst.",
    in_all: "in allen",
    in_some: "in einigen",
    only_here: "nur hier",
    statement: "Aussage",
    close: "Schließen",
    words_all: "Wort in allen",
    words_some: "Wort in einigen",
    words_only: "Wort nur hier",
    similarity: "Ähnlichkeit",
    add_report: "Bericht hinzufügen",
    paste_here: "Text des Berichts hier einfügen …",
    upload: "Datei laden (.txt, .md, .html, .json)",
    drop_here: "oder Dateien hierher ziehen",
    remove: "Entfernen",
    move_left: "Nach vorn",
    move_right: "Nach hinten",
    back_to_example: "Zurück zum Beispiel",
    label: "Bezeichnung",
    need_two: "Für einen Vergleich braucht es mindestens zwei Berichte mit Text.",
    too_many: "Höchstens 50 Berichte auf einmal.",
    empty_report: "Dieser Bericht ist leer.",
    not_text: "Die Datei ist kein lesbarer Text (UTF-8).",
    too_big: "Zu groß: höchstens 10 MB Text insgesamt.",
    storage_failed: "Speichern im Browser fehlgeschlagen (Speicher voll?) – Ihre Eingaben gehen beim Neuladen verloren. Laden Sie den Vergleich als Datei herunter (JSON ↓), um ihn zu behalten.",
    storage_reset: "Gespeicherte Daten waren unlesbar; das Beispiel wurde geladen.",
    language_switch: "English",
    reports_nav: "Berichte",
    keyboard_hint: "Tasten: Tab/Pfeile wandern, j/k nächste/vorige Abweichung, Enter Details, Esc schließen.",
    export: "Vergleich herunterladen",
    import_failed: "Import fehlgeschlagen",
    boilerplate_reason: reason_de,
    facts_view: "Fakten",
    fact: "Fakt",
    all_kinds: "Alle",
    fact_kinds: ["Personen", "Organisationen", "Orte", "Namen", "Zahlen", "Daten", "Zitate"],
    fact_kind_one: ["Person", "Organisation", "Ort", "Name", "Zahl", "Datum", "Zitat"],
    facts_hint: "Fakten, die nicht alle Berichte nennen, stehen oben. Ein Klick auf einen Punkt zeigt die Stelle im Bericht.",
    facts_csv: "Fakten als CSV",
    named_in: "genannt in Bericht",
    not_named_in: "nicht genannt in Bericht",
    jump: "zur Stelle",
    only_in: "nur in",
    and: "und",
    differing_facts: "Nur in einigen Berichten genannt",
    no_facts: "Keine Fakten dieser Art gefunden.",
    copy_link: "Link kopieren",
    link_copied: "Link in die Zwischenablage kopiert:",
    link_ready: "Link zum Teilen:",
    link_too_long: ("Der Link wäre", "Zeichen lang – mehr als 8000 kommen in Mail, Chat und manchen Browsern nicht heil an. Teilen Sie den Vergleich stattdessen als Datei (JSON ↓)."),
    shared_opened: "Geteilter Vergleich – Ihre gespeicherten Berichte bleiben unverändert.",
    link_failed: "Link nicht lesbar",
    more_settings: "Einstellungen & Export",
    aligning: "Große Eingabe – der Vergleich läuft im Hintergrund; Sie können weiterarbeiten.",
    cancel: "Abbrechen",
    cancelled: "Vergleich abgebrochen; der vorige Stand bleibt sichtbar.",
};

static EN: Texts = Texts {
    tagline: "Several reports of the same event – what all say, what only some say, what only one says.",
    report: "Report",
    legend_all: "in all reports",
    legend_some: "in some",
    legend_only: "only in this one",
    legend_hint: "Numbers show which reports state it; ≈2: resembles a passage of report 2 (nearly linked). Hover or focus: counterparts light up; click or Enter: word comparison.",
    threshold: "Similarity threshold",
    sentences: "Sentences",
    paragraphs: "Paragraphs",
    columns_view: "Columns",
    synopsis_view: "Synopsis",
    edit_reports: "Edit reports",
    done: "Done",
    show_removed: "Show page furniture",
    removed_text: "Removed page furniture",
    restore: "show again",
    also_in: "also in",
    only_in_this: "only in this report",
    near_heading: "Closest in other reports",
    second_statement: "The same passage also states",
    resembles: "resembles report",
    near_note: "not linked (below the threshold, or not matching every report of the statement): do they say the same? Check for yourself.",
    in_all: "in all",
    in_some: "in some",
    only_here: "only here",
    statement: "Statement",
    close: "Close",
    words_all: "word in all",
    words_some: "word in some",
    words_only: "word only here",
    similarity: "similarity",
    add_report: "Add report",
    paste_here: "Paste the report's text here …",
    upload: "Load file (.txt, .md, .html, .json)",
    drop_here: "or drop files here",
    remove: "Remove",
    move_left: "Move earlier",
    move_right: "Move later",
    back_to_example: "Back to the example",
    label: "Label",
    need_two: "A comparison needs at least two reports with text.",
    too_many: "At most 50 reports at a time.",
    empty_report: "This report is empty.",
    not_text: "The file is not readable text (UTF-8).",
    too_big: "Too big: at most 10 MB of text in all.",
    storage_failed: "Saving in the browser failed (storage full?) – your input will be lost on reload. Download the comparison (JSON ↓) to keep it.",
    storage_reset: "Saved data was unreadable; the example was loaded.",
    language_switch: "Deutsch",
    reports_nav: "Reports",
    keyboard_hint: "Keys: Tab/arrows move, j/k next/previous divergence, Enter details, Esc close.",
    export: "Download the comparison",
    import_failed: "Import failed",
    boilerplate_reason: reason_en,
    facts_view: "Facts",
    fact: "Fact",
    all_kinds: "All",
    fact_kinds: ["People", "Organisations", "Places", "Names", "Numbers", "Dates", "Quotes"],
    fact_kind_one: ["Person", "Organisation", "Place", "Name", "Number", "Date", "Quote"],
    facts_hint: "Facts that not every report names come first. Click a dot to see the passage in its report.",
    facts_csv: "Facts as CSV",
    named_in: "named in report",
    not_named_in: "not named in report",
    jump: "show passage",
    only_in: "only in",
    and: "and",
    differing_facts: "Named by only some reports",
    no_facts: "No facts of this kind found.",
    copy_link: "Copy link",
    link_copied: "Link copied to the clipboard:",
    link_ready: "Link to share:",
    link_too_long: ("The link would be", "characters long – over 8,000 do not survive mail, chat and some browsers. Share the comparison as a file instead (JSON ↓)."),
    shared_opened: "Shared comparison – your own saved reports stay untouched.",
    link_failed: "Link unreadable",
    more_settings: "Settings & export",
    aligning: "Big input – comparing in the background; you can keep working.",
    cancel: "Cancel",
    cancelled: "Comparison cancelled; the previous result stays.",
};
