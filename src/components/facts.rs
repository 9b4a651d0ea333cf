//! Facts matrix: one row per fact, one column per report, a filled mark where the report names
//! the fact (click: show the passage); facts not every report names come first (engine order);
//! filter by kind.

use crate::classes::report_list;
use crate::components::Shared;
use crate::i18n::UiLang;
use crate::state::Action;
use gloo::timers::callback::Timeout;
use parallax_engine::facts::FactKind;
use parallax_engine::model::Fact;
use yew::prelude::*;

/// Longest label shown in a row; quotations can be whole sentences.
const LABEL_CHARS: usize = 140;

/// Props of [`Facts`].
#[derive(Properties, PartialEq)]
pub struct FactsProps {
    /// The comparison.
    pub comparison: Shared,
    /// Report labels.
    pub labels: Vec<AttrValue>,
    /// Interface language.
    pub lang: UiLang,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
    /// Downloads an export ("facts-csv").
    pub on_export: Callback<&'static str>,
}

/// The facts matrix.
#[function_component]
pub fn Facts(props: &FactsProps) -> Html {
    let t = props.lang.texts();
    let c = &props.comparison.0;
    let filter = use_state(|| None::<FactKind>);
    let kind_at = |k: FactKind| FactKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
    let kind_name = |k: FactKind| t.fact_kinds[kind_at(k)];
    let filters = std::iter::once(None)
        .chain(FactKind::ALL.into_iter().map(Some))
        .filter_map(|k| {
            let count = c.facts.iter().filter(|f| k.is_none_or(|k| f.kind == k)).count();
            if count == 0 && k.is_some() {
                return None;
            }
            let name = k.map_or(t.all_kinds, kind_name);
            let f = filter.clone();
            let onclick = Callback::from(move |_| f.set(k));
            Some(html! {
                <button type="button" class="fact-filter" aria-pressed={(*filter == k).to_string()} {onclick}>
                    { format!("{name} ({count})") }
                </button>
            })
        });
    let head = c.documents.iter().enumerate().map(|(i, d)| {
        let label = props.labels.get(i).cloned().unwrap_or_default();
        html! { <th scope="col" title={d.title.clone()}>{ format!("{} · {label}", i + 1) }</th> }
    });
    let shown: Vec<&Fact> = c
        .facts
        .iter()
        .filter(|f| filter.is_none_or(|k| f.kind == k))
        .collect();
    let n_docs = c.documents.len();
    let rows = shown.iter().map(|f| {
        let label: String = if f.label.chars().count() > LABEL_CHARS {
            f.label.chars().take(LABEL_CHARS).chain(['…']).collect()
        } else {
            f.label.clone()
        };
        let spellings = f.variants.join(" · ");
        let cells = (0..n_docs).map(|doc| match f.mentions.iter().find(|m| m.doc == doc) {
            Some(m) => {
                let target = (m.doc, m.passage);
                let d = props.dispatch.clone();
                let onclick = Callback::from(move |_| {
                    d.emit(Action::Reveal(target));
                    // After the columns have rendered.
                    Timeout::new(30, move || crate::dom::focus_passage(target.0, target.1)).forget();
                });
                let aria = format!("{}: {} {} – {}", f.label, t.named_in, doc + 1, t.jump);
                html! {
                    <td class="fact-yes">
                        <button type="button" class="fact-mark" aria-label={aria.clone()} title={aria} {onclick}>{ "●" }</button>
                    </td>
                }
            }
            None => html! {
                <td class="fact-no" aria-label={format!("{} {}", t.not_named_in, doc + 1)}>
                    <span aria-hidden="true">{ "○" }</span>
                </td>
            },
        });
        let common = f.reports.len() == n_docs;
        html! {
            <tr class={classes!("fact-row", format!("kind-{}", f.kind.code()), common.then_some("fact-common"))}
                data-fact={f.key.clone()} data-reports={report_list(&f.reports, "+")}>
                <th scope="row" title={spellings}>
                    <span class="fact-kind">{ t.fact_kind_one[kind_at(f.kind)] }</span>
                    <span class="fact-label">{ label }</span>
                </th>
                { for cells }
            </tr>
        }
    });
    let export = {
        let e = props.on_export.clone();
        Callback::from(move |_| e.emit("facts-csv"))
    };
    html! {
        <section class="facts" aria-label={t.facts_view}>
            <div class="facts-toolbar">
                <span class="fact-filters" role="group" aria-label={t.fact}>{ for filters }</span>
                <button type="button" id="export-facts-csv" onclick={export}>{ format!("{} ↓", t.facts_csv) }</button>
            </div>
            <p class="facts-hint">{ t.facts_hint }</p>
            if shown.is_empty() {
                <p class="facts-empty">{ t.no_facts }</p>
            } else {
                <div class="facts-scroll" role="region" aria-label={t.facts_view} tabindex="0">
                    <table class="facts-matrix">
                        <thead><tr><th scope="col">{ t.fact }</th>{ for head }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
