use super::{SearchBox, SpoilerControl};
use crate::names;
use crate::paths::{self, Href};
use crate::sections;
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// The top bar on every page: the wiki's name, the main sections, search and the spoiler
/// setting. On a phone it is one row (the name as a mark, search, the setting, a menu of the
/// sections), so that the page's own heading is on the first screen; the sections and the
/// setting open as panels over the page, never moving it.
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
            <a href=home.clone() class="brand" aria-current=move || current(&home, false)>
                // The site's icon: on a phone the name itself stays for assistive tech only.
                <svg class="brand-mark" viewBox="0 0 48 48" aria-hidden="true">
                    <path d="M24 40 C10 30 8 21 15 16 C19 13 23 16 24 20 C25 16 29 13 33 16 C40 21 38 30 24 40 Z"/>
                </svg>
                <span class="brand-name">"The Imperfects Wiki"</span>
            </a>
            <SearchBox/>
            <SpoilerControl/>
            // A disclosure, so that the menu opens with or without the app; on a wide screen
            // the stylesheet shows its content as a row and hides the button.
            {view! {
            <details class="menu" id=names::MENU_ID>
                <summary>
                    <span class="menu-icon" aria-hidden="true"></span>
                    <span class="visually-hidden">"Menu"</span>
                </summary>
                <nav aria-label="Sections">
                    <ul>{links}</ul>
                </nav>
            </details>
            }
            .add_any_attr(custom_attribute(names::DROPDOWN_ATTR, ""))}
        </header>
    }
}
