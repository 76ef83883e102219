//! Where each kind of page lives, so links and routes agree, including the path the site is
//! deployed under ("/imperfects" on a sub-path host, nothing at a domain's root).

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// Sets the deployment path once at start-up, from the document's `<base href>`.
pub fn set_base(base: &str) {
    let _ = BASE.set(base.trim_end_matches('/').to_owned());
}

/// The deployment path without a trailing slash: "" at a domain's root.
pub fn base() -> &'static str {
    BASE.get().map_or("", String::as_str)
}

/// A path inside the site as a link: "/characters" becomes "/imperfects/characters" on a
/// sub-path deploy. Links outside the base would leave the app with a full page load.
pub fn to(path: &str) -> String {
    format!("{}{path}", base())
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

/// Where a fan learns how to correct or add a fact; every "not yet confirmed" links here.
pub fn corrections() -> String {
    to("/about#contribute")
}
