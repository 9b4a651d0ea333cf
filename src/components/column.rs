//! One report as a column: label, title, coverage, passages by paragraph, boilerplate drawer.

use crate::components::chunk::Chunk;
use crate::components::coverage::Coverage;
use crate::components::{open_on_click, open_on_key, Shared};
use crate::i18n::UiLang;
use crate::progressive::{pieces_from, use_progressive};
use crate::state::{Action, PassageId};
use parallax_engine::segment::PassageKind;
use yew::prelude::*;

/// Passages rendered per task across all columns: each column's pieces are this divided by the
/// number of columns (at least [`MIN_PIECE`]), so three reports of news length render at once.
const PASSAGES_PER_TASK: usize = 300;

/// Fewest passages in a piece.
const MIN_PIECE: usize = 12;

/// Passages in a column's first piece (news-length columns then fill in on the next task).
const FIRST_PIECE: usize = 4;

/// Props of [`Column`].
#[derive(Properties, PartialEq)]
pub struct ColumnProps {
    /// The comparison.
    pub comparison: Shared,
    /// Report index.
    pub doc: usize,
    /// The user's label for the report.
    pub label: AttrValue,
    /// The hovered passage, anywhere.
    pub hovered: Option<PassageId>,
    /// Show boilerplate inline.
    pub show_boilerplate: bool,
    /// Shown on a phone (one column at a time).
    pub active: bool,
    /// Interface language.
    pub lang: UiLang,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// A report column.
#[function_component]
pub fn Column(props: &ColumnProps) -> Html {
    let t = props.lang.texts();
    let c = &props.comparison.0;
    let doc = &c.documents[props.doc];

    // The column renders in pieces, a few more after each task (see `progressive`); the
    // pieces holding the hovered passage and its counterparts are always there.
    let passages = &doc.passages;
    let piece = (PASSAGES_PER_TASK / c.documents.len().max(1)).max(MIN_PIECE);
    // A small first piece: with many columns, the render that builds them all stays short.
    let pieces = pieces_from(passages.len(), FIRST_PIECE.min(piece), piece, |i| {
        passages[i].paragraph != passages[i - 1].paragraph
    });
    let key = std::rc::Rc::as_ptr(&props.comparison.0) as usize;
    let progressive = use_progressive(key, pieces.len());
    let hovered_here = props.hovered.filter(|h| h.0 == props.doc).map(|h| h.1);
    let linked_here: Vec<usize> = props
        .hovered
        .map(|(d, p)| c.counterparts(d, p))
        .unwrap_or_default()
        .into_iter()
        .filter(|m| m.0 == props.doc)
        .map(|m| m.1)
        .collect();
    let piece_of = |p: usize| pieces.partition_point(|&(_, end)| end <= p);
    let needed = hovered_here
        .iter()
        .chain(&linked_here)
        .map(|&p| piece_of(p) + 1)
        .max()
        .unwrap_or(0);
    let shown = progressive.max(needed).min(pieces.len());
    let body = pieces[..shown].iter().map(|&(start, end)| {
        let within = |p: &usize| (start..end).contains(p);
        html! {
            <Chunk key={start} comparison={props.comparison.clone()} doc={props.doc} {start} {end}
                show_boilerplate={props.show_boilerplate} hovered={hovered_here.filter(within)}
                linked={linked_here.iter().copied().filter(within).collect::<Vec<_>>()} lang={props.lang} />
        }
    });
    let removed: Vec<usize> = passages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == PassageKind::Boilerplate && !props.show_boilerplate)
        .map(|(i, _)| i)
        .collect();
    // The same callback across renders, so the coverage strip does not re-render on hover.
    let on_jump = use_callback(
        (props.doc, props.dispatch.clone()),
        |i: usize, (doc, dispatch)| {
            dispatch.emit(Action::Hover(Some((*doc, i))));
            let doc = *doc;
            // After the piece holding the passage has rendered.
            gloo::timers::callback::Timeout::new(0, move || crate::dom::reveal(doc, i)).forget();
        },
    );
    let d = props.dispatch.clone();
    let onmouseover = Callback::from(move |e: MouseEvent| {
        if let Some(id) = crate::dom::passage_at(e.target()) {
            d.emit(Action::Hover(Some(id)));
        }
    });
    let d = props.dispatch.clone();
    let onfocusin = Callback::from(move |e: FocusEvent| {
        if let Some(id) = crate::dom::passage_at(e.target()) {
            d.emit(Action::Hover(Some(id)));
        }
    });
    let onclick = open_on_click(&props.dispatch);
    let onkeydown = open_on_key(&props.dispatch);
    let toggle = {
        let d = props.dispatch.clone();
        Callback::from(move |_| d.emit(Action::ToggleBoilerplate))
    };
    let drawer = (!removed.is_empty()).then(|| {
        html! {
            <details class="removed">
                <summary>{ format!("{} ({})", t.removed_text, removed.len()) }</summary>
                <ul>
                    { for removed.iter().map(|&i| { let p = &doc.passages[i]; html! {
                        <li><small class="reason">{ (t.boilerplate_reason)(p.reason.map_or("", |r| r.code())) }</small>{ " " }<bdi>{ &p.text }</bdi></li>
                    }}) }
                </ul>
                <button type="button" class="link-button" onclick={toggle}>{ t.restore }</button>
            </details>
        }
    });
    html! {
        <section class={classes!("column", props.active.then_some("is-active"))} data-doc={props.doc.to_string()}
            aria-label={format!("{}: {}", props.label, doc.title)} lang={doc.lang.clone()}>
            <header class="column-head">
                <span class="column-label">{ format!("{} · {}", props.doc + 1, props.label) }</span>
                <h2 class="column-title" dir="auto">{ &doc.title }</h2>
                <Coverage comparison={props.comparison.clone()} doc={props.doc} lang={props.lang} {on_jump} />
            </header>
            <div class="column-body" id={format!("col-{}", props.doc)} {onmouseover} {onfocusin} {onclick} {onkeydown}>
                { for body }
                { drawer }
            </div>
        </section>
    }
}
