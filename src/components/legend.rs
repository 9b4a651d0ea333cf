//! One-line legend of agreement colours and badges.

use crate::i18n::UiLang;
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Interface language.
    pub lang: UiLang,
}

/// Explains the colours, the report badges and the interactions.
#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    let t = props.lang.texts();
    html! {
        <p class="legend">
            <span class="legend-item agree-all"><span class="swatch"></span>{ t.legend_all }</span>
            <span class="legend-item agree-some"><span class="swatch"></span>{ t.legend_some }</span>
            <span class="legend-item agree-only"><span class="swatch"></span>{ t.legend_only }</span>
            <span class="legend-hint">{ t.legend_hint }</span>
        </p>
    }
}
