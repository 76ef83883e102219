use super::{SearchBox, SpoilerControl};
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;

/// The top bar on every page: the wiki's name, the main sections and the spoiler setting.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"Skip to content"</a>
            <A href=paths::home() attr:class="brand">"The Imperfects Wiki"</A>
            <nav aria-label="Sections">
                <ul>
                    <li><A href=paths::to("/characters")>"Characters"</A></li>
                    <li><A href=paths::to("/episodes")>"Episodes"</A></li>
                    <li><A href=paths::to("/abilities")>"Abilities"</A></li>
                    <li><A href=paths::to("/glossary")>"Glossary"</A></li>
                    <li><A href=paths::to("/about")>"About"</A></li>
                </ul>
            </nav>
            <SearchBox/>
            <SpoilerControl/>
        </header>
    }
}
