//! The statement-group detail: every member passage one under another with its word diff.

use crate::classes::{badge, report_list, two_decimals, word_class};
use crate::components::Shared;
use crate::i18n::Texts;
use crate::i18n::UiLang;
use crate::state::{Action, PassageId};
use parallax_engine::model::{Comparison, Group, Member};
use yew::prelude::*;

/// Props of [`Detail`].
#[derive(Properties, PartialEq)]
pub struct DetailProps {
    /// The comparison.
    pub comparison: Shared,
    /// The passage whose group is shown.
    pub target: PassageId,
    /// Labels of the reports.
    pub labels: Vec<AttrValue>,
    /// Interface language.
    pub lang: UiLang,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// The detail panel (a non-modal dialog; Esc or the button closes it).
#[function_component]
pub fn Detail(props: &DetailProps) -> Html {
    let t = props.lang.texts();
    let c = &props.comparison.0;
    let (doc, index) = props.target;
    let Some(passage) = c.documents.get(doc).and_then(|d| d.passages.get(index)) else {
        return html! {};
    };
    let close = {
        let d = props.dispatch.clone();
        Callback::from(move |_| d.emit(Action::CloseDetail))
    };
    let label = |r: usize| props.labels.get(r).cloned().unwrap_or_default();
    let jump = |r: usize, p: usize| {
        let d = props.dispatch.clone();
        Callback::from(move |_| {
            d.emit(Action::SetTab(r));
            d.emit(Action::Hover(Some((r, p))));
            crate::dom::reveal(r, p);
        })
    };
    let groups: Vec<&Group> = passage.groups().filter_map(|g| c.groups.get(g)).collect();
    let body = if groups.is_empty() {
        html! {
            <div class="detail-member">
                <h3>{ format!("{} · {}", doc + 1, label(doc)) }</h3>
                <p class="diff" dir="auto" lang={c.documents[doc].lang.clone()}><ins class="w-only">{ &passage.text }</ins></p>
                <p class="detail-note">{ t.only_in_this }</p>
            </div>
        }
    } else {
        // A passage of two facts: each statement with its own members and word diff.
        groups
            .iter()
            .enumerate()
            .map(|(k, group)| {
                let view = group_view(c, group, &label, &jump, t);
                if k == 0 {
                    view
                } else {
                    html! { <section class="detail-second"><h3 class="detail-second-head">{ t.second_statement }</h3>{ view }</section> }
                }
            })
            .chain(std::iter::once(html! {
                <p class="diff-legend">
                    <mark class="w-all">{ t.words_all }</mark>{ " " }
                    <mark class="w-some">{ t.words_some }</mark>{ " " }
                    <ins class="w-only">{ t.words_only }</ins>
                </p>
            }))
            .collect()
    };
    // The closest passages of reports that do not state it: a paraphrase the engine could not
    // prove is one click away.
    let near = (!passage.near.is_empty()).then(|| {
        html! {
            <section class="detail-near" aria-label={t.near_heading}>
                <h3>{ t.near_heading }</h3>
                <p class="detail-note">{ t.near_note }</p>
                { for passage.near.iter().filter_map(|n| {
                    let other = c.documents.get(n.doc)?;
                    let text = &other.passages.get(n.passage)?.text;
                    Some(html! {
                        <div class="near-member" data-doc={n.doc.to_string()}>
                            <h3>
                                { format!("{} · {} · {} {}", n.doc + 1, label(n.doc), t.similarity, two_decimals(n.score)) }
                                <button type="button" class="link-button" onclick={jump(n.doc, n.passage)}>{ "↗" }</button>
                            </h3>
                            <p class="near-text" dir="auto" lang={other.lang.clone()}>{ text }</p>
                        </div>
                    })
                }) }
            </section>
        }
    });
    html! {
        <aside class="detail" role="dialog" aria-label={t.statement}>
            <header class="detail-head">
                <h2>{ t.statement }</h2>
                <button type="button" class="close" onclick={close} aria-label={t.close}>{ "×" }</button>
            </header>
            { body }
            { for near }
        </aside>
    }
}

/// One statement group: who states it, how similar, differing facts, and each member's word
/// diff.
fn group_view(
    c: &Comparison,
    group: &Group,
    label: &dyn Fn(usize) -> AttrValue,
    jump: &dyn Fn(usize, usize) -> Callback<MouseEvent>,
    t: &Texts,
) -> Html {
    let others = group.reports.len() - 1;
    let differing = group.fact_differences.iter().map(|d| {
        let fact = &c.facts[d.fact];
        html! {
            <li class="fact-badge" data-fact={fact.key.clone()}>
                <strong>{ &fact.label }</strong>{ format!(": {} {}", t.only_in, report_list(&d.reports, t.and)) }
            </li>
        }
    });
    html! {
        <>
        <p class="detail-meta">
            { format!("{} {} · {} {}", t.report, badge(&group.reports), t.similarity, two_decimals(group.score)) }
        </p>
        if !group.fact_differences.is_empty() {
            <section class="fact-badges" aria-label={t.differing_facts}>
                <h3>{ t.differing_facts }</h3>
                <ul>{ for differing }</ul>
            </section>
        }
        { for group.members.iter().map(|m| html! {
            <div class="detail-member" data-doc={m.doc.to_string()}>
                <h3>
                    { format!("{} · {}", m.doc + 1, label(m.doc)) }
                    <button type="button" class="link-button" onclick={jump(m.doc, m.passage)}>{ "↗" }</button>
                </h3>
                <p class="diff" dir="auto" lang={c.documents[m.doc].lang.clone()}>{ render_member(c.documents[m.doc].passages[m.passage].text.as_str(), m, others) }</p>
            </div>
        }) }
        </>
    }
}

/// The member's text with each token wrapped by its diff class; text between tokens as is.
/// Tokens that touch (nothing between them) and mark the same thing share one element:
/// Chinese or Japanese text is a token per character, and a mark per character would break
/// "国家安全部" into five boxes.
fn render_member(text: &str, m: &Member, others: usize) -> Html {
    let mut out = Vec::with_capacity(m.tokens.len() * 2);
    let mut at = 0;
    // The run being built: its class, the reports sharing it, the number cue, its start.
    let mut run: Option<(&'static str, &[usize], bool, usize)> = None;
    let flush = |out: &mut Vec<Html>, run: Option<(&'static str, &[usize], bool, usize)>, end| {
        let Some((kind, shared, number, start)) = run else {
            return;
        };
        let class = classes!(kind, number.then_some("w-number"));
        let title = (!shared.is_empty()).then(|| badge(shared));
        let words: &str = &text[start..end];
        out.push(match kind {
            "w-only" => html! { <ins {class}>{ words }</ins> },
            "w-plain" => html! { <span {class}>{ words }</span> },
            _ => html! { <mark {class} {title}>{ words }</mark> },
        });
    };
    for w in &m.tokens {
        let kind = word_class(w, others);
        let same = run.is_some_and(|(k, shared, number, _)| {
            w.start == at && k == kind && shared == &w.shared_with[..] && number == w.number
        });
        if !same {
            flush(&mut out, run.take(), at);
            if w.start > at {
                out.push(html! { { &text[at..w.start] } });
            }
            run = Some((kind, &w.shared_with, w.number, w.start));
        }
        at = w.end;
    }
    flush(&mut out, run, at);
    if at < text.len() {
        out.push(html! { { &text[at..] } });
    }
    out.into_iter().collect()
}
