use crate::names;
use crate::paths::{self, Href};
use crate::state::{use_setting, use_store};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many results the drop-down lists; the results page lists them all.
const LISTED: usize = 8;

/// The search box in the header: results as you type, arrow keys to move, Enter to open, Escape
/// to close, `/` to focus it from anywhere. It follows the ARIA combobox pattern, so screen
/// readers announce the results. It only ever sees what the reader's setting shows.
#[component]
pub fn SearchBox() -> impl IntoView {
    let store = use_store();
    let setting = use_setting();
    let query = RwSignal::new(String::new());
    let expanded = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    let input = NodeRef::<html::Input>::new();
    let hits = Memo::new(move |_| {
        let (q, setting) = (query.get(), setting.get());
        store
            .search()
            .map(|index| index.search(&q, setting).take(LISTED).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let showing = move || expanded.get() && !query.read().trim().is_empty();
    let follow = paths::use_follow();
    let go = Callback::new(move |href: Href| {
        expanded.set(false);
        query.set(String::new());
        if let Some(input) = input.get_untracked() {
            let _ = input.blur();
        }
        follow(&href);
    });

    // In an effect, because only a browser has a window to listen to (not the prerenderer).
    Effect::new(move || {
        let shortcut = window_event_listener(ev::keydown, move |event| {
            if event.key() == "/" && !typing_in_a_field(&event) {
                if let Some(input) = input.get_untracked() {
                    event.prevent_default();
                    let _ = input.focus();
                }
            }
        });
        on_cleanup(move || shortcut.remove());
    });

    let on_keydown = move |event: ev::KeyboardEvent| {
        let count = hits.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                if expanded.get() {
                    active.update(|i| *i = (*i + 1) % count);
                } else {
                    active.set(0);
                    expanded.set(true);
                }
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                active.update(|i| *i = (*i + count - 1) % count);
            }
            "Enter" => {
                event.prevent_default();
                let q = query.get();
                match hits.with(|hits| hits.get(active.get()).map(|hit| hit.href.clone())) {
                    Some(href) if expanded.get() => go.run(href),
                    _ if !q.trim().is_empty() => go.run(paths::search(q.trim())),
                    _ => {}
                }
            }
            // The browser's own Escape in a search field would clear the text even when the
            // reader only meant to close the list.
            "Escape" => {
                event.prevent_default();
                if showing() {
                    expanded.set(false)
                } else {
                    query.set(String::new())
                }
            }
            _ => {}
        }
    };

    let options = move || {
        let hits = hits.get();
        if hits.is_empty() {
            return view! { <li class="search-empty" role="option" aria-disabled="true" aria-selected="false">"No results"</li> }.into_any();
        }
        hits.into_iter()
            .enumerate()
            .map(|(i, hit)| {
                let href = hit.href.clone();
                view! {
                    <li
                        id=format!("search-option-{i}")
                        role="option"
                        class="search-option"
                        aria-selected=move || (active.get() == i).to_string()
                        on:mousedown=|event| event.prevent_default()
                        on:click=move |_| go.run(href.clone())
                    >
                        <span class="hit-title">{hit.title}</span>
                        <span class="hit-kind">{hit.kind.label()}</span>
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let status = move || {
        showing().then(|| match hits.with(Vec::len) {
            0 => "No results".to_owned(),
            1 => "1 result".to_owned(),
            n => format!("{n} results"),
        })
    };

    view! {
        <div class="search" role="search">
            <label for=names::SEARCH_INPUT_ID class="visually-hidden">"Search the wiki"</label>
            <input
                id=names::SEARCH_INPUT_ID
                node_ref=input
                type="search"
                placeholder="Search"
                autocomplete="off"
                spellcheck="false"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-listbox"
                aria-expanded=move || showing().to_string()
                aria-activedescendant=move || {
                    (showing() && hits.with(|h| !h.is_empty())).then(|| format!("search-option-{}", active.get()))
                }
                prop:value=move || query.get()
                on:input=move |event| {
                    query.set(event_target_value(&event));
                    active.set(0);
                    expanded.set(true);
                }
                on:keydown=on_keydown
                on:focus=move |_| expanded.set(true)
                on:blur=move |_| expanded.set(false)
            />
            <ul id="search-listbox" role="listbox" aria-label="Search results" hidden=move || !showing()>
                {options}
            </ul>
            <div class="visually-hidden" role="status" aria-live="polite">{status}</div>
        </div>
    }
}

/// Whether a key press is typing into a text field, where `/` is a character, not a shortcut.
fn typing_in_a_field(event: &ev::KeyboardEvent) -> bool {
    event.target().and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|element| {
        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || element.is_content_editable()
    })
}
