use crate::components::PageMeta;
use crate::paths;
use leptos::prelude::*;

/// For any address the wiki has no page for: an unknown path, character or episode.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageMeta title="Page not found" description="This page does not exist on The Imperfects Wiki."/>
        <section class="not-found">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may have a typo."</p>
            <p>
                <a href=paths::home()>"Go to the home page"</a>
                " or browse the "
                <a href=paths::to("/characters")>"characters"</a>
                " and "
                <a href=paths::to("/episodes")>"episodes"</a>
                "."
            </p>
        </section>
    }
}
