//! A piece of the facts matrix: rows `start..end` of the facts shown under the current filter.
//! Marks carry their passage in data attributes; the matrix handles their clicks.

use crate::classes::report_list;
use crate::components::Shared;
use crate::i18n::UiLang;
use parallax_engine::facts::FactKind;
use yew::prelude::*;

/// Longest label shown in a row; quotations can be whole sentences.
const LABEL_CHARS: usize = 140;

/// Props of [`FactRows`].
#[derive(Properties, PartialEq)]
pub struct FactRowsProps {
    /// The comparison.
    pub comparison: Shared,
    /// The kind shown, or every kind.
    pub filter: Option<FactKind>,
    /// First row (among the facts the filter shows).
    pub start: usize,
    /// One past the last row.
    pub end: usize,
    /// Interface language.
    pub lang: UiLang,
}

/// Rows of the facts matrix.
#[function_component]
pub fn FactRows(props: &FactRowsProps) -> Html {
    let t = props.lang.texts();
    let c = &props.comparison.0;
    let kind_at = |k: FactKind| FactKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
    let n_docs = c.documents.len();
    let facts = c
        .facts
        .iter()
        .filter(|f| props.filter.is_none_or(|k| f.kind == k))
        .skip(props.start)
        .take(props.end.saturating_sub(props.start));
    let rows = facts.map(|f| {
        let label: String = if f.label.chars().count() > LABEL_CHARS {
            f.label.chars().take(LABEL_CHARS).chain(['…']).collect()
        } else {
            f.label.clone()
        };
        let spellings = f.variants.join(" · ");
        let cells = (0..n_docs).map(|doc| match f.mentions.iter().find(|m| m.doc == doc) {
            Some(m) => {
                let aria = format!("{}: {} {} – {}", f.label, t.named_in, doc + 1, t.jump);
                html! {
                    <td class="fact-yes">
                        <button type="button" class="fact-mark" aria-label={aria.clone()} title={aria}
                            data-doc={m.doc.to_string()} data-passage={m.passage.to_string()}>{ "●" }</button>
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
    html! { <>{ for rows }</> }
}
