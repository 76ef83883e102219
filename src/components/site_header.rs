use super::{SearchBox, SpoilerControl};
use crate::names;
use crate::paths::{self, Href};
use crate::sections;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// The top bar on every page: the wiki's name, the main sections and the spoiler setting.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    // Marks the link to the page shown, or to the section it is in, for assistive tech and the
    // stylesheet: what the router's <A> does, which costs about 3 KB of compressed wasm.
    let current = move |href: &Href, section: bool| {
        let (path, href) = (location.pathname.read(), href.as_str().trim_end_matches('/'));
        let path = path.trim_end_matches('/');
        (path == href || section && path.strip_prefix(href).is_some_and(|rest| rest.starts_with('/')))
            .then_some("page")
    };
    let links = sections::ALL
        .iter()
        .filter_map(|section| {
            let (href, label) = (paths::section(section), section.nav?);
            Some(
                view! { <li><a href=href.clone() aria-current=move || current(&href, true)>{label}</a></li> },
            )
        })
        .collect_view();
    let home = paths::home();
    view! {
        <header class="site-header">
            // A plain "#main" would resolve against <base href> and leave the page: the link
            // names this page, as the static hosts that redirect to a trailing slash address it
            // (for a prerendered page read without JavaScript); the app moves focus itself.
            <a class="skip-link" href=move || Href::from_location(&location.pathname.get()).page_address().with_fragment(names::MAIN_ID).to_string() on:click=|event| {
                event.prevent_default();
                if let Some(main) = document().get_element_by_id(names::MAIN_ID) {
                    if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                        let _ = main.focus();
                    }
                }
            }>"Skip to content"</a>
            <a href=home.clone() class="brand" aria-current=move || current(&home, false)>"The Imperfects Wiki"</a>
            <nav aria-label="Sections">
                <ul>{links}</ul>
            </nav>
            <SearchBox/>
            <SpoilerControl/>
        </header>
    }
}
