//! Where each kind of page lives, so links and routes agree, including the path the site is
//! deployed under ("/imperfects" on a sub-path host, nothing at a domain's root).

use crate::model::Wiki;
use std::sync::OnceLock;

/// The origin ("https://fans.example", or "" when unknown) and the deployment path.
static SITE: OnceLock<(String, String)> = OnceLock::new();

/// Sets where the site lives, once at start-up: in the browser from the document's
/// `<base href>`; when prerendering from the build's settings, where the origin may be unknown.
pub fn set_site(origin: &str, base: &str) {
    let _ = SITE.set((origin.trim_end_matches('/').to_owned(), base.trim_end_matches('/').to_owned()));
}

/// The deployment path without a trailing slash: "" at a domain's root.
pub fn base() -> &'static str {
    SITE.get().map_or("", |(_, base)| base.as_str())
}

/// "https://fans.example", or "" when the build was not told.
fn origin() -> &'static str {
    SITE.get().map_or("", |(origin, _)| origin.as_str())
}

/// A path inside the site as a full address, which link previews require; only the path when
/// the origin is unknown.
pub fn absolute(path: &str) -> String {
    format!("{}{}", origin(), to(path))
}

/// A path inside the site as a link: "/characters" becomes "/imperfects/characters" on a
/// sub-path deploy. Links outside the base would leave the app with a full page load.
pub fn to(path: &str) -> String {
    format!("{}{path}", base())
}

/// Follows one of these links from code (a search result, the search form), as a click on it
/// would: hrefs carry the deployment path already, so the router must not add it again.
pub fn use_follow() -> impl Fn(&str) + Clone {
    let navigate = leptos_router::hooks::use_navigate();
    move |href| navigate(href, leptos_router::NavigateOptions { resolve: false, ..Default::default() })
}

pub fn home() -> String {
    to("/")
}

pub fn character(slug: &str) -> String {
    to(&format!("/characters/{slug}"))
}

pub fn episode(number: u8) -> String {
    to(&format!("/episodes/{number}"))
}

pub fn creature(slug: &str) -> String {
    to(&format!("/abilities/{slug}"))
}

pub fn term(slug: &str) -> String {
    to(&format!("/glossary#{slug}"))
}

pub fn search(query: &str) -> String {
    to(&format!("/search?q={}", crate::format::encode_query_value(query)))
}

/// A page's own address, from its path with the deployment path ("/imperfects/characters/x"):
/// with the trailing slash, since that is where every static host answers a prerendered page
/// without a redirect.
pub fn page_address(full_path: &str) -> String {
    format!("{}/", full_path.trim_end_matches('/'))
}

/// The full address search engines should know a page by; none when the build was not told
/// its origin, since a path alone is not a valid canonical address.
pub fn canonical(full_path: &str) -> Option<String> {
    (!origin().is_empty()).then(|| format!("{}{}", origin(), page_address(full_path)))
}

/// Every address the wiki has a page for, without the deployment path: what the routes in
/// `app.rs` answer (tests/routes.rs holds the two together), and what is prerendered.
pub fn pages(wiki: &Wiki) -> Vec<String> {
    let sections =
        ["/", "/characters", "/episodes", "/abilities", "/glossary", "/about", "/catch-up", "/search"];
    sections
        .into_iter()
        .map(str::to_owned)
        .chain(wiki.characters().iter().map(|c| format!("/characters/{}", c.slug)))
        .chain(wiki.episodes().iter().map(|e| format!("/episodes/{}", e.number)))
        .chain(wiki.creatures().iter().map(|c| format!("/abilities/{}", c.slug)))
        .collect()
}

/// Where a fan learns how to correct or add a fact; every "not yet confirmed" links here.
pub fn corrections() -> String {
    to("/about#contribute")
}
