//! The hand-over from a page's prerendered HTML to the running app.
//!
//! Every page is also a static file (see `prerender`): its content sits in `#prerendered`, and
//! its head has link-preview tags marked `data-prerendered` (as is index.html's generic
//! description, for the bare shell the service worker answers with offline). The app mounts
//! beside it, hidden by the stylesheet while `#prerendered` is there, and calls [`hand_over`]
//! once it shows the page itself, at the reader's own spoiler level. The app itself is started
//! by the page's loader (public/app-loader.js), which hears of the hand-over through the
//! `wiki-takeover` event, sent while both copies are still there, to pass on what the reader did
//! to the prerendered controls meanwhile.

use leptos::prelude::{document, window};

/// Removes the prerendered copy of the page and its head tags, which the app now writes itself.
pub fn hand_over() {
    if let Ok(event) = web_sys::Event::new("wiki-takeover") {
        let _ = document().dispatch_event(&event);
    }
    while let Ok(Some(stale)) = document().query_selector("#prerendered, [data-prerendered]") {
        stale.remove();
    }
    // The browser scrolled to the address's #anchor in the copy; at the reader's own setting
    // the app's page may have more above it.
    let hash = window().location().hash().unwrap_or_default();
    if let Some(target) = hash.strip_prefix('#').and_then(|id| document().get_element_by_id(id)) {
        target.scroll_into_view();
    }
}
