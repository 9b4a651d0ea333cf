//! Settings of a comparison.

use serde::{Deserialize, Serialize};

/// What a passage is: a sentence or a whole paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// One passage per sentence (headings and boilerplate stay whole).
    #[default]
    Sentence,
    /// One passage per paragraph.
    Paragraph,
}

/// Settings for [`crate::compare`]; `Default` gives what the app opens with.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CompareOptions {
    /// Minimum similarity (0–1) for two passages to state the same thing.
    pub threshold: f32,
    /// Sentence or paragraph passages.
    pub granularity: Granularity,
    /// Most passages one report may contribute to one statement group (1:n links).
    pub max_per_report: usize,
}

impl Default for CompareOptions {
    fn default() -> Self {
        Self {
            threshold: 0.3,
            granularity: Granularity::Sentence,
            max_per_report: 3,
        }
    }
}
