//! The browser's localStorage, for the few settings a reader makes. Storage can be missing, full
//! or switched off (private browsing); then settings last for the visit only.

use crate::names;
use leptos::ev;
use leptos::prelude::*;

/// Where a setting lives: for good, or for this visit in this tab.
#[derive(Clone, Copy)]
pub enum Kept {
    Always,
    ThisVisit,
}

fn storage(kept: Kept) -> Option<web_sys::Storage> {
    // Pages prerendered at build time are for a reader who has chosen nothing yet.
    if cfg!(feature = "ssr") {
        return None;
    }
    match kept {
        Kept::Always => window().local_storage(),
        Kept::ThisVisit => window().session_storage(),
    }
    .ok()
    .flatten()
}

pub fn read(key: &str) -> Option<String> {
    read_kept(Kept::Always, key)
}

pub fn read_kept(kept: Kept, key: &str) -> Option<String> {
    storage(kept)?.get_item(key).ok().flatten()
}

/// Stores (or with `None` forgets) a value without telling anyone: the caller writes a setting
/// right after, which does.
pub fn keep(kept: Kept, key: &str, value: Option<&str>) {
    if let Some(storage) = storage(kept) {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

/// Stores a setting and tells this tab's boot script, which keeps the service worker's copy
/// of the level (other tabs hear of it through the browser's `storage` event).
pub fn write(key: &str, value: &str) {
    keep(Kept::Always, key, Some(value));
    if let Ok(event) = web_sys::Event::new(names::SETTING_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

/// Runs `changed` whenever a stored setting may have changed outside this code: in another tab
/// (the `storage` event), or in this tab on the prerendered page before the app took over (the
/// boot script's event). In an effect, since only a browser has a window to listen to.
pub fn on_change(changed: impl Fn() + Clone + 'static) {
    Effect::new(move || {
        let elsewhere = changed.clone();
        let other_tab = window_event_listener(ev::storage, move |_| elsewhere());
        let this_tab = window_event_listener(ev::Custom::<ev::Event>::new(names::SETTING_EVENT), {
            let changed = changed.clone();
            move |_| changed()
        });
        on_cleanup(move || {
            other_tab.remove();
            this_tab.remove();
        });
    });
}
