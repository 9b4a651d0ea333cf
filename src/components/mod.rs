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
