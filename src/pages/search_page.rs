use crate::components::{PageMeta, SearchHit};
use crate::paths;
use crate::search::Document;
use crate::sections;
use crate::state::{use_setting, use_store};
use leptos::prelude::*;
use leptos::{ev, html};
use leptos_router::hooks::use_query_map;

/// `/search?q=…`: every result for a query, with context; the address can be shared and
/// reloaded, and shows only what the reader's own setting allows.
#[component]
pub fn SearchPage() -> impl IntoView {
    let params = use_query_map();
    let store = use_store();
    let setting = use_setting();
    let query = move || params.read().get("q").unwrap_or_default();
    // The page's own query memo may already be gone when the title is read on the way out.
    let title = move || match params.try_read().and_then(|p| p.get("q")).unwrap_or_default().trim() {
        "" => "Search".to_owned(),
        q => format!("Search: {q}"),
    };
    let results = move || {
        let q = query();
        let hits: Vec<Document> =
            store.search().map(|index| index.search(&q, setting.get()).collect()).unwrap_or_default();
        if q.trim().is_empty() {
            view! { <p>"Type a name, an episode number, a term or a question about the show (“is there a season 2”)."</p> }.into_any()
        } else if hits.is_empty() {
            let nearest = store.search().map(|index| index.nearest(&q, setting.get())).unwrap_or_default();
            let offer = (!nearest.is_empty()).then(|| {
                view! {
                    <p>"Try one of these:"</p>
                    <ol class="search-results">
                        {nearest.into_iter().map(|doc| view! { <li><SearchHit doc/></li> }).collect_view()}
                    </ol>
                }
            });
            view! { <p class="search-none">"No results for “" {q} "”."</p> {offer} }.into_any()
        } else {
            view! {
                <ol class="search-results">
                    {hits.into_iter().map(|doc| view! { <li><SearchHit doc/></li> }).collect_view()}
                </ol>
            }
            .into_any()
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
