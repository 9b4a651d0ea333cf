//! Connectors: ribbons joining the hovered statement to its counterparts in neighbouring
//! columns. Positions come from the rendered passages (measured after layout), so they follow
//! scrolling and resizing.

use crate::state::PassageId;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`Connectors`].
#[derive(Properties, PartialEq)]
pub struct ConnectorsProps {
    /// Members of the hovered statement's group, in report order (report, passage).
    pub members: Vec<PassageId>,
}

/// One ribbon: left edge (x, top, bottom) to right edge (x, top, bottom), in viewport pixels.
#[derive(Clone, Copy, PartialEq)]
struct Ribbon {
    x1: f64,
    t1: f64,
    b1: f64,
    x2: f64,
    t2: f64,
    b2: f64,
}

fn rect(id: PassageId) -> Option<web_sys::DomRect> {
    let el = web_sys::window()?
        .document()?
        .get_element_by_id(&format!("p-{}-{}", id.0, id.1))?;
    let el: web_sys::HtmlElement = el.dyn_into().ok()?;
    // Only passages actually visible in their column count.
    (el.offset_parent().is_some()).then(|| el.get_bounding_client_rect())
}

fn column_rect(doc: usize) -> Option<web_sys::DomRect> {
    Some(
        web_sys::window()?
            .document()?
            .get_element_by_id(&format!("col-{doc}"))?
            .get_bounding_client_rect(),
    )
}

/// Ribbons between consecutive reports of the group (first member of each report).
fn measure(members: &[PassageId]) -> Vec<Ribbon> {
    let mut firsts: Vec<PassageId> = Vec::new();
    for &m in members {
        if firsts.last().is_none_or(|l| l.0 != m.0) {
            firsts.push(m);
        }
    }
    firsts
        .windows(2)
        .filter(|w| w[1].0 == w[0].0 + 1)
        .filter_map(|w| {
            let (a, b) = (rect(w[0])?, rect(w[1])?);
            let (ca, cb) = (column_rect(w[0].0)?, column_rect(w[1].0)?);
            // Not `f64::clamp`: its NaN/order assertion formats floats, 12 KB of WebAssembly.
            let clamp = |y: f64, c: &web_sys::DomRect| y.max(c.top()).min(c.bottom());
            Some(Ribbon {
                x1: ca.right() - 14.0,
                t1: clamp(a.top(), &ca),
                b1: clamp(a.bottom(), &ca),
                x2: cb.left() + 14.0,
                t2: clamp(b.top(), &cb),
                b2: clamp(b.bottom(), &cb),
            })
        })
        .collect()
}

/// The SVG overlay (pointer events pass through it).
#[function_component]
pub fn Connectors(props: &ConnectorsProps) -> Html {
    let ribbons = use_state(Vec::new);
    let tick = use_state(|| 0u32);
    // Measure again whenever anything scrolls (capture phase: column scrolls do not bubble),
    // the window resizes, or the columns change size without it (the detail panel opens or
    // closes beside them); only while a group is shown.
    {
        let tick = tick.clone();
        let active = !props.members.is_empty();
        use_effect_with(active, move |active| {
            let listeners = active.then(|| {
                // Each event a new tick (a handle's value is the one it was made with).
                let count = std::rc::Rc::new(std::cell::Cell::new(*tick));
                let bump = move || {
                    count.set(count.get().wrapping_add(1));
                    tick.set(count.get());
                };
                let window = gloo::utils::window();
                let options = gloo::events::EventListenerOptions::run_in_capture_phase();
                let b = bump.clone();
                let scroll = gloo::events::EventListener::new_with_options(
                    &window,
                    "scroll",
                    options,
                    move |_| b(),
                );
                let b = bump.clone();
                let resize = gloo::events::EventListener::new(&window, "resize", move |_| b());
                let columns = window
                    .document()
                    .and_then(|d| d.query_selector("main.columns").ok().flatten())
                    .and_then(|el| crate::dom::on_resize(&el, bump));
                (scroll, resize, columns)
            });
            move || drop(listeners)
        });
    }
    {
        let ribbons = ribbons.clone();
        use_effect_with((props.members.clone(), *tick), move |(members, _)| {
            ribbons.set(measure(members));
        });
    }
    if ribbons.is_empty() {
        return html! {};
    }
    let paths = ribbons.iter().map(|r| {
        // Whole pixels: enough for a ribbon, and no float formatter in the bundle.
        let px = |v: f64| v.round() as i64;
        let (x1, t1, b1, x2, t2, b2) = (px(r.x1), px(r.t1), px(r.b1), px(r.x2), px(r.t2), px(r.b2));
        let m = (x1 + x2) / 2;
        let d = format!(
            "M{x1},{t1} C{m},{t1} {m},{t2} {x2},{t2} L{x2},{b2} C{m},{b2} {m},{b1} {x1},{b1} Z"
        );
        html! { <path class="ribbon" {d} /> }
    });
    html! { <svg class="connectors" aria-hidden="true">{ for paths }</svg> }
}
