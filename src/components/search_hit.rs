use crate::search::Hit;
use leptos::prelude::*;

/// One full search result: what it is, a link, and a line of context.
#[component]
pub fn SearchHit(hit: Hit) -> impl IntoView {
    view! {
        <article class="search-hit">
            <p class="hit-kind">{hit.kind.label()}</p>
            <h2><a href=hit.href>{hit.title}</a></h2>
            <p>{hit.snippet}</p>
        </article>
    }
}
