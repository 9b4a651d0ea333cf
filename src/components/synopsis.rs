//! Synopsis table: one row per statement group (and per unmatched statement), a column per
//! report, in reading order; sticky column headers.

use crate::classes::agreement_class;
use crate::components::Shared;
use crate::i18n::UiLang;
use crate::state::Action;
use parallax_engine::synopsis::Row;
use yew::prelude::*;

/// Props of [`Synopsis`].
#[derive(Properties, PartialEq)]
pub struct SynopsisProps {
    /// The comparison.
    pub comparison: Shared,
    /// Rows from the engine.
    pub rows: std::rc::Rc<Vec<Row>>,
    /// Report labels.
    pub labels: Vec<AttrValue>,
    /// Interface language.
    pub lang: UiLang,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The synopsis table.
#[function_component]
pub fn Synopsis(props: &SynopsisProps) -> Html {
    let c = &props.comparison.0;
    let head = c.documents.iter().enumerate().map(|(i, d)| {
        html! { <th scope="col"><span class="column-label">{ format!("{} · {}", i + 1, props.labels.get(i).cloned().unwrap_or_default()) }</span><br />{ &d.title }</th> }
    });
    let rows = props.rows.iter().map(|row| {
        let cells = row.cells.iter().enumerate().map(|(doc, passages)| {
            let items = passages.iter().map(|&p| {
                let passage = &c.documents[doc].passages[p];
                let d = props.dispatch.clone();
                let open = Callback::from(move |_| d.emit(Action::Open((doc, p))));
                let d = props.dispatch.clone();
                let onkeydown = Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" {
                        d.emit(Action::Open((doc, p)));
                    }
                });
                html! {
                    <span class={classes!("passage", agreement_class(passage.agreement))} tabindex="0" role="button" onclick={open} {onkeydown}>
                        { &passage.text }{ " " }
                    </span>
                }
            });
            html! { <td class={classes!(passages.is_empty().then_some("empty"))}>{ for items }</td> }
        });
        html! { <tr class={classes!(row.group.is_none().then_some("row-unique"))}>{ for cells }</tr> }
    });
    html! {
        <div class="synopsis" role="region" aria-label={props.lang.texts().synopsis_view} tabindex="0">
            <table>
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
