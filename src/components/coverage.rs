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
    let pct = |x: f32| format!("{:.0}%", x * 100.0);
    let segments = c.documents[props.doc].passages.iter().enumerate().filter(|(_, p)| p.agreement.is_some()).map(|(i, p)| {
        let on_jump = props.on_jump.clone();
        let width = format!("flex-grow:{}", p.text.chars().count().max(1));
        html! {
            <button type="button" class={classes!("mini-seg", agreement_class(p.agreement))} style={width}
                tabindex="-1" aria-hidden="true" onclick={Callback::from(move |_| on_jump.emit(i))}></button>
        }
    });
    html! {
        <div class="coverage">
            <div class="minimap">{ for segments }</div>
            <p class="coverage-figures">
                <span class="agree-all">{ format!("{} {}", pct(cov.in_all), t.in_all) }</span>
                <span class="agree-some">{ format!("{} {}", pct(cov.in_some), t.in_some) }</span>
                <span class="agree-only">{ format!("{} {}", pct(cov.only_here), t.only_here) }</span>
            </p>
        </div>
    }
}
