//! Synopsis table: one row per statement group (and per unmatched statement), a column per
//! report, in reading order; sticky column headers. Long tables render in pieces (see
//! `progressive`); clicks and Enter are handled once for the table.

use crate::classes::agreement_class;
use crate::components::passage::{near_hint, nearly_linked_reports};
use crate::components::{open_on_click, open_on_key, Shared};
use crate::i18n::UiLang;
use crate::progressive::{pieces, use_progressive};
use crate::state::Action;
use parallax_engine::synopsis::Row;
use std::rc::Rc;
use yew::prelude::*;

/// Rows per piece of the table rendered in one task.
const PIECE: usize = 60;

/// Props of [`Synopsis`].
#[derive(Properties, PartialEq)]
pub struct SynopsisProps {
    /// The comparison.
    pub comparison: Shared,
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
    let key = Rc::as_ptr(&props.comparison.0) as usize;
    // Rows are worked out when the synopsis is first shown for a comparison, not before.
    let rows = {
        let comparison = props.comparison.clone();
        use_memo(key, move |_| parallax_engine::synopsis::rows(&comparison.0))
    };
    let pieces = pieces(rows.len(), PIECE, |_| true);
    let shown = use_progressive(key, pieces.len());
    let body = pieces[..shown].iter().map(|&(start, end)| {
        html! {
            <RowPiece key={start} comparison={props.comparison.clone()} rows={RowsRef(rows.clone())} {start} {end} />
        }
    });
    let onclick = open_on_click(&props.dispatch);
    let onkeydown = open_on_key(&props.dispatch);
    html! {
        <div class="synopsis" role="region" aria-label={props.lang.texts().synopsis_view} tabindex="0">
            <table {onclick} {onkeydown}>
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}

/// The engine's rows, equal when they are the same list.
#[derive(Clone)]
pub struct RowsRef(pub Rc<Vec<Row>>);

impl PartialEq for RowsRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`RowPiece`].
#[derive(Properties, PartialEq)]
pub struct RowPieceProps {
    /// The comparison.
    pub comparison: Shared,
    /// All rows.
    pub rows: RowsRef,
    /// First row of the piece.
    pub start: usize,
    /// One past its last row.
    pub end: usize,
}

/// Rows `start..end` of the synopsis.
#[function_component]
pub fn RowPiece(props: &RowPieceProps) -> Html {
    let c = &props.comparison.0;
    let rows = &props.rows.0;
    let rows = &rows[props.start.min(rows.len())..props.end.min(rows.len())];
    let html_rows = rows.iter().map(|row| {
        let cells = row.cells.iter().enumerate().map(|(doc, passages)| {
            let items = passages.iter().map(|&p| {
                let passage = &c.documents[doc].passages[p];
                // As in the columns: an only-here statement that nearly links elsewhere.
                let nearly = nearly_linked_reports(passage, c.options.threshold);
                html! {
                    <span class={classes!("passage", agreement_class(passage.agreement))} dir="auto" lang={c.documents[doc].lang.clone()} tabindex="0" role="button"
                        data-doc={doc.to_string()} data-passage={p.to_string()}>
                        { &passage.text }
                        { near_hint(&nearly) }
                        { " " }
                    </span>
                }
            });
            html! { <td class={classes!(passages.is_empty().then_some("empty"))}>{ for items }</td> }
        });
        html! { <tr class={classes!(row.group.is_none().then_some("row-unique"))}>{ for cells }</tr> }
    });
    html! { <>{ for html_rows }</> }
}
