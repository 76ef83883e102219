use crate::components::PageMeta;
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;

/// For any address the wiki has no page for: an unknown path, character or episode.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageMeta title="Page not found" description="This page does not exist on The Imperfects Wiki."/>
        <section class="not-found">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may have a typo."</p>
            <p>
                <A href=paths::home()>"Go to the home page"</A>
                " or browse the "
                <A href=paths::to("/characters")>"characters"</A>
                " and "
                <A href=paths::to("/episodes")>"episodes"</A>
                "."
            </p>
        </section>
    }
}
