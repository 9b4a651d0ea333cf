//! Work cut into tasks: [`next_task`] runs a function in a new task of the event loop, after the
//! page has handled pending input and painted if due. Unlike nested `setTimeout(0)`, which
//! browsers delay to at least 4 ms from the fifth level on, a message to our own port comes back
//! at once, so a job of twenty steps is not slowed by 80 ms of waiting.

use std::cell::RefCell;
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Job = Box<dyn FnOnce()>;

/// The channel, its listener and the jobs waiting for their task.
struct Queue {
    port: web_sys::MessagePort,
    jobs: VecDeque<Job>,
    _listener: Closure<dyn FnMut()>,
}

thread_local! {
    static QUEUE: RefCell<Option<Queue>> = const { RefCell::new(None) };
}

fn channel() -> Option<Queue> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let listener = Closure::<dyn FnMut()>::new(|| {
        let job = QUEUE.with(|q| q.borrow_mut().as_mut().and_then(|q| q.jobs.pop_front()));
        if let Some(job) = job {
            job();
        }
    });
    channel
        .port1()
        .set_onmessage(Some(listener.as_ref().unchecked_ref()));
    Some(Queue {
        port: channel.port2(),
        jobs: VecDeque::new(),
        _listener: listener,
    })
}

/// Runs `f` in a task of its own, soon (with a timer where `MessageChannel` is missing).
pub fn next_task(f: impl FnOnce() + 'static) {
    let job: Job = Box::new(f);
    let left = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if q.is_none() {
            *q = channel();
        }
        match q.as_mut() {
            Some(queue) => {
                queue.jobs.push_back(job);
                match queue.port.post_message(&JsValue::NULL) {
                    Ok(()) => None,
                    Err(_) => queue.jobs.pop_back(),
                }
            }
            None => Some(job),
        }
    });
    if let Some(job) = left {
        gloo::timers::callback::Timeout::new(0, job).forget();
    }
}
