//! Facts matrix: one row per fact, one column per report, a filled mark where the report names
//! the fact (click: show the passage); facts not every report names come first (engine order);
//! filter by kind.

use crate::components::fact_rows::FactRows;
use crate::components::Shared;
use crate::i18n::UiLang;
use crate::progressive::{pieces, use_progressive};
use crate::state::Action;
use gloo::timers::callback::Timeout;
use parallax_engine::facts::FactKind;
use yew::prelude::*;

/// Cells rendered per task: rows per piece are this divided by the number of reports.
const CELLS_PER_TASK: usize = 600;

/// Fewest rows in a piece.
const MIN_ROWS: usize = 10;

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
    let shown = c
        .facts
        .iter()
        .filter(|f| filter.is_none_or(|k| f.kind == k))
        .count();
    // Rows render in pieces (thirty reports and a thousand facts are 30,000 cells).
    let n_docs = c.documents.len().max(1);
    let pieces = pieces(shown, (CELLS_PER_TASK / n_docs).max(MIN_ROWS), |_| true);
    let kind_key = filter.map_or(0, |k| kind_at(k) + 1);
    let key = (std::rc::Rc::as_ptr(&props.comparison.0) as usize).wrapping_add(kind_key);
    let visible = use_progressive(key, pieces.len());
    let rows = pieces[..visible].iter().map(|&(start, end)| {
        html! {
            <FactRows key={start} comparison={props.comparison.clone()} filter={*filter} {start} {end} lang={props.lang} />
        }
    });
    // One handler for every mark: show the passage in the columns, then focus it.
    let d = props.dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some((doc, passage)) = crate::dom::passage_at(e.target()) {
            d.emit(Action::Reveal((doc, passage)));
            // After the columns have rendered.
            Timeout::new(30, move || crate::dom::focus_passage(doc, passage)).forget();
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
            if shown == 0 {
                <p class="facts-empty">{ t.no_facts }</p>
            } else {
                <div class="facts-scroll" role="region" aria-label={t.facts_view} tabindex="0">
                    <table class="facts-matrix" {onclick}>
                        <thead><tr><th scope="col">{ t.fact }</th>{ for head }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
