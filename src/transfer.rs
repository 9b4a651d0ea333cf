//! Export and import of a comparison: the engine's JSON (schema v1) with the app's reports and
//! settings added under "parallax_app", and CSV from the engine. Import accepts either that file
//! or a plain `parallax compare` JSON (texts rebuilt from its passages).

use crate::json::{self, within, Json};
use crate::state::{Draft, Saved};
use parallax_engine::model::Comparison;
use serde::Serialize;

/// The export file: the engine's comparison with the app's own state added.
#[derive(Serialize)]
struct ExportFile<'a> {
    #[serde(flatten)]
    comparison: &'a Comparison,
    parallax_app: &'a Saved,
}

/// The export file: the engine's comparison plus the app's own state (typed, no JSON `Value`
/// tree: about 10 KB less WebAssembly), on one line (`jq .` indents it; a second, indenting
/// serializer cost 750 bytes gzip).
pub fn export_json(c: &Comparison, saved: &Saved) -> String {
    serde_json::to_string(&ExportFile {
        comparison: c,
        parallax_app: saved,
    })
    .unwrap_or_default()
}

/// One report's texts rebuilt from the passages of a plain engine file (passages of one
/// paragraph joined by a space, paragraphs by a line break).
fn document_text(doc: &Json) -> Result<(String, String), String> {
    let name = within("name", doc.field("name")?.string())?;
    let passages = within(
        "passages",
        doc.field("passages")?.array(|p| {
            Ok((
                within("text", p.field("text")?.string())?,
                within("paragraph", p.field("paragraph")?.u32())?,
            ))
        }),
    )?;
    let mut text = String::new();
    let mut paragraph = None;
    for (passage, in_paragraph) in passages {
        if paragraph.is_some() {
            text.push(if paragraph == Some(in_paragraph) {
                ' '
            } else {
                '\n'
            });
        }
        text.push_str(&passage);
        paragraph = Some(in_paragraph);
    }
    Ok((name, text))
}

/// Reads an exported file back into app state, or says in one line why it cannot: either the
/// app's own part ("parallax_app") or, in a plain engine file, the reports' texts.
pub fn import_json(text: &str, current: &Saved) -> Result<Saved, String> {
    let file = json::parse(text).map_err(|e| format!("not JSON ({e})"))?;
    if let Some(app) = file.optional("parallax_app") {
        return Saved::from_json(app).map_err(|e| format!("unknown Parallax file ({e})"));
    }
    if file.optional("schema_version").map(Json::u32) != Some(Ok(1)) {
        return Err("not a Parallax comparison (schema_version 1 expected)".into());
    }
    let docs = file
        .optional("documents")
        .ok_or("documents missing")?
        .array(document_text)
        .map_err(|e| format!("not a Parallax comparison (documents: {e})"))?;
    let mut saved = current.clone();
    saved.reports = docs
        .into_iter()
        .enumerate()
        .map(|(i, (name, text))| Draft {
            id: i as u32,
            label: format!("{} {}", current.ui_lang.texts().report, i + 1),
            name,
            text,
        })
        .collect();
    saved.next_id = saved.reports.len() as u32;
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::UiLang;

    #[test]
    fn export_then_import_restores_reports_and_settings() {
        let mut saved = Saved::example(UiLang::En);
        saved.threshold = 0.42;
        saved.reports[1].label = "Quelle B".into();
        let c = parallax_engine::compare(&saved.inputs(), &saved.options());
        let json = export_json(&c, &saved);
        assert!(json.starts_with("{\"schema_version\":1,"));
        assert_eq!(
            import_json(&json, &Saved::example(UiLang::De)).unwrap(),
            saved
        );
    }

    #[test]
    fn a_plain_engine_file_rebuilds_the_texts() {
        let saved = Saved::example(UiLang::De);
        let c = parallax_engine::compare(&saved.inputs(), &saved.options());
        let plain = serde_json::to_string(&c).unwrap();
        let back = import_json(&plain, &saved).unwrap();
        assert_eq!(back.reports.len(), 3);
        assert!(back.reports[0]
            .text
            .starts_with("Japan, die USA und andere Verbündete"));
        let again = parallax_engine::compare(&back.inputs(), &back.options());
        assert_eq!(again.groups.len(), c.groups.len());
    }

    #[test]
    fn older_files_without_ids_load() {
        let file = r#"{"parallax_app": {"reports": [{"label": "A", "name": "a.txt", "text": "Eins."},
            {"label": "B", "name": "b.txt", "text": "Zwei."}], "threshold": 0.3,
            "granularity": "paragraph", "show_boilerplate": true, "view": "Synopsis", "ui_lang": "En"}}"#;
        let saved = import_json(file, &Saved::example(UiLang::De)).unwrap();
        assert_eq!((saved.reports[1].id, saved.next_id), (0, 0));
        assert_eq!(saved.reports[1].text, "Zwei.");
        assert_eq!(saved.granularity, parallax_engine::Granularity::Paragraph);
        assert_eq!(
            (saved.view, saved.ui_lang),
            (crate::state::ViewMode::Synopsis, UiLang::En)
        );
    }

    #[test]
    fn bad_files_give_a_reason() {
        let s = Saved::example(UiLang::De);
        assert!(import_json("{", &s).unwrap_err().starts_with("not JSON"));
        assert!(import_json("{\"schema_version\": 7}", &s)
            .unwrap_err()
            .contains("schema_version"));
        assert!(import_json("[1,2]", &s).is_err());
        assert_eq!(
            import_json("{\"parallax_app\": {\"reports\": 5}}", &s).unwrap_err(),
            "unknown Parallax file (reports: expected an array, found a number)"
        );
        assert!(import_json("{\"documents\": []}", &s)
            .unwrap_err()
            .contains("schema_version"));
        assert!(import_json("{\"schema_version\": 1, \"documents\": 5", &s)
            .unwrap_err()
            .starts_with("not JSON"));
    }
}
