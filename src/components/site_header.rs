use super::{SearchBox, SpoilerControl};
use leptos::prelude::*;
use leptos_router::components::A;

/// The top bar on every page: the wiki's name, the main sections and the spoiler setting.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"Skip to content"</a>
            <A href="/" attr:class="brand">"The Imperfects Wiki"</A>
            <nav aria-label="Sections">
                <ul>
                    <li><A href="/characters">"Characters"</A></li>
                    <li><A href="/episodes">"Episodes"</A></li>
                    <li><A href="/abilities">"Abilities"</A></li>
                    <li><A href="/glossary">"Glossary"</A></li>
                    <li><A href="/about">"About"</A></li>
                </ul>
            </nav>
            <SearchBox/>
            <SpoilerControl/>
        </header>
    }
}
