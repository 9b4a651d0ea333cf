//! The comparison result handed from the engine to the CLI and the view (JSON schema v1,
//! documented in `docs/SCHEMA.md`). Plain data: byte offsets and indices, no behaviour.

use crate::facts::FactKind;
use crate::language::Language;
use crate::options::CompareOptions;
use crate::segment::{BoilerplateReason, PassageKind};
use serde::{Deserialize, Serialize};

/// Version of the JSON layout; bumped on incompatible changes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything Parallax knows about a set of reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The settings used.
    pub options: CompareOptions,
    /// The reports, in the order given.
    pub documents: Vec<Document>,
    /// Statement groups covering at least two reports, in reading order of their first member.
    pub groups: Vec<Group>,
    /// Coverage per report.
    pub summary: Vec<Coverage>,
    /// Names, places, counts, dates and quotations the reports name; divergent ones first.
    pub facts: Vec<Fact>,
}

/// One report, segmented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// File name or label.
    pub name: String,
    /// Given title, or the first non-empty line.
    pub title: String,
    /// Detected language (one Parallax stems, or `other`).
    pub language: Language,
    /// BCP 47 tag of the text's language for the reader's browser (fonts, hyphenation, screen
    /// readers): the detected language's code, else one told by the script ("ja", "ko", "zh",
    /// "el", "und-Arab", …), else "und" ([`crate::language::tag`]).
    #[serde(default)]
    pub lang: String,
    /// Passages in reading order.
    pub passages: Vec<Passage>,
}

/// A sentence, heading, paragraph or boilerplate block of a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// The passage text (line endings LF, Unicode NFC).
    pub text: String,
    /// Byte offset of its start in the report as read.
    pub start: usize,
    /// Byte offset of its end in the report as read.
    pub end: usize,
    /// Content, heading or boilerplate.
    pub kind: PassageKind,
    /// Why it is boilerplate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<BoilerplateReason>,
    /// Paragraph number within the report.
    pub paragraph: usize,
    /// Index into [`Comparison::groups`] when another report states the same.
    pub group: Option<usize>,
    /// Another group the passage is also a member of: it states two facts, and other reports
    /// state the second one apart (empty for most passages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<usize>,
    /// Which reports state it, over its groups: all, some or only this one (none for
    /// boilerplate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
    /// The closest passages of reports that do not state it, below the threshold: what a
    /// reader checks before believing "only here" (a paraphrase the engine could not prove).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub near: Vec<Near>,
}

/// Share of the threshold from which a closest passage counts as nearly linked (0.21 at the
/// default 0.30): the band where the missed paraphrases of the test sets score.
pub const NEARLY_LINKED_SHARE: f32 = 0.7;

impl Comparison {
    /// Members `(report, passage)` of every group of the passage `(doc, index)` (a passage of
    /// two facts has two), in report and reading order, the passage itself included; empty
    /// when no other report states it or the passage does not exist.
    pub fn counterparts(&self, doc: usize, index: usize) -> Vec<(usize, usize)> {
        let Some(p) = self.documents.get(doc).and_then(|d| d.passages.get(index)) else {
            return Vec::new();
        };
        let mut out: Vec<(usize, usize)> = p
            .groups()
            .filter_map(|g| self.groups.get(g))
            .flat_map(|g| g.members.iter().map(|m| (m.doc, m.passage)))
            .collect();
        crate::sort::ascending(&mut out);
        out.dedup();
        out
    }

    /// Reports that state what the passage `(doc, index)` states, over all its groups,
    /// ascending; just `doc` for a statement no other report makes.
    pub fn reports_of(&self, doc: usize, index: usize) -> Vec<usize> {
        let mut reports: Vec<usize> = self.counterparts(doc, index).iter().map(|m| m.0).collect();
        reports.dedup();
        if reports.is_empty() {
            reports.push(doc);
        }
        reports
    }
}

impl Passage {
    /// Its statement groups: the first, then the one it is a second member of.
    pub fn groups(&self) -> impl Iterator<Item = usize> + '_ {
        self.group.iter().chain(&self.also).copied()
    }

    /// Closest passages that nearly reached `threshold` (see [`NEARLY_LINKED_SHARE`]).
    pub fn nearly_linked(&self, threshold: f32) -> impl Iterator<Item = &Near> {
        self.near
            .iter()
            .filter(move |n| n.score >= threshold * NEARLY_LINKED_SHARE)
    }
}

/// A passage of another report that resembles a statement without reaching the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Near {
    /// Report index.
    pub doc: usize,
    /// Passage index in that report.
    pub passage: usize,
    /// Similarity (0–1), below the comparison's threshold or refused by the grouping.
    pub score: f32,
}

/// How widely a statement is shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// Every report states it.
    All,
    /// Some but not all other reports state it.
    Some,
    /// Only this report states it.
    OnlyHere,
}

/// Passages of several reports that state the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Members in report order, then reading order.
    pub members: Vec<Member>,
    /// The reports covered, ascending.
    pub reports: Vec<usize>,
    /// Mean similarity of the links that formed the group (0–1).
    pub score: f32,
    /// All reports, or a subset.
    pub agreement: Agreement,
    /// Facts that some but not all reports of the group name in their members.
    pub fact_differences: Vec<FactDifference>,
}

/// One passage inside a group, with its word-level marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// Report index.
    pub doc: usize,
    /// Passage index within the report.
    pub passage: usize,
    /// Tokens of the passage (white space excluded).
    pub tokens: Vec<WordMark>,
}

/// A token of a member and the other reports of the group that share it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordMark {
    /// Surface text.
    pub text: String,
    /// Byte offset in the passage text.
    pub start: usize,
    /// Byte end offset in the passage text.
    pub end: usize,
    /// Other reports of the group that have this word (empty: only here).
    pub shared_with: Vec<usize>,
    /// Shared out of order or as a compound part, not in sequence.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub moved: bool,
    /// A content word or number (not a function word or punctuation).
    pub content: bool,
    /// A number: differing numbers deserve attention.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub number: bool,
}

/// Share of a report's statements (non-boilerplate passages) by agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    /// Report index.
    pub doc: usize,
    /// Number of statements (content and heading passages).
    pub statements: usize,
    /// Share found in every other report.
    pub in_all: f32,
    /// Share found in some other reports but not all.
    pub in_some: f32,
    /// Share found in no other report.
    pub only_here: f32,
}

/// A fact term (a person, place, organisation, name, count, date or quotation) and where each
/// report names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// What kind of fact it is.
    pub kind: FactKind,
    /// Merge key: `c:` + lexicon concept id, `n:` name, `q:` count, `d:` date, `t:` quotation.
    pub key: String,
    /// The spelling shown.
    pub label: String,
    /// Every spelling found, in order of first use.
    pub variants: Vec<String>,
    /// Reports that name it, ascending.
    pub reports: Vec<usize>,
    /// Every mention, in report and reading order.
    pub mentions: Vec<Mention>,
}

/// Where a report names a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// Report index.
    pub doc: usize,
    /// Passage index within the report.
    pub passage: usize,
    /// Byte offset in the passage text.
    pub start: usize,
    /// Byte end offset in the passage text.
    pub end: usize,
}

/// A fact that only some reports of a statement group name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactDifference {
    /// Index into [`Comparison::facts`].
    pub fact: usize,
    /// Reports of the group whose members name it.
    pub reports: Vec<usize>,
}
