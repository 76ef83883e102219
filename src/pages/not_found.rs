use crate::components::{PageMeta, SectionLinks};
use crate::paths;
use leptos::prelude::*;

/// The one page for any address the wiki has no page for: an unknown path, or an entry's
/// address that names no entry (`/episodes/04`, `/characters/unknown`). When prerendering it
/// tells the build so (see `prerender`), which is how a listed page that is not found fails it.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::prerender::mark_not_found();
    view! {
        <PageMeta title="Page not found" description="This page does not exist on The Imperfects Wiki."/>
        <section class="not-found">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may have a typo."</p>
            <p><a href=paths::home()>"Go to the home page"</a>", or start from one of these:"</p>
            <SectionLinks/>
        </section>
    }
}
