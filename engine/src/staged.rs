//! The comparison run one stage at a time, so a caller on a single thread (the browser page) can
//! let other work in between: each report's preparation (in three steps), the alignment, the word diffs in
//! batches of groups, the documents and the facts are separate steps. [`crate::compare`] runs
//! all steps at once; both give the same [`Comparison`].

use crate::input::NormalizedText;
use crate::language::{self, Language};
use crate::segment::{self, Segment};
use crate::{
    align, build_group, document, fact_inputs, facts, flag_repeated_lines, model, summary,
    tokenize, tools, CompareOptions, Comparison, Group, Prepared, ReportInput, Statements,
};

/// Groups whose word diffs one step computes.
const DIFF_BATCH: usize = 24;

/// Inputs above this many bytes of text use all cores natively (see [`Staged::finish`]).
#[cfg(not(target_arch = "wasm32"))]
const PARALLEL_BYTES: usize = 200_000;

/// One statement group before its word diffs.
struct Members {
    /// Members `(report, passage)`: those whose first group it is and its second members.
    ids: Vec<(usize, usize)>,
    /// The members whose first group is another ([`align::also`]: passages of two facts).
    second: Vec<(usize, usize)>,
    /// Mean score of the links that formed the group.
    score: f32,
}

/// The closest passages below the threshold of each passage, by report and passage index.
pub(crate) type NearBy = Vec<Vec<Vec<model::Near>>>;

/// The statement groups of each passage, by report and passage index: its first group, and
/// the group it is a second member of (a passage of two facts, [`align::also`]).
pub(crate) type Memberships = Vec<Vec<(Option<usize>, Option<usize>)>>;

/// Which groups each passage of `prepared` is a member of.
fn memberships(prepared: &[Prepared], members: &[Members]) -> Memberships {
    let mut of: Memberships = prepared
        .iter()
        .map(|p| vec![(None, None); p.segments.len()])
        .collect();
    for (gi, m) in members.iter().enumerate() {
        for &(doc, passage) in &m.ids {
            let slot = &mut of[doc][passage];
            if m.second.contains(&(doc, passage)) {
                slot.1 = Some(gi);
            } else {
                slot.0 = Some(gi);
            }
        }
    }
    of
}

/// What the next step does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Prepare(usize),
    Align,
    Diff(usize),
    Documents,
    Facts,
    Done,
}

/// A comparison in progress. Call [`Staged::step`] until it returns `false`, then
/// [`Staged::finish`]; or call `finish` at once.
pub struct Staged {
    reports: Vec<ReportInput>,
    options: CompareOptions,
    stage: Stage,
    prepared: Vec<Prepared>,
    /// Members `(report, passage)` and score of each statement group, in reading order.
    members: Vec<Members>,
    groups: Vec<Group>,
    /// The closest passages below the threshold, by report and passage index.
    near: NearBy,
    /// The report being prepared, between its steps.
    pending: Option<Pending>,
    documents: Vec<model::Document>,
    facts: Vec<model::Fact>,
    /// The facts were found already (natively, next to the alignment of a big input).
    facts_ready: bool,
}

/// A report between its preparation steps.
enum Pending {
    /// Normalised, language known.
    Detected(NormalizedText, Language),
    /// Cut into passages.
    Segmented(NormalizedText, Language, Vec<Segment>),
}

/// Closest passages kept per statement, at most one per other report.
const NEAR_MAX: usize = 3;

/// Share of the threshold a passage must reach to be offered as a closest passage.
const NEAR_SHARE: f32 = 0.5;

impl Staged {
    /// Starts comparing `reports`; nothing is computed until the first step.
    pub fn new(reports: Vec<ReportInput>, options: &CompareOptions) -> Self {
        let threshold = if options.threshold.is_finite() {
            options.threshold.clamp(0.01, 1.0)
        } else {
            0.3
        };
        Self {
            reports,
            options: CompareOptions {
                threshold,
                ..*options
            },
            stage: Stage::Prepare(0),
            prepared: Vec::new(),
            members: Vec::new(),
            groups: Vec::new(),
            near: Vec::new(),
            pending: None,
            documents: Vec::new(),
            facts: Vec::new(),
            facts_ready: false,
        }
    }

    /// Runs the next step; `true` while steps remain.
    pub fn step(&mut self) -> bool {
        self.stage = match self.stage {
            // Each report in three steps: its language (and, the first time, that language's
            // stemmer and lexicon), its passages, then their tokens.
            Stage::Prepare(i) if i < self.reports.len() => match self.pending.take() {
                None => {
                    let norm = NormalizedText::new(&self.reports[i].text);
                    let language = language::detect(&norm.text);
                    tools(language);
                    self.pending = Some(Pending::Detected(norm, language));
                    Stage::Prepare(i)
                }
                Some(Pending::Detected(norm, language)) => {
                    let segments = segment::segment(&norm.text, language, self.options.granularity);
                    self.pending = Some(Pending::Segmented(norm, language, segments));
                    Stage::Prepare(i)
                }
                Some(Pending::Segmented(norm, language, segments)) => {
                    let tools = tools(language);
                    self.prepared
                        .push(tokenize(norm, language, segments, &tools.0, &tools.1));
                    Stage::Prepare(i + 1)
                }
            },
            Stage::Prepare(_) => {
                flag_repeated_lines(&mut self.prepared);
                Stage::Align
            }
            Stage::Align => {
                (self.members, self.near) = self.align();
                Stage::Diff(0)
            }
            Stage::Diff(start) if start < self.members.len() => {
                let end = (start + DIFF_BATCH).min(self.members.len());
                let n_docs = self.reports.len();
                for m in &self.members[start..end] {
                    self.groups
                        .push(build_group(&self.prepared, &m.ids, m.score, n_docs));
                }
                Stage::Diff(end)
            }
            Stage::Diff(_) => {
                let n_docs = self.reports.len();
                let memberships = memberships(&self.prepared, &self.members);
                self.documents = self
                    .prepared
                    .iter()
                    .zip(&self.reports)
                    .enumerate()
                    .map(|(doc, (p, r))| {
                        document(
                            doc,
                            p,
                            r,
                            &memberships[doc],
                            &self.groups,
                            &self.near,
                            n_docs,
                        )
                    })
                    .collect();
                Stage::Documents
            }
            Stage::Documents => {
                if !self.facts_ready {
                    self.facts = facts::extract(&fact_inputs(&self.prepared), self.reports.len());
                }
                let index = facts::by_passage(&self.facts);
                for g in &mut self.groups {
                    g.fact_differences = facts::differences(&index, g);
                }
                Stage::Facts
            }
            Stage::Facts | Stage::Done => Stage::Done,
        };
        self.stage != Stage::Done
    }

    /// Enough text that threads pay for their start (each builds its own stemmer and lexicon).
    #[cfg(not(target_arch = "wasm32"))]
    fn is_big(&self) -> bool {
        self.reports.iter().map(|r| r.text.len()).sum::<usize>() > PARALLEL_BYTES
    }

    /// Statement groups of the prepared reports (members and score, in reading order), and the
    /// closest passages below the threshold of each statement.
    fn align(&self) -> (Vec<Members>, NearBy) {
        let (s, links) = self.links();
        self.groups_of(&s, &links)
    }

    /// The statements of the prepared reports and every link strong enough to be a closest
    /// passage or to hold a group together.
    fn links(&self) -> (Statements<'_>, Vec<align::Link>) {
        let s = Statements::collect(&self.prepared);
        let threshold = self.options.threshold;
        let links = s.links(threshold * NEAR_SHARE.min(align::WEAK_SHARE), threshold);
        (s, links)
    }

    /// Statement groups, as (report, passage) members, and the closest passages, from the links
    /// of [`Staged::links`].
    fn groups_of(&self, s: &Statements, links: &[align::Link]) -> (Vec<Members>, NearBy) {
        let (node_groups, second) = self.node_groups(s, links);
        (
            members_of(s, &node_groups, &second),
            near_of(s, links, &node_groups, &self.prepared),
        )
    }

    /// Statement groups (of nodes, in reading order; second members included) from the links
    /// of [`Staged::links`], and which nodes are second members of which group.
    fn node_groups(
        &self,
        s: &Statements,
        links: &[align::Link],
    ) -> (Vec<align::NodeGroup>, Vec<(usize, usize)>) {
        let threshold = self.options.threshold;
        // A tail node comes after every passage and a link's second node is its later one:
        // the links of tails are those whose second node is one. They join groups last.
        let (weak, tail_links): (Vec<align::Link>, Vec<align::Link>) = links
            .iter()
            .filter(|l| l.score >= threshold * align::WEAK_SHARE)
            .partition(|l| l.b < s.passages);
        let nodes = &s.nodes;
        let adjacency =
            align::adjacency::Adjacency::new(nodes.len(), &weak, threshold * align::WEAK_SHARE);
        let mut node_groups: Vec<align::NodeGroup> = align::group(
            nodes,
            &weak,
            &adjacency,
            threshold,
            self.options.max_per_report.max(1),
        );
        // Headings inside the body (not the title, nor a deck in the lead) label their section.
        let crossheads: Vec<bool> = (0..nodes.len())
            .map(|node| {
                let (doc, i) = s.ids[node];
                !s.sources[node].title
                    && s.nodes[node].position > align::LEAD_ZONE
                    && self.prepared[doc].segments[i].kind == crate::segment::PassageKind::Heading
            })
            .collect();
        let mut second = align::also::also_members(
            nodes,
            &weak,
            &adjacency,
            &node_groups,
            threshold,
            &crossheads,
        );
        let restating =
            align::also::lead_restated(nodes, &weak, &adjacency, &node_groups, threshold);
        let joins: Vec<(usize, usize)> = second.iter().chain(&restating).copied().collect();
        Self::join(&mut node_groups, &joins, |node, m| adjacency.score(node, m));
        // Then second facts after "including", into groups of several reports.
        let tailed =
            align::tails::tail_members(nodes, &tail_links, &node_groups, &s.tails, threshold);
        let joins: Vec<(usize, usize)> = tailed.iter().map(|&(node, g, _)| (node, g)).collect();
        Self::join(&mut node_groups, &joins, |node, _| {
            tailed.iter().find(|t| t.0 == node).map(|t| t.2)
        });
        second.extend(joins);
        // Groups of two or more reports, in reading order of the first member; second
        // memberships follow their group.
        let mut tagged: Vec<(usize, align::NodeGroup)> = node_groups
            .into_iter()
            .enumerate()
            .filter(|(_, g)| {
                g.members
                    .iter()
                    .any(|&m| nodes[m].doc != nodes[g.members[0]].doc)
            })
            .collect();
        crate::sort::by_key(&mut tagged, |(_, g)| s.ids[g.members[0]]);
        let mut rank = vec![0; tagged.iter().map(|(g, _)| g + 1).max().unwrap_or(0)];
        tagged
            .iter()
            .enumerate()
            .for_each(|(r, (g, _))| rank[*g] = r);
        let second = second
            .into_iter()
            .map(|(node, g)| (node, rank[g]))
            .collect();
        (tagged.into_iter().map(|(_, g)| g).collect(), second)
    }

    /// Adds each `(node, group)` of `joins` to its group; the group's score (the mean of the
    /// links that joined its members) takes in the one the node joins by: its strongest to
    /// the members by `score` (a group of one had no link: score 0).
    fn join(
        groups: &mut [align::NodeGroup],
        joins: &[(usize, usize)],
        score: impl Fn(usize, usize) -> Option<f32>,
    ) {
        for &(node, g) in joins {
            let group = &mut groups[g];
            let mut joined_by = 0.0f32;
            for &m in &group.members {
                joined_by = joined_by.max(score(node, m).unwrap_or(0.0));
            }
            let links_before = (group.members.len() - 1) as f32;
            group.score = (group.score * links_before + joined_by) / (links_before + 1.0);
            let at = group.members.partition_point(|&m| m < node);
            group.members.insert(at, node);
        }
    }

    /// Runs the remaining steps and returns the comparison.
    ///
    /// Natively, big inputs prepare their reports and diff their groups on all cores (each
    /// item is independent; results come back in order, so the comparison is the same), and
    /// find the facts on a thread of their own while the links are grouped (facts do not read
    /// the alignment).
    pub fn finish(mut self) -> Comparison {
        #[cfg(not(target_arch = "wasm32"))]
        if self.stage == Stage::Prepare(0) && self.is_big() {
            let options = self.options;
            self.prepared = crate::parallel::map(&self.reports, |r| prepare_one(r, &options));
            self.stage = Stage::Prepare(self.reports.len());
            self.step(); // lines repeated across reports, which facts must not read
            let n_docs = self.reports.len();
            let this = &self;
            let (facts, (members, near), groups) = std::thread::scope(|scope| {
                // Scoring links uses every core; grouping them uses one: the facts fill the other.
                let (s, links) = this.links();
                let facts = scope.spawn(|| facts::extract(&fact_inputs(&this.prepared), n_docs));
                let (members, near) = this.groups_of(&s, &links);
                drop((s, links));
                let groups = crate::parallel::map(&members, |m| {
                    build_group(&this.prepared, &m.ids, m.score, n_docs)
                });
                let facts = facts
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e));
                (facts, (members, near), groups)
            });
            (self.facts, self.facts_ready) = (facts, true);
            (self.members, self.near, self.groups) = (members, near, groups);
            self.stage = Stage::Diff(self.members.len());
        }
        while self.step() {}
        let summary = summary::coverage(&self.documents);
        Comparison {
            schema_version: model::SCHEMA_VERSION,
            options: self.options,
            documents: self.documents,
            groups: self.groups,
            summary,
            facts: self.facts,
        }
    }
}

/// Each group's members as (report, passage), which of them are second members, its score.
fn members_of(
    s: &Statements,
    node_groups: &[align::NodeGroup],
    second: &[(usize, usize)],
) -> Vec<Members> {
    let mut members: Vec<Members> = node_groups
        .iter()
        .map(|g| Members {
            ids: g.members.iter().map(|&m| s.ids[m]).collect(),
            second: Vec::new(),
            score: g.score,
        })
        .collect();
    for &(node, g) in second {
        members[g].second.push(s.ids[node]);
    }
    members
}

/// Per report and passage, the closest passages of reports its group does not cover.
fn near_of(
    s: &Statements,
    links: &[align::Link],
    node_groups: &[align::NodeGroup],
    prepared: &[Prepared],
) -> NearBy {
    let mut near: NearBy = prepared
        .iter()
        .map(|p| vec![Vec::new(); p.segments.len()])
        .collect();
    let closest = align::closest::closest(&s.nodes, links, node_groups, NEAR_MAX);
    for (from, list) in closest.into_iter().enumerate().take(s.passages) {
        let (doc, passage) = s.ids[from];
        near[doc][passage] = list
            .into_iter()
            .map(|(to, score)| {
                let (doc, passage) = s.ids[to];
                model::Near {
                    doc,
                    passage,
                    score,
                }
            })
            .collect();
    }
    near
}

/// Segments and tokenises one report with its language's (cached, per thread) tools.
#[cfg(not(target_arch = "wasm32"))]
fn prepare_one(report: &ReportInput, options: &CompareOptions) -> Prepared {
    let norm = NormalizedText::new(&report.text);
    let language = language::detect(&norm.text);
    let tools = tools(language);
    crate::prepare(norm, language, &tools.0, &tools.1, options)
}
