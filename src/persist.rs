//! Saving: every change of what the user entered or chose goes to localStorage, debounced while
//! typing and at once when the page is hidden or closed, so no edit is lost.

use crate::state::{Action, State};
use crate::storage;
use std::rc::Rc;
use yew::prelude::*;

/// How long saving waits for the next keystroke.
const SAVE_DELAY_MS: u32 = 400;

/// A save waiting for its timer, and the save itself (run early when the page is hidden).
type PendingSave = (gloo::timers::callback::Timeout, Rc<dyn Fn()>);

/// Keeps `state`'s persisted part in storage (not for widgets, `?src=` and permalink pages).
#[hook]
pub fn use_persistence(state: &UseReducerHandle<State>, dispatch: &Callback<Action>) {
    let pending_save = use_mut_ref(|| None::<PendingSave>);
    {
        let s = state.clone();
        let d = dispatch.clone();
        let pending = pending_save.clone();
        use_effect_with(state.save_revision, move |&revision| {
            // Revision 0 is what was just loaded: nothing to write back.
            if s.persist && revision > 0 {
                let save: Rc<dyn Fn()> = Rc::new(move || {
                    if !storage::save(&s.saved) {
                        d.emit(Action::Notify(
                            s.saved.ui_lang.texts().storage_failed.into(),
                        ));
                    }
                });
                let later = {
                    let pending = pending.clone();
                    gloo::timers::callback::Timeout::new(SAVE_DELAY_MS, move || {
                        if let Some((_, save)) = pending.borrow_mut().take() {
                            save();
                        }
                    })
                };
                *pending.borrow_mut() = Some((later, save));
            }
        });
    }
    {
        let pending = pending_save.clone();
        use_effect_with((), move |_| {
            let flush = move |_: &web_sys::Event| {
                let next = pending.borrow_mut().take();
                if let Some((timer, save)) = next {
                    drop(timer);
                    save();
                }
            };
            let window = gloo::utils::window();
            let hide = gloo::events::EventListener::new(&window, "pagehide", flush.clone());
            let hidden = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "visibilitychange",
                flush,
            );
            move || drop((hide, hidden))
        });
    }
}
