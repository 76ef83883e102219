//! The browser's localStorage, for the few settings a reader makes. Storage can be missing, full
//! or switched off (private browsing); then settings last for the visit only.

use leptos::prelude::window;

fn storage() -> Option<web_sys::Storage> {
    // Pages prerendered at build time are for a reader who has chosen nothing yet.
    if cfg!(feature = "ssr") {
        return None;
    }
    window().local_storage().ok().flatten()
}

pub fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}
