//! Report tabs for phones, where one column shows at a time.

use crate::i18n::UiLang;
use crate::state::Action;
use yew::prelude::*;

/// Props of [`Tabs`].
#[derive(Properties, PartialEq)]
pub struct TabsProps {
    /// Report labels.
    pub labels: Vec<AttrValue>,
    /// The report shown.
    pub active: usize,
    /// Interface language.
    pub lang: UiLang,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

/// A tab list (hidden on wide screens by CSS).
#[function_component]
pub fn Tabs(props: &TabsProps) -> Html {
    html! {
        <nav class="tabs" role="tablist" aria-label={props.lang.texts().reports_nav}>
            { for props.labels.iter().enumerate().map(|(i, label)| {
                let d = props.dispatch.clone();
                let selected = if i == props.active { "true" } else { "false" };
                html! {
                    <button type="button" role="tab" aria-selected={selected}
                        onclick={Callback::from(move |_| d.emit(Action::SetTab(i)))}>
                        { format!("{} · {}", i + 1, label) }
                    </button>
                }
            }) }
        </nav>
    }
}
