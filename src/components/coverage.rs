//! Coverage bar and minimap of one report: shares in all / some / only here, and every passage
//! as a segment in reading order (click jumps to it).

use crate::classes::agreement_class;
use crate::components::Shared;
use crate::i18n::UiLang;
use yew::prelude::*;

/// Props of [`Coverage`].
#[derive(Properties, PartialEq)]
pub struct CoverageProps {
    /// The comparison.
    pub comparison: Shared,
    /// Report index.
    pub doc: usize,
    /// Interface language.
    pub lang: UiLang,
    /// Jump to a passage.
    pub on_jump: Callback<usize>,
}

/// Percentages and the minimap strip.
#[function_component]
pub fn Coverage(props: &CoverageProps) -> Html {
    let t = props.lang.texts();
    let c = &props.comparison.0;
    let cov = &c.summary[props.doc];
    let pct = crate::classes::percent;
    // The minimap is an SVG: segment widths are attributes, not inline styles (strict CSP).
    let passages = &c.documents[props.doc].passages;
    let total: usize = passages
        .iter()
        .filter(|p| p.agreement.is_some())
        .map(|p| p.text.chars().count().max(1))
        .sum();
    let mut x = 0usize;
    let segments: Vec<Html> = passages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.agreement.is_some())
        .map(|(i, p)| {
            let w = p.text.chars().count().max(1);
            let on_jump = props.on_jump.clone();
            let seg = html! {
                <rect class={classes!("mini-seg", agreement_class(p.agreement))} x={x.to_string()} y="0"
                    width={w.saturating_sub(total / 400).max(1).to_string()} height="1"
                    onclick={Callback::from(move |_| on_jump.emit(i))} />
            };
            x += w;
            seg
        })
        .collect();
    html! {
        <div class="coverage">
            <svg class="minimap" viewBox={format!("0 0 {} 1", total.max(1))} preserveAspectRatio="none" aria-hidden="true">
                { for segments }
            </svg>
            <p class="coverage-figures">
                <span class="agree-all">{ format!("{} {}", pct(cov.in_all), t.in_all) }</span>
                <span class="agree-some">{ format!("{} {}", pct(cov.in_some), t.in_some) }</span>
                <span class="agree-only">{ format!("{} {}", pct(cov.only_here), t.only_here) }</span>
            </p>
        </div>
    }
}
