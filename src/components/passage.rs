//! One passage (sentence, heading or paragraph) in a report column. A plain view function:
//! pointer and keyboard events are handled once per column (see `dom::passage_at`).

use crate::classes::{agreement_class, badge};
use crate::i18n::Texts;
use parallax_engine::model::{Agreement, Comparison, Passage};
use parallax_engine::segment::PassageKind;
use yew::prelude::*;

/// The passage's text with its agreement colour, report badge and a screen-reader note.
pub fn passage_view(
    c: &Comparison,
    doc: usize,
    index: usize,
    hovered: bool,
    linked: bool,
    t: &Texts,
) -> Html {
    let p = &c.documents[doc].passages[index];
    let reports = c.reports_of(doc, index);
    let others: Vec<String> = reports
        .iter()
        .filter(|&&r| r != doc)
        .map(|r| (r + 1).to_string())
        .collect();
    let resembles = nearly_linked_reports(p, c.options.threshold);
    let note = if !resembles.is_empty() {
        format!(
            " ({}; {} {})",
            t.only_in_this,
            t.resembles,
            resembles.join(", ")
        )
    } else if others.is_empty() {
        format!(" ({})", t.only_in_this)
    } else {
        format!(" ({} {} {})", t.also_in, t.report, others.join(", "))
    };
    let class = classes!(
        "passage",
        agreement_class(p.agreement),
        (p.kind == PassageKind::Heading).then_some("is-heading"),
        hovered.then_some("is-hovered"),
        linked.then_some("is-linked"),
    );
    html! {
        <span id={format!("p-{doc}-{index}")} {class} tabindex="0" role="button"
            data-doc={doc.to_string()} data-passage={index.to_string()}>
            { &p.text }
            // One unbreakable tail: the hidden note never starts a line of its own (which would
            // draw an empty highlighted box there).
            <span class="passage-tail">
                <sup class="badge" dir="ltr" aria-hidden="true">{ badge(&reports) }</sup>
                { near_hint(&resembles) }
                <span class="sr-only">{ note }</span>
            </span>
        </span>
    }
}

/// Report numbers (1-based) an only-here statement nearly links to; empty for other passages.
pub fn nearly_linked_reports(p: &Passage, threshold: f32) -> Vec<String> {
    if p.agreement != Some(Agreement::OnlyHere) {
        return Vec::new();
    }
    p.nearly_linked(threshold)
        .map(|n| (n.doc + 1).to_string())
        .collect()
}

/// The muted "≈2·3" after a nearly linked statement (the detail lists its closest passages).
pub fn near_hint(reports: &[String]) -> Html {
    if reports.is_empty() {
        return html! {};
    }
    html! { <sup class="near-hint" dir="ltr" aria-hidden="true">{ format!("≈{}", reports.join("·")) }</sup> }
}
