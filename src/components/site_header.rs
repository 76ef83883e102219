use super::{SearchBox, SpoilerControl};
use crate::names;
use crate::paths;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// The top bar on every page: the wiki's name, the main sections and the spoiler setting.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    view! {
        <header class="site-header">
            // A plain "#main" would resolve against <base href> and leave the page: the link
            // names this page, as the static hosts that redirect to a trailing slash address it
            // (for a prerendered page read without JavaScript); the app moves focus itself.
            <a class="skip-link" href=move || format!("{}#{}", paths::page_address(&location.pathname.get()), names::MAIN_ID) on:click=|event| {
                event.prevent_default();
                if let Some(main) = document().get_element_by_id(names::MAIN_ID) {
                    if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                        let _ = main.focus();
                    }
                }
            }>"Skip to content"</a>
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
