//! The hand-over from a page's prerendered HTML to the running app.
//!
//! Every page is also a static file at each spoiler level (see `prerender`): its content sits in
//! `#prerendered`, and its head has link-preview tags marked `data-prerendered` (as is
//! index.html's generic description, for the bare shell the service worker answers with
//! offline). The app mounts beside it, hidden by the stylesheet while the copy is there, and
//! calls [`hand_over`] once it shows the page itself.
//!
//! What the reader did on the copy before the app arrived is state, not clicks to replay: the
//! boot script (public/boot.js) stores a changed setting under the app's own keys (read at
//! start-up and followed after, see `state::storage::on_change`) and lists the spoilers revealed
//! by their ids; the text in the search box and the focus are read off the copy here, at the
//! last moment, so nothing typed meanwhile is lost.

use crate::model::Setting;
use crate::names;
use crate::state::PageReveals;
use leptos::prelude::{document, request_animation_frame, window};
use wasm_bindgen::JsCast;

/// Replaces the prerendered copy with the app's page, carrying over what the reader did on it.
pub fn hand_over(reveals: PageReveals, setting: Setting) {
    if copy().is_none() {
        // The bare shell: only its generic description gives way to the page's.
        remove_copy();
        return;
    }
    // In the next frame, after the app's page has rendered: the copy and the app swap within it.
    request_animation_frame(move || {
        let Some(copy) = copy() else { return };
        send(names::TAKEOVER_EVENT);
        let focused = document().active_element().filter(|element| copy.contains(Some(element)));
        let focused_spoiler = focused.as_ref().and_then(|element| element.get_attribute(names::SPOILER_ATTR));
        for id in early_reveals() {
            // A line standing for several spoilers lists their ids; the first takes the focus.
            let first = focused_spoiler.as_deref().and_then(|ids| ids.split_whitespace().next());
            reveals.show(&id, first == Some(id.as_str()));
        }
        let typed = input_in(&copy, names::SEARCH_INPUT_ID);
        remove_copy();
        if let Some(root) = document().document_element() {
            let _ = root.remove_attribute(names::WAITING_ATTR);
        }
        show_level(setting);
        let focused_id = focused.map(|element| element.id()).filter(|id| !id.is_empty());
        if let Some(element) = focused_id.and_then(|id| document().get_element_by_id(&id)) {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
        if let Some(typed) = typed.filter(|typed| !typed.value().is_empty()) {
            carry_search(&typed);
        }
        // The browser scrolled to the address's #anchor in the copy; at the reader's own setting
        // the app's page may have more above it.
        let hash = window().location().hash().unwrap_or_default();
        if let Some(target) = hash.strip_prefix('#').and_then(|id| document().get_element_by_id(id)) {
            target.scroll_into_view();
        }
    });
}

/// The data could not be loaded, for the reason `why`. A copy the reader can read stays, and
/// the boot script says why search and revealing do not work; a copy of another address (one
/// the app was started to replace) gives way to the app's own message.
pub fn cannot_take_over(setting: Setting, why: &str) {
    if copy().is_none() {
        return;
    }
    let readable = document().document_element().is_some_and(|root| !root.has_attribute(names::WAITING_ATTR));
    if readable {
        let detail = web_sys::CustomEventInit::new();
        detail.set_detail(&why.into());
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(names::FAILED_EVENT, &detail) {
            let _ = window().dispatch_event(&event);
        }
    } else {
        // The app's own message takes the place of the copy, and of the boot script's note.
        send(names::TAKEOVER_EVENT);
        remove_copy();
        show_level(setting);
    }
}

/// Marks the setting on screen on `<html>` once the app shows the page (the copy marks its own).
pub fn show_level(setting: Setting) {
    if copy().is_some() {
        return;
    }
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(names::LEVEL_ATTR, &setting.key());
    }
}

/// Tells the boot script that the app has stopped, for a note with a way to reload.
pub fn report_panic() {
    send(names::PANIC_EVENT);
}

fn copy() -> Option<web_sys::Element> {
    document().get_element_by_id(names::COPY_ID)
}

fn remove_copy() {
    let stale = format!("#{}, [{}]", names::COPY_ID, names::PRERENDERED_ATTR);
    while let Ok(Some(element)) = document().query_selector(&stale) {
        element.remove();
    }
}

fn send(name: &str) {
    if let Ok(event) = web_sys::Event::new(name) {
        let _ = window().dispatch_event(&event);
    }
}

/// The ids of the spoilers the reader revealed on the copy, as the boot script lists them.
fn early_reveals() -> Vec<String> {
    let global = js_sys::Reflect::get(&window(), &names::EARLY_GLOBAL.into()).ok();
    let list = global.and_then(|global| js_sys::Reflect::get(&global, &names::EARLY_REVEALED.into()).ok());
    list.filter(js_sys::Array::is_array)
        .map(|list| js_sys::Array::from(&list).iter().filter_map(|id| id.as_string()).collect())
        .unwrap_or_default()
}

fn input_in(copy: &web_sys::Element, id: &str) -> Option<web_sys::HtmlInputElement> {
    copy.query_selector(&format!("#{id}")).ok().flatten()?.dyn_into().ok()
}

/// The text typed into the copy's search box goes into the app's, through the app's own input
/// handler, with the cursor where it was.
fn carry_search(typed: &web_sys::HtmlInputElement) {
    let Some(input) = document().get_element_by_id(names::SEARCH_INPUT_ID) else { return };
    let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() else { return };
    input.set_value(&typed.value());
    if let Ok(event) = web_sys::Event::new("input") {
        let _ = input.dispatch_event(&event);
    }
    let (start, end) = (typed.selection_start().ok().flatten(), typed.selection_end().ok().flatten());
    let _ = input.set_selection_range(start.unwrap_or(0), end.unwrap_or(0));
}
