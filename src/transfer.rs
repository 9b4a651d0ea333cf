//! Export and import of a comparison: the engine's JSON (schema v1) with the app's reports and
//! settings added under "parallax_app", and CSV from the engine. Import accepts either that file
//! or a plain `parallax compare` JSON (texts rebuilt from its passages).

use crate::state::{Draft, Saved};
use parallax_engine::model::Comparison;
use serde::{Deserialize, Serialize};

/// The export file: the engine's comparison with the app's own state added.
#[derive(Serialize)]
struct ExportFile<'a> {
    #[serde(flatten)]
    comparison: &'a Comparison,
    parallax_app: &'a Saved,
}

/// The export file: the engine's comparison plus the app's own state (typed, no JSON `Value`
/// tree: about 10 KB less WebAssembly).
pub fn export_json(c: &Comparison, saved: &Saved) -> String {
    serde_json::to_string_pretty(&ExportFile {
        comparison: c,
        parallax_app: saved,
    })
    .unwrap_or_default()
}

#[derive(Deserialize)]
struct EnginePassage {
    text: String,
    paragraph: usize,
}

#[derive(Deserialize)]
struct EngineDocument {
    name: String,
    passages: Vec<EnginePassage>,
}

/// What an import reads of a file; every other field is ignored.
#[derive(Deserialize)]
struct ImportFile {
    parallax_app: Option<serde::de::IgnoredAny>,
    schema_version: Option<u64>,
    documents: Option<Vec<EngineDocument>>,
}

/// Only the app part of an export file.
#[derive(Deserialize)]
struct AppPart {
    parallax_app: Saved,
}

/// Reads an exported file back into app state, or says in one line why it cannot.
pub fn import_json(text: &str, current: &Saved) -> Result<Saved, String> {
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|e| format!("not JSON ({e})"))?;
    let file: ImportFile =
        serde_json::from_str(text).map_err(|e| format!("not a Parallax comparison ({e})"))?;
    if file.parallax_app.is_some() {
        return serde_json::from_str::<AppPart>(text)
            .map(|a| a.parallax_app)
            .map_err(|e| format!("unknown Parallax file ({e})"));
    }
    if file.schema_version != Some(1) {
        return Err("not a Parallax comparison (schema_version 1 expected)".into());
    }
    let docs = file.documents.ok_or("documents missing")?;
    let mut saved = current.clone();
    saved.reports = docs
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let mut text = String::new();
            let mut paragraph = None;
            for p in d.passages {
                if paragraph.is_some() {
                    text.push(if paragraph == Some(p.paragraph) {
                        ' '
                    } else {
                        '\n'
                    });
                }
                text.push_str(&p.text);
                paragraph = Some(p.paragraph);
            }
            Draft {
                id: i as u32,
                label: format!("{} {}", current.ui_lang.texts().report, i + 1),
                name: d.name,
                text,
            }
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
        assert!(json.contains("\"schema_version\": 1"));
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
    fn bad_files_give_a_reason() {
        let s = Saved::example(UiLang::De);
        assert!(import_json("{", &s).unwrap_err().starts_with("not JSON"));
        assert!(import_json("{\"schema_version\": 7}", &s)
            .unwrap_err()
            .contains("schema_version"));
        assert!(import_json("[1,2]", &s).is_err());
        assert!(import_json("{\"schema_version\": 1, \"documents\": 5", &s)
            .unwrap_err()
            .starts_with("not JSON"));
    }
}
