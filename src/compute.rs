//! When the engine runs: after each change of the reports or settings, in its own task on the
//! page for ordinary inputs, in a worker for big ones (the page stays responsive and the run
//! can be cancelled). The newest revision always wins; answers for older ones are dropped.

use crate::components::Shared;
use crate::dom;
use crate::state::State;
use crate::worker::{EngineWorker, BIG_INPUT};
use parallax_engine::{CompareOptions, ReportInput};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Sets a performance mark (read by the browser benchmarks).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A job handed to the worker: revision, reports, settings (kept to run it here if the worker
/// fails).
type Job = (u64, Vec<ReportInput>, CompareOptions);

/// The comparison shown, and the worker job in flight.
pub struct Computation {
    /// The latest finished comparison and the revision it belongs to.
    pub result: Option<(u64, Shared)>,
    /// A worker is comparing this revision.
    pub running: Option<u64>,
    /// Stops the worker; the previous result stays.
    pub cancel: Callback<()>,
}

/// Compares on the page, one engine step per task (see `tasks`), so no task is long even while
/// the engine's code is still cold; a newer change stops it at the next step.
fn compare_here(
    revision: u64,
    wanted: Rc<RefCell<u64>>,
    inputs: Vec<ReportInput>,
    options: CompareOptions,
    result: UseStateHandle<Option<(u64, Shared)>>,
) {
    let staged = parallax_engine::Staged::new(inputs, &options);
    crate::tasks::next_task(move || {
        mark("parallax:compare-start");
        step(revision, wanted, staged, result);
    });
}

/// Runs one step of `staged`, then schedules the next in a new task, or shows the result.
fn step(
    revision: u64,
    wanted: Rc<RefCell<u64>>,
    mut staged: parallax_engine::Staged,
    result: UseStateHandle<Option<(u64, Shared)>>,
) {
    if *wanted.borrow() != revision {
        return; // a newer change is queued
    }
    if staged.step() {
        crate::tasks::next_task(move || step(revision, wanted, staged, result));
        return;
    }
    let c = staged.finish();
    mark("parallax:compare-end");
    // The static copy of the example goes in the same task as the render that replaces it.
    dom::remove_by_id(dom::PRERENDERED);
    result.set(Some((revision, Shared(Rc::new(c)))));
}

/// The comparison of `state`'s reports, kept up to date.
#[hook]
pub fn use_comparison(state: &State) -> Computation {
    let result = use_state(|| None::<(u64, Shared)>);
    let running = use_state(|| None::<u64>);
    let wanted = use_mut_ref(|| 0u64);
    let worker = use_mut_ref(|| None::<EngineWorker>);
    let no_worker = use_mut_ref(|| false);
    // The job the worker has, for running it here if the worker fails.
    let pending = use_mut_ref(|| None::<Job>);
    let has_problem = state.saved.problem().is_some();
    let loading = state.loading;
    {
        let (result, running, wanted) = (result.clone(), running.clone(), wanted.clone());
        let (worker, no_worker, pending) = (worker.clone(), no_worker.clone(), pending.clone());
        let saved = state.saved.clone();
        use_effect_with(
            (state.revision, has_problem, loading),
            move |&(revision, has_problem, loading)| {
                *wanted.borrow_mut() = revision;
                if loading {
                    return;
                }
                if has_problem {
                    result.set(None);
                    running.set(None);
                    return;
                }
                let inputs: Vec<ReportInput> = saved.inputs();
                let options = saved.options();
                let size: usize = inputs.iter().map(|r| r.text.len()).sum();
                if size > BIG_INPUT && !*no_worker.borrow() {
                    // A job for an older revision is still running: stop it, do not wait.
                    if pending.borrow().is_some() {
                        worker.borrow_mut().take();
                    }
                    if worker.borrow().is_none() {
                        *worker.borrow_mut() =
                            spawn(&result, &running, &wanted, &no_worker, &pending);
                    }
                    let posted = worker
                        .borrow()
                        .as_ref()
                        .is_some_and(|w| w.post(revision, &inputs, options));
                    if posted {
                        mark("parallax:worker-start");
                        *pending.borrow_mut() = Some((revision, inputs, options));
                        running.set(Some(revision));
                        return;
                    }
                }
                running.set(None);
                let inputs = inputs.into_iter().map(dom::nfc).collect();
                compare_here(revision, wanted, inputs, options, result);
            },
        );
    }
    let cancel = {
        let (running, worker, pending) = (running.clone(), worker.clone(), pending.clone());
        Callback::from(move |()| {
            worker.borrow_mut().take(); // terminates it
            pending.borrow_mut().take();
            running.set(None);
        })
    };
    Computation {
        result: (*result).clone(),
        running: *running,
        cancel,
    }
}

/// Starts a worker whose answers land in `result` (only the newest revision's).
fn spawn(
    result: &UseStateHandle<Option<(u64, Shared)>>,
    running: &UseStateHandle<Option<u64>>,
    wanted: &Rc<RefCell<u64>>,
    no_worker: &Rc<RefCell<bool>>,
    pending: &Rc<RefCell<Option<Job>>>,
) -> Option<EngineWorker> {
    let on_answer = {
        let (result, running, wanted) = (result.clone(), running.clone(), wanted.clone());
        let pending = pending.clone();
        Rc::new(move |(id, comparison): crate::worker::Answer| {
            if id != *wanted.borrow() {
                return; // an older revision's answer
            }
            pending.borrow_mut().take();
            running.set(None);
            mark("parallax:worker-end");
            match comparison {
                Some(c) => result.set(Some((id, Shared(Rc::new(c))))),
                None => result.set(None),
            }
        })
    };
    let on_failure = {
        let (result, running, wanted) = (result.clone(), running.clone(), wanted.clone());
        let (no_worker, pending) = (no_worker.clone(), pending.clone());
        Box::new(move || {
            // No worker here (no script, no module workers): compare on the page from now on.
            *no_worker.borrow_mut() = true;
            running.set(None);
            if let Some((revision, inputs, options)) = pending.borrow_mut().take() {
                let inputs = inputs.into_iter().map(dom::nfc).collect();
                compare_here(revision, wanted.clone(), inputs, options, result.clone());
            }
        })
    };
    EngineWorker::spawn(on_answer, on_failure)
}
