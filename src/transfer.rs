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

/// What an import of a plain engine file reads; every other field is ignored.
#[derive(Deserialize)]
struct ImportFile {
    schema_version: Option<u64>,
    documents: Option<Vec<EngineDocument>>,
}

/// The app part of an export file, if there is one (the engine part is skipped unread).
#[derive(Deserialize)]
struct AppPart {
    parallax_app: Option<Saved>,
}

/// Why `text` is no importable file, in one line (only worked out when reading failed).
fn why_not(text: &str, error: serde_json::Error) -> String {
    #[derive(Deserialize)]
    struct Marked {
        parallax_app: Option<serde::de::IgnoredAny>,
    }
    match serde_json::from_str::<Marked>(text) {
        Err(e) if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() => {
            format!("not JSON ({e})")
        }
        Ok(Marked {
            parallax_app: Some(_),
        }) => format!("unknown Parallax file ({error})"),
        _ => format!("not a Parallax comparison ({error})"),
    }
}

/// Reads an exported file back into app state, or says in one line why it cannot. A big file is
/// read once when all is well (the reasons for a failure are sorted out afterwards).
pub fn import_json(text: &str, current: &Saved) -> Result<Saved, String> {
    match serde_json::from_str::<AppPart>(text) {
        Ok(AppPart {
            parallax_app: Some(saved),
        }) => return Ok(saved),
        Ok(_) => {}
        Err(e) => return Err(why_not(text, e)),
    }
    let file: ImportFile = serde_json::from_str(text).map_err(|e| why_not(text, e))?;
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
        assert!(import_json("{\"parallax_app\": {\"reports\": 5}}", &s)
            .unwrap_err()
            .starts_with("unknown Parallax file"));
        assert!(import_json("{\"documents\": []}", &s)
            .unwrap_err()
            .contains("schema_version"));
        assert!(import_json("{\"schema_version\": 1, \"documents\": 5", &s)
            .unwrap_err()
            .starts_with("not JSON"));
    }
}
