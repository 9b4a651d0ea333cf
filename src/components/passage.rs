//! One passage (sentence, heading or paragraph) in a report column.

use crate::classes::{agreement_class, badge};
use crate::components::Shared;
use crate::i18n::UiLang;
use crate::state::Action;
use parallax_engine::segment::PassageKind;
use yew::prelude::*;

/// Props of [`Passage`].
#[derive(Properties, PartialEq)]
pub struct PassageProps {
    /// The comparison.
    pub comparison: Shared,
    /// Report index.
    pub doc: usize,
    /// Passage index.
    pub index: usize,
    /// This passage is under the pointer or focus.
    pub hovered: bool,
    /// This passage states what the hovered one states.
    pub linked: bool,
    /// Interface language.
    pub lang: UiLang,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The passage's text with its agreement colour and report badge; hover, focus, click, Enter.
#[function_component]
pub fn Passage(props: &PassageProps) -> Html {
    let t = props.lang.texts();
    let c = &props.comparison.0;
    let p = &c.documents[props.doc].passages[props.index];
    let id = (props.doc, props.index);
    let reports: Vec<usize> = match p.group {
        Some(g) => c.groups[g].reports.clone(),
        None => vec![props.doc],
    };
    let others: Vec<String> = reports
        .iter()
        .filter(|&&r| r != props.doc)
        .map(|r| (r + 1).to_string())
        .collect();
    let label = if others.is_empty() {
        format!("{}: {}", t.only_in_this, p.text)
    } else {
        format!(
            "{} {} {}: {}",
            t.also_in,
            t.report,
            others.join(", "),
            p.text
        )
    };
    let d = props.dispatch.clone();
    let onmouseenter = Callback::from(move |_| d.emit(Action::Hover(Some(id))));
    let d = props.dispatch.clone();
    let onfocus = Callback::from(move |_| d.emit(Action::Hover(Some(id))));
    let d = props.dispatch.clone();
    let onclick = Callback::from(move |_| d.emit(Action::Open(id)));
    let d = props.dispatch.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            d.emit(Action::Open(id));
        }
    });
    let class = classes!(
        "passage",
        agreement_class(p.agreement),
        (p.kind == PassageKind::Heading).then_some("is-heading"),
        props.hovered.then_some("is-hovered"),
        props.linked.then_some("is-linked"),
    );
    html! {
        <span id={format!("p-{}-{}", props.doc, props.index)} {class} tabindex="0" role="button"
            aria-label={label} data-doc={props.doc.to_string()} data-passage={props.index.to_string()}
            data-group={p.group.map(|g| g.to_string())}
            {onmouseenter} {onfocus} {onclick} {onkeydown}>
            { &p.text }
            <sup class="badge" aria-hidden="true">{ badge(&reports) }</sup>
        </span>
    }
}
