//! Coverage bar and minimap of one report: shares in all / some / only here, and every passage
//! as a segment in reading order (click jumps to it).

use crate::classes::agreement_class;
use crate::components::Shared;
use crate::i18n::UiLang;
use parallax_engine::model::Agreement;
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
    // Neighbouring passages of one colour share a segment (a long report has thousands of
    // passages); a click finds the passage under the pointer from the character offsets.
    let passages = &c.documents[props.doc].passages;
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let mut runs: Vec<(usize, usize, Option<Agreement>)> = Vec::new();
    let mut x = 0usize;
    for (i, p) in passages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.agreement.is_some())
    {
        let w = p.text.chars().count().max(1);
        starts.push((x, i));
        match runs.last_mut() {
            Some(run) if run.2 == p.agreement => run.1 += w,
            _ => runs.push((x, w, p.agreement)),
        }
        x += w;
    }
    let total = x;
    let gap = total / 400;
    // One path per colour (each run a rectangle in it): three elements however long the report.
    let segments = [Agreement::All, Agreement::Some, Agreement::OnlyHere].map(|kind| {
        let d: String = runs
            .iter()
            .filter(|run| run.2 == Some(kind))
            .map(|&(x, w, _)| format!("M{x} 0h{}v1H{x}z", w.saturating_sub(gap).max(1)))
            .collect();
        (!d.is_empty()).then(|| {
            html! {
                <path class={classes!("mini-seg", agreement_class(Some(kind)))} {d} />
            }
        })
    });
    let onclick = {
        let on_jump = props.on_jump.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(svg) = crate::dom::closest(e.target(), "svg.minimap") else {
                return;
            };
            let r = svg.get_bounding_client_rect();
            let share = (f64::from(e.client_x()) - r.left()) / r.width().max(1.0);
            let at = (share.clamp(0.0, 1.0) * total as f64) as usize;
            let k = starts.partition_point(|&(s, _)| s <= at).saturating_sub(1);
            if let Some(&(_, i)) = starts.get(k) {
                on_jump.emit(i);
            }
        })
    };
    html! {
        <div class="coverage">
            <svg class="minimap" viewBox={format!("0 0 {} 1", total.max(1))} preserveAspectRatio="none" aria-hidden="true" {onclick}>
                { for segments.into_iter().flatten() }
            </svg>
            <p class="coverage-figures">
                <span class="agree-all">{ format!("{} {}", pct(cov.in_all), t.in_all) }</span>
                <span class="agree-some">{ format!("{} {}", pct(cov.in_some), t.in_some) }</span>
                <span class="agree-only">{ format!("{} {}", pct(cov.only_here), t.only_here) }</span>
            </p>
        </div>
    }
}
