//! One report as a column: label, title, coverage, passages by paragraph, boilerplate drawer.

use crate::components::coverage::Coverage;
use crate::components::passage::passage_view;
use crate::components::Shared;
use crate::i18n::UiLang;
use crate::state::{Action, PassageId};
use parallax_engine::segment::PassageKind;
use yew::prelude::*;

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
    let hovered_group = props
        .hovered
        .and_then(|(d, p)| c.documents.get(d)?.passages.get(p)?.group);

    // Consecutive passages of one paragraph render as one block.
    let mut blocks: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut removed: Vec<usize> = Vec::new();
    for (i, p) in doc.passages.iter().enumerate() {
        if p.kind == PassageKind::Boilerplate && !props.show_boilerplate {
            removed.push(i);
            continue;
        }
        match blocks.last_mut() {
            Some((para, items)) if *para == p.paragraph => items.push(i),
            _ => blocks.push((p.paragraph, vec![i])),
        }
    }
    let render_passage = |i: usize| {
        let p = &doc.passages[i];
        if p.kind == PassageKind::Boilerplate {
            return html! {
                <span class="passage-boilerplate" data-passage={i.to_string()}>
                    { &p.text }<small class="reason">{ (t.boilerplate_reason)(p.reason.map_or("", |r| r.code())) }</small>
                </span>
            };
        }
        let hovered = props.hovered == Some((props.doc, i));
        let linked = !hovered && hovered_group.is_some() && p.group == hovered_group;
        passage_view(c, props.doc, i, hovered, linked, t)
    };
    let body = blocks.iter().map(|(_, items)| {
        let heading = items.len() == 1 && doc.passages[items[0]].kind == PassageKind::Heading;
        let inner = items
            .iter()
            .map(|&i| html! { <>{ render_passage(i) }{ " " }</> });
        if heading {
            html! { <h3 class="para para-heading">{ for inner }</h3> }
        } else {
            html! { <p class="para">{ for inner }</p> }
        }
    });
    let dispatch = props.dispatch.clone();
    let doc_index = props.doc;
    let on_jump = Callback::from(move |i: usize| {
        crate::dom::reveal(doc_index, i);
        dispatch.emit(Action::Hover(Some((doc_index, i))));
    });
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
    let d = props.dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(id) = crate::dom::passage_at(e.target()) {
            d.emit(Action::Open(id));
        }
    });
    let d = props.dispatch.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            if let Some(id) = crate::dom::passage_at(e.target()) {
                e.prevent_default();
                d.emit(Action::Open(id));
            }
        }
    });
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
                        <li><small class="reason">{ (t.boilerplate_reason)(p.reason.map_or("", |r| r.code())) }</small>{ " " }{ &p.text }</li>
                    }}) }
                </ul>
                <button type="button" class="link-button" onclick={toggle}>{ t.restore }</button>
            </details>
        }
    });
    html! {
        <section class={classes!("column", props.active.then_some("is-active"))} data-doc={props.doc.to_string()}
            aria-label={format!("{}: {}", props.label, doc.title)} lang={doc.language.code()}>
            <header class="column-head">
                <span class="column-label">{ format!("{} · {}", props.doc + 1, props.label) }</span>
                <h2 class="column-title">{ &doc.title }</h2>
                <Coverage comparison={props.comparison.clone()} doc={props.doc} lang={props.lang} {on_jump} />
            </header>
            <div class="column-body" id={format!("col-{}", props.doc)} {onmouseover} {onfocusin} {onclick} {onkeydown}>
                { for body }
                { drawer }
            </div>
        </section>
    }
}
