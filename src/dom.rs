//! Small DOM helpers for the view: scrolling a passage into its column, moving keyboard focus,
//! turning uploaded HTML into text with the browser's own parser. No analysis here.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollToOptions};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn passage(doc: usize, index: usize) -> Option<HtmlElement> {
    document()?
        .get_element_by_id(&format!("p-{doc}-{index}"))?
        .dyn_into()
        .ok()
}

/// Scrolls report `doc`'s column (only that column) so passage `index` is in view.
pub fn reveal(doc: usize, index: usize) {
    let (Some(el), Some(col)) = (
        passage(doc, index),
        document().and_then(|d| d.get_element_by_id(&format!("col-{doc}"))),
    ) else {
        return;
    };
    let col_rect = col.get_bounding_client_rect();
    let el_rect = el.get_bounding_client_rect();
    let visible = el_rect.top() >= col_rect.top() && el_rect.bottom() <= col_rect.bottom();
    if visible {
        return;
    }
    let top = col.scroll_top() as f64 + el_rect.top() - col_rect.top() - col_rect.height() / 3.0;
    let opts = ScrollToOptions::new();
    opts.set_top(top.max(0.0));
    opts.set_behavior(ScrollBehavior::Smooth);
    col.scroll_to_with_scroll_to_options(&opts);
}

/// The page's static loading line (`#boot` in index.html), removed when the app starts.
pub const BOOT_LINE: &str = "boot";
/// The example's comparison as static HTML (`scripts/prerender.mjs`), shown on a first visit
/// until the app's own comparison replaces it.
pub const PRERENDERED: &str = "prerendered";

/// Removes the element with this id from the page, if it is there.
pub fn remove_by_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.remove();
    }
}

/// The report with its text in Unicode NFC, normalised by the browser.
pub fn nfc(mut report: parallax_engine::ReportInput) -> parallax_engine::ReportInput {
    if let Some(text) = js_sys::JsString::from(report.text.as_str())
        .normalize("NFC")
        .as_string()
    {
        report.text = text;
    }
    report
}

/// The value of query parameter `name` (`?src=comparison.json`), URL-decoded.
pub fn query_value(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let raw = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))?;
    js_sys::decode_uri_component(raw).ok()?.as_string()
}

/// Fetches a same-origin text file (a relative or same-origin URL only: no request leaves
/// the page's origin). Errors are one readable line.
pub async fn fetch_same_origin(src: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let base = window.location().href().map_err(|_| "no location")?;
    let url = web_sys::Url::new_with_base(src, &base).map_err(|_| format!("bad address {src}"))?;
    let origin = window.location().origin().map_err(|_| "no origin")?;
    if url.origin() != origin {
        return Err(format!("{src}: only files from this site can be loaded"));
    }
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::SameOrigin);
    let promise = window.fetch_with_str_and_init(&url.href(), &init);
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| format!("{src}: cannot be reached"))?
        .dyn_into()
        .map_err(|_| "bad response")?;
    if !response.ok() {
        return Err(format!("{src}: HTTP {}", response.status()));
    }
    let text =
        wasm_bindgen_futures::JsFuture::from(response.text().map_err(|_| "unreadable body")?)
            .await
            .map_err(|_| format!("{src}: unreadable"))?;
    text.as_string().ok_or_else(|| format!("{src}: not text"))
}

/// Is `name` a parameter of the page's query string (`?embed`, `?embed=1`)?
pub fn query_flag(name: &str) -> bool {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|kv| kv.split('=').next() == Some(name))
}

/// Watches an element's size (see [`on_resize`]); stops when dropped.
pub struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `f` now (the observer's first report) and whenever `element` changes size.
pub fn on_resize(element: &Element, f: impl Fn() + 'static) -> Option<ResizeWatch> {
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(ResizeWatch {
        observer,
        _callback: callback,
    })
}

/// Posts the page's height to the parent window now and whenever the body resizes, until the
/// returned watch is dropped.
pub fn post_height_on_resize() -> Option<ResizeWatch> {
    let post = || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let height = window
            .document()
            .and_then(|d| d.document_element())
            .map_or(0, |e| e.scroll_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"parallax".into(), &"height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window.parent() {
            let _ = parent.post_message(&message, "*");
        }
    };
    on_resize(document()?.body()?.as_ref(), post)
}

/// Offers `content` as a file download named `name` (nothing leaves the page).
pub fn download(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Moves keyboard focus to a passage and scrolls it into view.
pub fn focus_passage(doc: usize, index: usize) {
    if let Some(el) = passage(doc, index) {
        let _ = el.focus();
        reveal(doc, index);
    }
}

/// The nearest element matching `selector` at or above an event's target (Yew delegates
/// events to the page root, so the current target is not the element the handler is on).
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
    let el: Element = target?.dyn_into().ok()?;
    el.closest(selector).ok()?
}

/// The passage (report, index) an event happened in, from the nearest element with
/// `data-doc` and `data-passage` (a passage, or a fact mark pointing to one).
pub fn passage_at(target: Option<web_sys::EventTarget>) -> Option<(usize, usize)> {
    let p = closest(target, "[data-passage][data-doc]")?;
    Some((
        p.get_attribute("data-doc")?.parse().ok()?,
        p.get_attribute("data-passage")?.parse().ok()?,
    ))
}

/// Passage indices of report `doc` as rendered, in order.
pub fn rendered_passages(doc: usize) -> Vec<usize> {
    let Some(list) =
        document().and_then(|d| d.query_selector_all(&format!("#col-{doc} .passage")).ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| {
            list.item(i)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("data-passage")?
                .parse()
                .ok()
        })
        .collect()
}

/// Text of an HTML document as the browser parses it: scripts, styles and templates dropped,
/// block elements on their own lines. Nothing is rendered or executed.
pub fn html_to_text(html: &str) -> String {
    let Ok(parser) = web_sys::DomParser::new() else {
        return String::new();
    };
    let Ok(doc) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return String::new();
    };
    if let Ok(junk) =
        doc.query_selector_all("script, style, noscript, template, iframe, object, svg, head")
    {
        for i in 0..junk.length() {
            if let Some(node) = junk.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    let mut out = String::new();
    if let Some(body) = doc.body() {
        walk(&body, &mut out);
    }
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

const BLOCKS: &[&str] = &[
    "P",
    "DIV",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "LI",
    "BR",
    "TR",
    "SECTION",
    "ARTICLE",
    "HEADER",
    "FOOTER",
    "BLOCKQUOTE",
    "FIGCAPTION",
    "ASIDE",
    "NAV",
    "UL",
    "OL",
    "TABLE",
    "PRE",
    "HR",
    "DT",
    "DD",
];

fn walk(node: &web_sys::Node, out: &mut String) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            web_sys::Node::TEXT_NODE => {
                out.push_str(&child.text_content().unwrap_or_default().replace('\n', " "))
            }
            web_sys::Node::ELEMENT_NODE => {
                let block = child
                    .dyn_ref::<Element>()
                    .is_some_and(|e| BLOCKS.contains(&e.tag_name().to_ascii_uppercase().as_str()));
                if block {
                    out.push('\n');
                }
                walk(&child, out);
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

/// Deflates (`inflate == false`) or inflates raw DEFLATE bytes with the browser's own
/// `CompressionStream` / `DecompressionStream`: no compressor in the bundle.
pub async fn deflate_raw(bytes: &[u8], inflate: bool) -> Result<Vec<u8>, String> {
    use js_sys::{Array, Function, Reflect, Uint8Array};
    let name = if inflate {
        "DecompressionStream"
    } else {
        "CompressionStream"
    };
    let failed = |_| format!("{name} failed");
    let ctor: Function = Reflect::get(&js_sys::global(), &name.into())
        .ok()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(|| format!("this browser has no {name}"))?;
    let pair = Reflect::construct(&ctor, &Array::of1(&"deflate-raw".into())).map_err(failed)?;
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))
        .map_err(failed)?;
    let piped = blob.stream().pipe_through(pair.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&piped)).map_err(failed)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(|_| "the data is damaged".to_owned())?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Bytes as base64url without padding (URL-fragment safe), through the browser's `btoa`.
pub fn base64url(bytes: &[u8]) -> Option<String> {
    let binary: String = bytes.iter().map(|&b| char::from(b)).collect();
    let b64 = web_sys::window()?.btoa(&binary).ok()?;
    Some(
        b64.trim_end_matches('=')
            .chars()
            .map(|c| match c {
                '+' => '-',
                '/' => '_',
                c => c,
            })
            .collect(),
    )
}

/// The bytes of a base64url text (padding optional), through the browser's `atob`.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let mut b64: String = text
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while !b64.len().is_multiple_of(4) {
        b64.push('=');
    }
    let binary = web_sys::window()?.atob(&b64).ok()?;
    binary.chars().map(|c| u8::try_from(c).ok()).collect()
}

/// The page's fragment ("#c=…"), or "".
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// This page's address without its fragment.
pub fn address_without_fragment() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// Copies `text` to the clipboard; false when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
