use crate::components::{PageMeta, SearchHit};
use crate::paths;
use crate::search::Answer;
use crate::sections;
use crate::state::search::{use_search, Searched, NO_CONNECTION};
use leptos::prelude::*;
use leptos::{ev, html};
use leptos_router::hooks::use_query_map;

/// What the page says before anything is searched.
const HINT: &str =
    "Type a name, an episode number, a term or a question about the show (“is there a season 2”).";

/// `/search?q=…`: every result for a query, with context; the address can be shared and
/// reloaded, and shows only what the reader's own setting allows.
#[component]
pub fn SearchPage() -> impl IntoView {
    let params = use_query_map();
    let query = move || params.read().get("q").unwrap_or_default();
    let searched = use_search(query, true);
    // The page's own query memo may already be gone when the title is read on the way out.
    let title = move || match params.try_read().and_then(|p| p.get("q")).unwrap_or_default().trim() {
        "" => "Search".to_owned(),
        q => format!("Search: {q}"),
    };
    let results = move || {
        // A line on what was found or not (or why search cannot answer), then the results, or
        // the entries offered instead.
        let (note, offer, hits) = match searched.get() {
            Searched::Answered(q, _) if q.trim().is_empty() => {
                (Some(("hint", HINT.to_owned())), false, Vec::new())
            }
            Searched::Answered(_, Answer { found: true, hits }) => (None, false, hits),
            Searched::Answered(q, Answer { hits, .. }) => {
                (Some(("search-none", format!("No results for “{q}”."))), !hits.is_empty(), hits)
            }
            Searched::Failed => (Some(("search-none", NO_CONNECTION.to_owned())), false, Vec::new()),
            Searched::Waiting => (Some(("hint", "Searching…".to_owned())), false, Vec::new()),
        };
        let list = (!hits.is_empty()).then(|| {
            view! { <ol class="search-results">{hits.into_iter().map(|hit| view! { <li><SearchHit hit/></li> }).collect_view()}</ol> }
        });
        view! {
            {note.map(|(class, note)| view! { <p class=class>{note}</p> })}
            {offer.then(|| view! { <p>"Try one of these:"</p> })}
            {list}
        }
    };

    // A plain GET form works without the app; with it, the results change in place. (The
    // router's own <Form> would cost about 7 KB of compressed wasm for this one form.)
    let input = NodeRef::<html::Input>::new();
    let follow = paths::use_follow();
    let on_submit = move |event: ev::SubmitEvent| {
        if let Some(input) = input.get_untracked() {
            event.prevent_default();
            follow(&paths::search(input.value().trim()));
        }
    };
    view! {
        <PageMeta title description="Search The Imperfects Wiki."/>
        <h1>"Search"</h1>
        <form method="GET" action=paths::section(&sections::SEARCH) class="search-form" on:submit=on_submit>
            <label for="search-page-input">"Search the wiki"</label>
            <input id="search-page-input" type="search" name="q" prop:value=query node_ref=input/>
            <button type="submit" class="button">"Search"</button>
        </form>
        <noscript>
            <p>"Searching needs JavaScript. Without it, the sections in the menu list everything this page would find."</p>
        </noscript>
        <div class="search-live">
            <p class="hint">"Search covers the wiki as far as you have watched."</p>
            {results}
        </div>
    }
}
