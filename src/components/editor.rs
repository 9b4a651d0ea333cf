//! The report editor: paste, upload or drop reports; rename, reorder, remove; back to example.

use crate::i18n::UiLang;
use crate::state::{Action, Draft, Saved};
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The reports.
    pub reports: Vec<Draft>,
    /// The whole saved state (an imported plain engine file keeps the current settings).
    pub saved: Saved,
    /// Interface language.
    pub lang: UiLang,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// Milliseconds of quiet typing before a text is re-aligned and saved.
const TYPING_PAUSE_MS: u32 = 350;

/// The editor panel.
#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let t = props.lang.texts();
    let readers: Rc<RefCell<Vec<FileReader>>> = use_mut_ref(Vec::new);
    // The typing pause of each report's text, as (report, timer): dropping a timer cancels it.
    let pending: Rc<RefCell<Vec<(usize, Timeout)>>> = use_mut_ref(Vec::new);

    let load_files = {
        let dispatch = props.dispatch.clone();
        let readers = readers.clone();
        let lang = props.lang;
        let current = props.saved.clone();
        Callback::from(move |files: web_sys::FileList| {
            for i in 0..files.length() {
                let Some(file) = files.get(i) else { continue };
                let file = gloo::file::File::from(file);
                let name = file.name();
                let dispatch = dispatch.clone();
                let current = current.clone();
                let reader = gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .filter(|s| !s.contains('\0'))
                {
                    Some(text) if name.to_ascii_lowercase().ends_with(".json") => {
                        match crate::transfer::import_json(&text, &current) {
                            Ok(saved) => dispatch.emit(Action::Import(Box::new(saved))),
                            Err(why) => dispatch.emit(Action::Notify(format!(
                                "{}: {} – {}",
                                name,
                                lang.texts().import_failed,
                                why
                            ))),
                        }
                    }
                    Some(text) => {
                        let lower = name.to_ascii_lowercase();
                        let text = if lower.ends_with(".html") || lower.ends_with(".htm") {
                            crate::dom::html_to_text(&text)
                        } else {
                            text
                        };
                        if text.trim().is_empty() {
                            dispatch.emit(Action::Notify(format!(
                                "{}: {}",
                                name,
                                lang.texts().empty_report
                            )));
                        } else {
                            dispatch.emit(Action::AddReport { name, text });
                        }
                    }
                    None => dispatch.emit(Action::Notify(format!(
                        "{}: {}",
                        name,
                        lang.texts().not_text
                    ))),
                });
                readers.borrow_mut().push(reader);
            }
        })
    };
    let onchange = {
        let load = load_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                load.emit(files);
            }
            input.set_value("");
        })
    };
    let ondrop = {
        let load = load_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                load.emit(files);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let add = {
        let d = props.dispatch.clone();
        Callback::from(move |_| {
            d.emit(Action::AddReport {
                name: String::new(),
                text: String::new(),
            })
        })
    };
    let reset = {
        let d = props.dispatch.clone();
        Callback::from(move |_| d.emit(Action::ResetToExample))
    };
    let count = props.reports.len();
    let cards = props.reports.iter().enumerate().map(|(i, draft)| {
        let d = props.dispatch.clone();
        let on_label = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            d.emit(Action::SetLabel(i, input.value()));
        });
        let d = props.dispatch.clone();
        let flush = pending.clone();
        let pending = pending.clone();
        let on_text = Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let d = d.clone();
            let timeout = Timeout::new(TYPING_PAUSE_MS, move || d.emit(Action::SetText(i, area.value())));
            let mut pending = pending.borrow_mut();
            pending.retain(|(report, _)| *report != i);
            pending.push((i, timeout));
        });
        // Leaving the text (to click a button, say) hands it over at once.
        let d = props.dispatch.clone();
        let on_blur = Callback::from(move |e: FocusEvent| {
            let mut waiting = flush.borrow_mut();
            let typed = waiting.iter().position(|(report, _)| *report == i);
            let typed = typed.map(|at| waiting.swap_remove(at));
            drop(waiting);
            if typed.is_some() {
                let area: HtmlTextAreaElement = e.target_unchecked_into();
                d.emit(Action::SetText(i, area.value()));
            }
        });
        let emit = |a: Action| {
            let d = props.dispatch.clone();
            Callback::from(move |_: MouseEvent| d.emit(a.clone()))
        };
        html! {
            <li class="draft" key={draft.id.to_string()}>
                <div class="draft-head">
                    <label>{ t.label }{ " " }<input type="text" dir="auto" value={draft.label.clone()} oninput={on_label} /></label>
                    <span class="draft-name">{ &draft.name }</span>
                    <button type="button" disabled={i == 0} onclick={emit(Action::Move(i, -1))} aria-label={t.move_left}>{ "←" }</button>
                    <button type="button" disabled={i + 1 == count} onclick={emit(Action::Move(i, 1))} aria-label={t.move_right}>{ "→" }</button>
                    <button type="button" onclick={emit(Action::Remove(i))}>{ t.remove }</button>
                </div>
                <textarea rows="8" dir="auto" placeholder={t.paste_here} aria-label={format!("{} {}", t.report, i + 1)}
                    defaultvalue={draft.text.clone()} oninput={on_text} onblur={on_blur} />
                if draft.text.trim().is_empty() { <p class="hint">{ t.empty_report }</p> }
            </li>
        }
    });
    html! {
        <section class="editor" {ondrop} {ondragover} aria-label={t.edit_reports}>
            <ol class="drafts">{ for cards }</ol>
            <div class="editor-actions">
                <button type="button" id="add-report" onclick={add}>{ t.add_report }</button>
                <label class="upload">{ t.upload }
                    <input type="file" multiple=true accept=".txt,.md,.html,.htm,.json,text/plain,text/markdown,text/html,application/json" {onchange} />
                </label>
                <span class="hint">{ t.drop_here }</span>
                <button type="button" onclick={reset}>{ t.back_to_example }</button>
            </div>
        </section>
    }
}
