//! Parallax in the browser: several reports of one event side by side.

mod app;
mod classes;
mod components;
mod dom;
mod example;
mod i18n;
mod state;
mod storage;

fn main() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("parallax:start");
    }
    yew::Renderer::<app::App>::new().render();
}
