//! Toolbar: threshold slider, granularity, view, boilerplate, editor, language.

use crate::i18n::UiLang;
use crate::state::{Action, ViewMode};
use parallax_engine::Granularity;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Controls`].
#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// Current similarity threshold.
    pub threshold: f32,
    /// Sentence or paragraph passages.
    pub granularity: Granularity,
    /// Columns or synopsis.
    pub view: ViewMode,
    /// Boilerplate shown inline.
    pub show_boilerplate: bool,
    /// The editor is open.
    pub editing: bool,
    /// Interface language.
    pub lang: UiLang,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
    /// Download the comparison: "json" or "csv".
    pub on_export: Callback<&'static str>,
}

/// The toolbar.
#[function_component]
pub fn Controls(props: &ControlsProps) -> Html {
    let t = props.lang.texts();
    let d = props.dispatch.clone();
    let on_threshold = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let v = input.value_as_number();
        if v.is_finite() {
            d.emit(Action::SetThreshold(v as f32));
        }
    });
    let emit = |a: Action| {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(a.clone()))
    };
    let export = |kind: &'static str| {
        let e = props.on_export.clone();
        Callback::from(move |_: MouseEvent| e.emit(kind))
    };
    let pressed = |b: bool| if b { "true" } else { "false" };
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="controls" role="toolbar" aria-label="Parallax">
            <span class="segmented">
                <button type="button" id="view-columns" aria-pressed={pressed(props.view == ViewMode::Columns)}
                    onclick={emit(Action::SetView(ViewMode::Columns))}>{ t.columns_view }</button>
                <button type="button" id="view-synopsis" aria-pressed={pressed(props.view == ViewMode::Synopsis)}
                    onclick={emit(Action::SetView(ViewMode::Synopsis))}>{ t.synopsis_view }</button>
                <button type="button" id="view-facts" aria-pressed={pressed(props.view == ViewMode::Facts)}
                    onclick={emit(Action::SetView(ViewMode::Facts))}>{ t.facts_view }</button>
            </span>
            <button type="button" id="edit-reports" aria-pressed={pressed(props.editing)} onclick={emit(Action::ToggleEditor)}>
                { if props.editing { t.done } else { t.edit_reports } }
            </button>
            // On a phone the rest folds away behind this button (CSS shows it only there).
            <button type="button" class="controls-toggle" aria-expanded={pressed(*open)} aria-controls="controls-more" onclick={toggle}>
                { t.more_settings }{ if *open { " ▴" } else { " ▾" } }
            </button>
            <div id="controls-more" class={classes!("controls-more", open.then_some("is-open"))}>
                <label class="threshold">
                    { t.threshold }
                    <input type="range" min="0.05" max="0.95" step="0.01" value={crate::classes::two_decimals(props.threshold)} oninput={on_threshold} />
                    <output>{ crate::classes::two_decimals(props.threshold) }</output>
                </label>
                <span class="segmented">
                    <button type="button" aria-pressed={pressed(props.granularity == Granularity::Sentence)}
                        onclick={emit(Action::SetGranularity(Granularity::Sentence))}>{ t.sentences }</button>
                    <button type="button" aria-pressed={pressed(props.granularity == Granularity::Paragraph)}
                        onclick={emit(Action::SetGranularity(Granularity::Paragraph))}>{ t.paragraphs }</button>
                </span>
                <button type="button" aria-pressed={pressed(props.show_boilerplate)} onclick={emit(Action::ToggleBoilerplate)}>{ t.show_removed }</button>
                <span class="segmented" role="group" aria-label={t.export}>
                    <button type="button" id="export-json" title={t.export} onclick={export("json")}>{ "JSON ↓" }</button>
                    <button type="button" id="export-csv" title={t.export} onclick={export("csv")}>{ "CSV ↓" }</button>
                    <button type="button" id="export-tei" title={t.export} onclick={export("tei")}>{ "TEI ↓" }</button>
                    <button type="button" id="export-html" title={t.export} onclick={export("html")}>{ "HTML ↓" }</button>
                </span>
                <button type="button" id="copy-link" onclick={export("link")}>{ t.copy_link }</button>
                <button type="button" id="switch-language" lang={props.lang.toggled().tag()} onclick={emit(Action::ToggleLanguage)}>{ t.language_switch }</button>
            </div>
        </div>
    }
}
