use crate::names;
use crate::paths::{self, Href};
use crate::search::{Answer, Hit};
use crate::state::search::{self, use_search, Searched, NO_CONNECTION};
use crate::state::use_setting;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The search box in the header: results as you type, arrow keys to move, Enter to open, Escape
/// to close, `/` to focus it from anywhere. It follows the ARIA combobox pattern, so screen
/// readers announce the results. It only ever sees what the reader's setting shows.
#[component]
pub fn SearchBox() -> impl IntoView {
    let setting = use_setting();
    let query = RwSignal::new(String::new());
    let expanded = RwSignal::new(false);
    // The option the arrow keys moved to; `None` is the first result, or, when nothing was
    // found, none of the entries offered instead (Enter then opens the results page).
    let active = RwSignal::new(None::<usize>);
    let input = NodeRef::<html::Input>::new();
    let searched = use_search(move || query.get(), false);
    // What the list holds: whether it found anything, and how many entries; nothing while the
    // first answer is on its way, or when none came.
    let held = move || {
        searched.with(|searched| match searched {
            Searched::Answered(_, answer) => (answer.found, answer.hits.len()),
            _ => (false, 0),
        })
    };
    let selected = move || match held().0 {
        true => Some(active.get().unwrap_or(0)),
        false => active.get(),
    };
    let showing = move || {
        expanded.get()
            && !query.read().trim().is_empty()
            && searched.with(|s| !matches!(s, Searched::Waiting))
    };
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
        let count = held().1;
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                if expanded.get() {
                    active.set(Some(selected().map_or(0, |i| (i + 1) % count)));
                } else {
                    active.set(None);
                    expanded.set(true);
                }
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                active.set(Some(selected().map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                event.prevent_default();
                let q = query.get();
                let chosen = selected().and_then(|i| {
                    searched.with(|searched| match searched {
                        Searched::Answered(_, answer) => answer.hits.get(i).map(|hit| hit.href.clone()),
                        _ => None,
                    })
                });
                match chosen {
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
        // Says what was searched, and offers the nearest entries the reader may see instead;
        // or that search cannot be had.
        let (note, hits) = match searched.get() {
            Searched::Answered(query, Answer { found: false, hits }) => {
                let offer = if hits.is_empty() { "" } else { ". Try one of these:" };
                (Some(format!("No results for “{}”{offer}", query.trim())), hits)
            }
            Searched::Answered(_, Answer { hits, .. }) => (None, hits),
            Searched::Failed => (Some(NO_CONNECTION.to_owned()), Vec::new()),
            Searched::Waiting => (None, Vec::new()),
        };
        let empty = note.map(|note| {
            view! { <li class="search-empty" role="option" aria-disabled="true" aria-selected="false">{note}</li> }
        });
        let options = hits
            .into_iter()
            .enumerate()
            .map(|(i, Hit { kind, title, href, .. })| {
                view! {
                    <li
                        id=format!("search-option-{i}")
                        role="option"
                        class="search-option"
                        aria-selected=move || (selected() == Some(i)).to_string()
                        on:mousedown=|event| event.prevent_default()
                        on:click=move |_| go.run(href.clone())
                    >
                        <span class="hit-title">{title}</span>
                        <span class="hit-kind">{kind.label()}</span>
                    </li>
                }
            })
            .collect_view();
        view! { {empty} {options} }
    };
    let status = move || {
        showing().then(|| match searched.get() {
            Searched::Answered(query, answer) => match (answer.found, answer.hits.len()) {
                (false, 0) => format!("No results for “{}”", query.trim()),
                (false, n) => format!("No results for “{}”; {n} entries offered instead", query.trim()),
                (true, 1) => "1 result".to_owned(),
                (true, n) => format!("{n} results"),
            },
            _ => NO_CONNECTION.to_owned(),
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
                    selected().filter(|_| showing()).map(|i| format!("search-option-{i}"))
                }
                prop:value=move || query.get()
                on:input=move |event| {
                    query.set(event_target_value(&event));
                    active.set(None);
                    expanded.set(true);
                }
                on:keydown=on_keydown
                on:focus=move |_| {
                    expanded.set(true);
                    search::prepare(setting.get_untracked());
                }
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
