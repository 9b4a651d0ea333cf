//! App state and the one reducer that changes it. Plain Rust: unit-tested natively.

use crate::example;
use crate::i18n::UiLang;
use crate::json::{within, Json};
use parallax_engine::{CompareOptions, Granularity, ReportInput};
use serde::Serialize;
use std::rc::Rc;
use yew::Reducible;

/// Most reports the app compares at once.
pub const MAX_REPORTS: usize = 50;
/// Most text (bytes, all reports together) the app accepts.
pub const MAX_TOTAL_BYTES: usize = 10 * 1024 * 1024;

/// One report as the user sees it: a label and its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Draft {
    /// Stable id (keys the editor's text boxes across reordering; 0 when a file lacks it).
    pub id: u32,
    /// Short label shown above the column ("Bericht 1").
    pub label: String,
    /// File name or origin.
    pub name: String,
    /// The text.
    pub text: String,
}

/// Columns side by side, or one synopsis table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum ViewMode {
    /// One column per report.
    #[default]
    Columns,
    /// One row per statement group.
    Synopsis,
    /// One row per fact, a mark per report naming it.
    Facts,
}

/// A passage: (report, passage index).
pub type PassageId = (usize, usize);

/// Everything the app shows; the persisted part is [`Saved`].
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// What survives a reload.
    pub saved: Saved,
    /// The passage under the pointer or keyboard focus.
    pub hovered: Option<PassageId>,
    /// The passage whose statement group is open in the detail panel.
    pub detail: Option<PassageId>,
    /// The report editor is open.
    pub editing: bool,
    /// The report shown on a phone.
    pub active_tab: usize,
    /// A message for the user (bad input, storage trouble).
    pub notice: Option<String>,
    /// Bumped whenever the comparison's inputs change (reports or settings).
    pub revision: u64,
    /// Bumped whenever anything persisted changes.
    pub save_revision: u64,
    /// Compact widget inside another page (`?embed`): no editor chrome.
    pub embed: bool,
    /// Save to localStorage (off for widgets, `?src=` and permalink pages: they never touch
    /// saved work).
    pub persist: bool,
    /// A permalink to show, and whether it is already in the clipboard.
    pub share_link: Option<(String, bool)>,
    /// Reports from `?src=` or a permalink are on their way: nothing is compared until they
    /// arrive (or fail to), so a big input does not wait behind the example.
    pub loading: bool,
}

/// The persisted part of the state (versioned in storage).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Saved {
    /// The reports, in column order.
    pub reports: Vec<Draft>,
    /// Similarity threshold (0–1).
    pub threshold: f32,
    /// Sentence or paragraph passages.
    pub granularity: Granularity,
    /// Show boilerplate inline instead of in the drawer.
    pub show_boilerplate: bool,
    /// Columns or synopsis.
    pub view: ViewMode,
    /// Interface language.
    pub ui_lang: UiLang,
    /// Id for the next added report (0 when a file lacks it).
    pub next_id: u32,
}

impl Saved {
    /// The bundled example with default settings.
    pub fn example(ui_lang: UiLang) -> Self {
        Self {
            reports: example_reports(ui_lang),
            threshold: CompareOptions::default().threshold,
            granularity: Granularity::Sentence,
            show_boilerplate: false,
            view: ViewMode::Columns,
            ui_lang,
            next_id: example::REPORTS.len() as u32,
        }
    }

    /// Engine inputs: reports with text, labelled.
    pub fn inputs(&self) -> Vec<ReportInput> {
        self.reports
            .iter()
            .map(|d| ReportInput::new(d.name.clone(), d.text.clone()))
            .collect()
    }

    /// Engine options from the settings.
    pub fn options(&self) -> CompareOptions {
        CompareOptions {
            threshold: self.threshold,
            granularity: self.granularity,
            ..CompareOptions::default()
        }
    }

    /// Why the reports cannot be compared, if they cannot.
    pub fn problem(&self) -> Option<&'static str> {
        let t = self.ui_lang.texts();
        if self
            .reports
            .iter()
            .filter(|d| !d.text.trim().is_empty())
            .count()
            < 2
        {
            Some(t.need_two)
        } else if self.reports.len() > MAX_REPORTS {
            Some(t.too_many)
        } else if self.reports.iter().map(|d| d.text.len()).sum::<usize>() > MAX_TOTAL_BYTES {
            Some(t.too_big)
        } else {
            None
        }
    }
}

impl Draft {
    /// Reads a report as `Serialize` writes it.
    pub fn from_json(v: &Json) -> Result<Self, String> {
        Ok(Self {
            id: v.optional("id").map_or(Ok(0), Json::u32)?,
            label: within("label", v.field("label")?.string())?,
            name: within("name", v.field("name")?.string())?,
            text: within("text", v.field("text")?.string())?,
        })
    }
}

impl ViewMode {
    /// Reads a view as `Serialize` writes it.
    pub fn from_json(v: &Json) -> Result<Self, String> {
        let all = [ViewMode::Columns, ViewMode::Synopsis, ViewMode::Facts];
        Ok(all[v.variant(&["Columns", "Synopsis", "Facts"])?])
    }
}

/// Reads the engine's granularity as its `Serialize` writes it.
fn granularity_from_json(v: &Json) -> Result<Granularity, String> {
    let all = [Granularity::Sentence, Granularity::Paragraph];
    Ok(all[v.variant(&["sentence", "paragraph"])?])
}

/// Reads the reports of a saved state or link.
pub fn reports_from_json(v: &Json) -> Result<Vec<Draft>, String> {
    within("reports", v.array(Draft::from_json))
}

/// The settings a saved state and a permalink both carry, as `Serialize` writes them.
pub struct Settings {
    /// Similarity threshold.
    pub threshold: f32,
    /// Sentence or paragraph passages.
    pub granularity: Granularity,
    /// Boilerplate shown inline.
    pub show_boilerplate: bool,
    /// Columns, synopsis or facts.
    pub view: ViewMode,
}

impl Settings {
    /// Reads the settings from the members of `v`.
    pub fn from_json(v: &Json) -> Result<Self, String> {
        Ok(Self {
            threshold: within("threshold", v.field("threshold")?.number())? as f32,
            granularity: within(
                "granularity",
                granularity_from_json(v.field("granularity")?),
            )?,
            show_boilerplate: within("show_boilerplate", v.field("show_boilerplate")?.bool())?,
            view: within("view", ViewMode::from_json(v.field("view")?))?,
        })
    }
}

impl Saved {
    /// Reads a saved state as `Serialize` writes it.
    pub fn from_json(v: &Json) -> Result<Self, String> {
        let reports = reports_from_json(v.field("reports")?)?;
        let settings = Settings::from_json(v)?;
        Ok(Self {
            reports,
            threshold: settings.threshold,
            granularity: settings.granularity,
            show_boilerplate: settings.show_boilerplate,
            view: settings.view,
            ui_lang: within("ui_lang", UiLang::from_json(v.field("ui_lang")?))?,
            next_id: v.optional("next_id").map_or(Ok(0), Json::u32)?,
        })
    }
}

fn default_label(ui_lang: UiLang, index: usize) -> String {
    format!("{} {}", ui_lang.texts().report, index + 1)
}

fn example_reports(ui_lang: UiLang) -> Vec<Draft> {
    example::REPORTS
        .iter()
        .enumerate()
        .map(|(i, (name, text))| Draft {
            id: i as u32,
            label: default_label(ui_lang, i),
            name: (*name).into(),
            text: (*text).into(),
        })
        .collect()
}

impl State {
    /// A fresh state around `saved`.
    pub fn new(saved: Saved) -> Self {
        Self {
            saved,
            hovered: None,
            detail: None,
            editing: false,
            active_tab: 0,
            notice: None,
            revision: 0,
            save_revision: 0,
            embed: false,
            persist: true,
            share_link: None,
            loading: false,
        }
    }
}

/// Everything the user can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Pointer or focus on a passage (None: left it).
    Hover(Option<PassageId>),
    /// Open the detail panel for a passage's statement group.
    Open(PassageId),
    /// Close the detail panel.
    CloseDetail,
    /// Change the similarity threshold.
    SetThreshold(f32),
    /// Sentence or paragraph passages.
    SetGranularity(Granularity),
    /// Show or hide boilerplate inline.
    ToggleBoilerplate,
    /// Columns or synopsis.
    SetView(ViewMode),
    /// Switch the interface language.
    ToggleLanguage,
    /// Open or close the report editor.
    ToggleEditor,
    /// Show a report's column on a phone.
    SetTab(usize),
    /// Show a passage in the columns: switch to them, select its report, highlight it.
    Reveal(PassageId),
    /// Show a permalink (and whether it was copied), or hide it.
    ShowLink(Option<(String, bool)>),
    /// Add a report (pasted, uploaded or dropped).
    AddReport { name: String, text: String },
    /// Replace a report's text.
    SetText(usize, String),
    /// Rename a report's label.
    SetLabel(usize, String),
    /// Remove a report.
    Remove(usize),
    /// Move a report one place earlier (-1) or later (+1).
    Move(usize, isize),
    /// Replace everything with the bundled example.
    ResetToExample,
    /// Replace reports and settings with an imported file's.
    Import(Box<Saved>),
    /// Show a message.
    Notify(String),
    /// Dismiss the message.
    DismissNotice,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let before = s.saved.clone();
        let reports_changed = matches!(
            action,
            Action::AddReport { .. }
                | Action::Remove(_)
                | Action::Move(..)
                | Action::ResetToExample
                | Action::Import(_)
                | Action::SetText(..)
                | Action::SetThreshold(_)
                | Action::SetGranularity(_)
        );
        match action {
            Action::Hover(p) => {
                if s.hovered == p {
                    return self;
                }
                s.hovered = p;
            }
            Action::Open(p) => s.detail = Some(p),
            Action::CloseDetail => s.detail = None,
            Action::SetThreshold(t) => s.saved.threshold = t.clamp(0.05, 0.95),
            Action::SetGranularity(g) => s.saved.granularity = g,
            Action::ToggleBoilerplate => s.saved.show_boilerplate = !s.saved.show_boilerplate,
            Action::SetView(v) => s.saved.view = v,
            Action::ToggleLanguage => s.saved.ui_lang = s.saved.ui_lang.toggled(),
            Action::ToggleEditor => s.editing = !s.editing,
            Action::SetTab(i) => s.active_tab = i.min(s.saved.reports.len().saturating_sub(1)),
            Action::ShowLink(link) => s.share_link = link,
            Action::Reveal((doc, passage)) => {
                s.saved.view = ViewMode::Columns;
                s.active_tab = doc.min(s.saved.reports.len().saturating_sub(1));
                s.hovered = Some((doc, passage));
            }
            Action::AddReport { name, text } => {
                if s.saved.reports.len() >= MAX_REPORTS {
                    s.notice = Some(s.saved.ui_lang.texts().too_many.into());
                } else {
                    let label = default_label(s.saved.ui_lang, s.saved.reports.len());
                    let id = s.saved.next_id;
                    s.saved.next_id += 1;
                    s.saved.reports.push(Draft {
                        id,
                        label,
                        name,
                        text,
                    });
                }
            }
            Action::SetText(i, text) => {
                if let Some(d) = s.saved.reports.get_mut(i) {
                    d.text = text;
                }
            }
            Action::SetLabel(i, label) => {
                if let Some(d) = s.saved.reports.get_mut(i) {
                    d.label = label;
                }
            }
            Action::Remove(i) => {
                if i < s.saved.reports.len() {
                    s.saved.reports.remove(i);
                }
            }
            Action::Move(i, delta) => {
                let j = i as isize + delta;
                if i < s.saved.reports.len() && j >= 0 && (j as usize) < s.saved.reports.len() {
                    s.saved.reports.swap(i, j as usize);
                }
            }
            Action::ResetToExample => s.saved = Saved::example(s.saved.ui_lang),
            Action::Import(saved) if saved.reports.len() > MAX_REPORTS => {
                s.notice = Some(s.saved.ui_lang.texts().too_many.into());
                s.loading = false;
            }
            Action::Import(saved) => {
                s.saved = *saved;
                s.loading = false;
            }
            Action::Notify(msg) => {
                s.notice = Some(msg);
                s.loading = false;
            }
            Action::DismissNotice => s.notice = None,
        }
        if s.saved != before {
            s.save_revision += 1;
        }
        if reports_changed {
            s.revision += 1;
            // Passage ids refer to the old comparison.
            s.hovered = None;
            s.detail = None;
            s.active_tab = s.active_tab.min(s.saved.reports.len().saturating_sub(1));
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<State> {
        Rc::new(State::new(Saved::example(UiLang::De)))
    }

    #[test]
    fn example_has_three_labelled_reports() {
        let s = state();
        assert_eq!(s.saved.reports.len(), 3);
        assert_eq!(s.saved.reports[1].label, "Bericht 2");
        assert!(s.saved.problem().is_none());
    }

    #[test]
    fn add_move_remove_reports() {
        let s = state().reduce(Action::AddReport {
            name: "x".into(),
            text: "Neu.".into(),
        });
        assert_eq!(s.saved.reports.len(), 4);
        let s = s.reduce(Action::Move(3, -1));
        assert_eq!(s.saved.reports[2].name, "x");
        let s = s.reduce(Action::Remove(2));
        assert!(s.saved.reports.iter().all(|d| d.name != "x"));
        let s = s.reduce(Action::Move(0, -1));
        assert_eq!(s.saved.reports.len(), 3);
    }

    #[test]
    fn loading_ends_with_the_import_or_its_failure() {
        let mut loading = State::new(Saved::example(UiLang::En));
        loading.loading = true;
        let loading = Rc::new(loading);
        let imported = loading
            .clone()
            .reduce(Action::Import(Box::new(Saved::example(UiLang::De))));
        assert!(!imported.loading);
        assert!(imported.revision > loading.revision);
        let failed = loading
            .clone()
            .reduce(Action::Notify("no such file".into()));
        assert!(!failed.loading && failed.notice.is_some());
        // Other actions leave it loading.
        assert!(loading.reduce(Action::Hover(Some((0, 1)))).loading);
    }

    #[test]
    fn changing_reports_closes_the_detail() {
        let s = state().reduce(Action::Open((0, 1)));
        assert_eq!(s.detail, Some((0, 1)));
        let s = s.reduce(Action::SetText(0, "Anders.".into()));
        assert_eq!(s.detail, None);
    }

    #[test]
    fn one_report_is_a_problem_and_fifty_is_the_limit() {
        let mut s = state();
        s = s.reduce(Action::Remove(0)).reduce(Action::Remove(0));
        assert!(s.saved.problem().is_some());
        for i in 0..60 {
            s = s.reduce(Action::AddReport {
                name: format!("{i}"),
                text: "x".into(),
            });
        }
        assert_eq!(s.saved.reports.len(), MAX_REPORTS);
        assert!(s.notice.is_some());
        assert_eq!(s.saved.problem(), None);
        // An imported file or link with more reports is refused, the current ones stay.
        let mut many = s.saved.clone();
        many.reports.push(many.reports[0].clone());
        let s = s
            .reduce(Action::DismissNotice)
            .reduce(Action::Import(Box::new(many.clone())));
        assert_eq!(s.saved.reports.len(), MAX_REPORTS);
        assert_eq!(s.notice.as_deref(), Some(UiLang::De.texts().too_many));
        assert_eq!(many.problem(), Some(UiLang::De.texts().too_many));
    }

    #[test]
    fn more_than_ten_megabytes_is_a_problem() {
        let big = "Ein Satz über die Vorwürfe. ".repeat(MAX_TOTAL_BYTES / 28 + 1);
        let s = state().reduce(Action::SetText(0, big));
        assert_eq!(s.saved.problem(), Some(UiLang::De.texts().too_big));
    }

    #[test]
    fn same_hover_keeps_the_same_state() {
        let s = state().reduce(Action::Hover(Some((0, 1))));
        let again = s.clone().reduce(Action::Hover(Some((0, 1))));
        assert!(Rc::ptr_eq(&s, &again));
    }
}
