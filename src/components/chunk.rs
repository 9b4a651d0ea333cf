//! A piece of a report column: the passages `start..end`, grouped into paragraphs. Pieces only
//! re-render when something inside them changes (the hovered passage or its counterparts), so
//! hovering in a long report touches two or three pieces, not every passage.

use crate::components::passage::passage_view;
use crate::components::Shared;
use crate::i18n::UiLang;
use parallax_engine::segment::PassageKind;
use yew::prelude::*;

/// Props of [`Chunk`].
#[derive(Properties, PartialEq)]
pub struct ChunkProps {
    /// The comparison.
    pub comparison: Shared,
    /// Report index.
    pub doc: usize,
    /// First passage.
    pub start: usize,
    /// One past the last passage.
    pub end: usize,
    /// Show boilerplate inline.
    pub show_boilerplate: bool,
    /// The hovered passage, when it is in this piece.
    pub hovered: Option<usize>,
    /// The hovered passage's counterparts in this piece (members of its groups).
    pub linked: Vec<usize>,
    /// Interface language.
    pub lang: UiLang,
}

/// Paragraphs of one piece of a column.
#[function_component]
pub fn Chunk(props: &ChunkProps) -> Html {
    let t = props.lang.texts();
    let c = &props.comparison.0;
    let doc = &c.documents[props.doc];
    let end = props.end.min(doc.passages.len());
    // Consecutive passages of one paragraph render as one block.
    let mut blocks: Vec<(usize, Vec<usize>)> = Vec::new();
    for i in props.start.min(end)..end {
        let p = &doc.passages[i];
        if p.kind == PassageKind::Boilerplate && !props.show_boilerplate {
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
        let hovered = props.hovered == Some(i);
        let linked = !hovered && props.linked.contains(&i);
        passage_view(c, props.doc, i, hovered, linked, t)
    };
    // The first piece's paragraphs report when they are first painted (Element Timing API:
    // the browser benchmark's "first highlighted paint").
    let timing = (props.start == 0).then_some("passages");
    let body = blocks.iter().map(|(_, items)| {
        let heading = items.len() == 1 && doc.passages[items[0]].kind == PassageKind::Heading;
        let inner = items
            .iter()
            .map(|&i| html! { <>{ render_passage(i) }{ " " }</> });
        if heading {
            html! { <h3 class="para para-heading" dir="auto" elementtiming={timing}>{ for inner }</h3> }
        } else {
            html! { <p class="para" dir="auto" elementtiming={timing}>{ for inner }</p> }
        }
    });
    html! { <div class="piece">{ for body }</div> }
}
