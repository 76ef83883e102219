use crate::search::Document;
use leptos::prelude::*;

/// One full search result: what it is, a link, and a line of context.
#[component]
pub fn SearchHit(doc: Document) -> impl IntoView {
    view! {
        <article class="search-hit">
            <p class="hit-kind">{doc.kind.label()}</p>
            <h2><a href=doc.href.clone()>{doc.title.clone()}</a></h2>
            <p>{doc.snippet.clone()}</p>
        </article>
    }
}
