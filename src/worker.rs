//! Big inputs are compared off the main thread: the page's own WebAssembly module runs again in
//! a module worker (`parallax-worker.js`, written next to the bundle by `finish-dist.py`), whose
//! `main` returns at once and which answers through [`worker_compare`]. Where no worker can be
//! started (`trunk serve`, `file://`), the page compares on its main thread as before.

use parallax_engine::model::Comparison;
use parallax_engine::{compare, CompareOptions, Granularity, ReportInput};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Inputs above this many bytes go to the worker; smaller ones are faster on the page itself.
pub const BIG_INPUT: usize = 150_000;

/// Bytes per part of facts or groups: the page reads each part in a task of its own.
const PART_BYTES: usize = 200_000;

/// The worker's entry point: a job `{ threshold, paragraphs, max_per_report, names, texts }`
/// (the settings, then report names and texts as arrays of strings, so the page never escapes
/// megabytes into one JSON text); the texts are brought to Unicode NFC here, off the page. The comparison goes out in the engine's
/// binary parts (`parallax_engine::wire`: the head, each document, then facts and groups in
/// slices of about `PART_BYTES`), so the page never reads one huge answer in one task.
#[wasm_bindgen]
pub fn worker_compare(job: JsValue) -> js_sys::Array {
    let parts = js_sys::Array::new();
    let field = |name: &str| js_sys::Reflect::get(&job, &name.into()).ok();
    let strings = |name: &str| -> Vec<String> {
        field(name)
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .map(|a| a.iter().filter_map(|s| s.as_string()).collect())
            .unwrap_or_default()
    };
    let number = |name: &str| field(name).and_then(|v| v.as_f64());
    let (Some(threshold), Some(paragraphs), Some(max_per_report)) = (
        number("threshold"),
        field("paragraphs").and_then(|v| v.as_bool()),
        number("max_per_report"),
    ) else {
        return parts;
    };
    let options = CompareOptions {
        threshold: threshold as f32,
        granularity: if paragraphs {
            Granularity::Paragraph
        } else {
            Granularity::Sentence
        },
        max_per_report: max_per_report as usize,
    };
    let (names, texts) = (strings("names"), strings("texts"));
    if names.len() != texts.len() {
        return parts;
    }
    let reports: Vec<ReportInput> = names
        .into_iter()
        .zip(texts)
        .map(|(name, text)| crate::dom::nfc(ReportInput::new(name, text)))
        .collect();
    let c = compare(&reports, &options);
    for part in parallax_engine::wire::encode_parts(&c, PART_BYTES) {
        parts.push(&js_sys::Uint8Array::from(&part[..]));
    }
    parts
}

/// Reads the worker's parts back into a comparison, yielding to the page before each part after
/// the head (bytes are copied out of JavaScript only when their part is read).
pub async fn read_parts(parts: Vec<JsValue>) -> Option<Comparison> {
    let bytes = |part: &JsValue| {
        part.dyn_ref::<js_sys::Uint8Array>()
            .map(js_sys::Uint8Array::to_vec)
    };
    let (head, rest) = parts.split_first()?;
    let mut assembler = parallax_engine::wire::Assembler::new(&bytes(head)?)?;
    for part in rest {
        yield_to_page().await;
        assembler.add(&bytes(part)?)?;
    }
    // The result renders in a task of its own, not in the one that read the last part.
    yield_to_page().await;
    assembler.finish()
}

/// Lets the page handle input and paint before the next step.
pub async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        crate::tasks::next_task(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What the worker answered for job `id`: the comparison, or `None` when it failed.
pub type Answer = (u64, Option<Comparison>);

/// A running engine worker; dropping it stops the worker (and any job in it).
pub struct EngineWorker {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for EngineWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

impl EngineWorker {
    /// Starts the worker; `on_answer` gets each result, `on_failure` is called when the worker
    /// cannot run (no script, no module workers).
    pub fn spawn(on_answer: Callback, on_failure: Box<dyn Fn()>) -> Option<Self> {
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options("./parallax-worker.js", &options).ok()?;
        // The worker sends the answer one part per message (`{ id, index, total, part }`), so
        // the browser copies each part in a task of its own; the parts are read once all came.
        let received = std::rc::Rc::new(std::cell::RefCell::new((u64::MAX, Vec::<JsValue>::new())));
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let number = |name: &str| {
                    js_sys::Reflect::get(&data, &name.into())
                        .ok()
                        .and_then(|v| v.as_f64())
                        .unwrap_or(-1.0)
                };
                let (id, index, total) = (number("id") as u64, number("index"), number("total"));
                let mut got = received.borrow_mut();
                if got.0 != id || index == 0.0 {
                    *got = (id, Vec::new());
                }
                if total > 0.0 {
                    got.1
                        .push(js_sys::Reflect::get(&data, &"part".into()).unwrap_or_default());
                }
                if (got.1.len() as f64) < total {
                    return;
                }
                crate::compute::mark("parallax:worker-answer");
                let parts = std::mem::take(&mut got.1);
                let on_answer = on_answer.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let comparison = read_parts(parts).await;
                    on_answer((id, comparison));
                });
            });
        let on_error =
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| on_failure());
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Self {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sends job `id`: the worker normalises the texts itself.
    pub fn post(&self, id: u64, reports: &[ReportInput], options: CompareOptions) -> bool {
        let (names, texts) = (js_sys::Array::new(), js_sys::Array::new());
        for r in reports {
            names.push(&r.name.as_str().into());
            texts.push(&r.text.as_str().into());
        }
        let job = js_sys::Object::new();
        let message = js_sys::Object::new();
        let ok = [
            ("threshold", JsValue::from(options.threshold)),
            (
                "paragraphs",
                JsValue::from(options.granularity == Granularity::Paragraph),
            ),
            (
                "max_per_report",
                JsValue::from(options.max_per_report as f64),
            ),
            ("names", names.into()),
            ("texts", texts.into()),
        ]
        .into_iter()
        .all(|(k, v)| js_sys::Reflect::set(&job, &k.into(), &v).is_ok())
            && js_sys::Reflect::set(&message, &"id".into(), &(id as f64).into()).is_ok()
            && js_sys::Reflect::set(&message, &"job".into(), &job).is_ok();
        ok && self.worker.post_message(&message).is_ok()
    }
}

/// Receives the worker's answers.
pub type Callback = std::rc::Rc<dyn Fn(Answer)>;
