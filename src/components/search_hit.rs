use crate::search::Document;
use leptos::prelude::*;
use leptos_router::components::A;

/// One full search result: what it is, a link, and a line of context.
#[component]
pub fn SearchHit(doc: Document) -> impl IntoView {
    view! {
        <article class="search-hit">
            <p class="hit-kind">{doc.kind.label()}</p>
            <h2><A href=doc.href.clone()>{doc.title.clone()}</A></h2>
            <p>{doc.snippet.clone()}</p>
        </article>
    }
}
