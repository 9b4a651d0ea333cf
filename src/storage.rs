//! Keeps the user's reports and settings in localStorage, versioned, so a reload restores them.

use crate::state::Saved;
use serde::Serialize;

/// The localStorage key of the saved state.
pub const KEY: &str = "parallax.v1";
const VERSION: u32 = 1;

#[derive(Serialize)]
struct Envelope {
    version: u32,
    saved: Saved,
}

/// What loading found.
pub enum Loaded {
    /// Nothing stored yet.
    Nothing,
    /// A stored state.
    Found(Saved),
    /// Something unreadable or of another version (it is left in place for export).
    Unreadable,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the stored state.
pub fn load() -> Loaded {
    let Some(raw) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else {
        return Loaded::Nothing;
    };
    let read = crate::json::parse(&raw).and_then(|v| {
        if v.field("version")?.u32()? != VERSION {
            return Err("another version".to_owned());
        }
        Saved::from_json(v.field("saved")?)
    });
    match read {
        Ok(saved) => Loaded::Found(saved),
        Err(_) => Loaded::Unreadable,
    }
}

/// Stores `saved`; false when the browser refused (quota, privacy mode).
pub fn save(saved: &Saved) -> bool {
    let Ok(json) = serde_json::to_string(&Envelope {
        version: VERSION,
        saved: saved.clone(),
    }) else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(KEY, &json).is_ok())
}
