//! View components: each renders part of the engine's `Comparison` and emits actions.

pub mod chunk;
pub mod column;
pub mod connectors;
pub mod controls;
pub mod coverage;
pub mod detail;
pub mod editor;
pub mod fact_rows;
pub mod facts;
pub mod legend;
pub mod passage;
pub mod synopsis;
pub mod tabs;

use parallax_engine::Comparison;
use std::rc::Rc;

/// The comparison shared by all components; equal when it is the same computation.
#[derive(Clone)]
pub struct Shared(pub Rc<Comparison>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Opens the statement group of the passage clicked (one handler for a whole column or table).
pub fn open_on_click(
    dispatch: &yew::Callback<crate::state::Action>,
) -> yew::Callback<web_sys::MouseEvent> {
    let d = dispatch.clone();
    yew::Callback::from(move |e: web_sys::MouseEvent| {
        if let Some(id) = crate::dom::passage_at(e.target()) {
            d.emit(crate::state::Action::Open(id));
        }
    })
}

/// Opens the statement group of the focused passage on Enter or Space (passages are buttons).
pub fn open_on_key(
    dispatch: &yew::Callback<crate::state::Action>,
) -> yew::Callback<web_sys::KeyboardEvent> {
    let d = dispatch.clone();
    yew::Callback::from(move |e: web_sys::KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            if let Some(id) = crate::dom::passage_at(e.target()) {
                e.prevent_default();
                d.emit(crate::state::Action::Open(id));
            }
        }
    })
}
