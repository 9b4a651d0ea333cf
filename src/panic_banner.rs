//! A panic must never leave a frozen page: the hook shows a banner with "reset" (which clears
//! the saved state and reloads) and logs the message to the console.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Parallax crashed: {info}").into());
        show_banner();
    }));
}

fn show_banner() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    crate::dom::remove_by_id(crate::dom::PRERENDERED);
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_class_name("crash-banner");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some(
        "Parallax ist auf einen Fehler gestoßen. / Parallax hit an error. \u{2014} ",
    ));
    if let Ok(button) = document.create_element("button") {
        button.set_text_content(Some("Zurücksetzen / Reset"));
        let reset = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                if let Ok(Some(storage)) = w.local_storage() {
                    let _ = storage.remove_item(crate::storage::KEY);
                }
                let _ = w.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reset.as_ref().unchecked_ref());
        reset.forget();
        let _ = banner.append_child(&button);
    }
    let _ = body.prepend_with_node_1(&banner);
}
