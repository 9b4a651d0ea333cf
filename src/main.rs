//! Parallax in the browser: several reports of one event side by side.

mod app;
mod classes;
mod components;
mod compute;
mod dom;
mod example;
mod i18n;
mod json;
mod panic_banner;
mod permalink;
mod persist;
mod progressive;
mod state;
mod storage;
mod tasks;
mod transfer;
mod worker;

fn main() {
    // In the engine worker (no window) the module only serves `worker::worker_compare`.
    if web_sys::window().is_none() {
        return;
    }
    panic_banner::install();
    // Self-test of the crash banner (used by the browser tests).
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if hash == "#parallax-self-test-panic" {
        panic!("self-test panic requested by the URL");
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("parallax:start");
    }
    // The first render in a task of its own: the one that finished compiling the module is
    // long enough already.
    tasks::next_task(|| {
        dom::remove_by_id(dom::BOOT_LINE);
        yew::Renderer::<app::App>::new().render();
    });
}
