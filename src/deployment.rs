//! Where the site lives: its origin and the path it is deployed under. Set once at start-up;
//! `paths` builds every address from it.

use std::sync::OnceLock;

/// The origin ("https://fans.example", or "" when unknown) and the deployment path.
static SITE: OnceLock<(String, String)> = OnceLock::new();

/// Sets where the site lives, once at start-up: in the browser from the document's
/// `<base href>`; when prerendering from the build's settings, where the origin may be unknown.
pub fn set(origin: &str, base: &str) {
    let _ = SITE.set((origin.trim_end_matches('/').to_owned(), base.trim_end_matches('/').to_owned()));
}

/// The deployment path without a trailing slash: "" at a domain's root, "/imperfects" on a
/// sub-path host.
pub fn base() -> &'static str {
    SITE.get().map_or("", |(_, base)| base.as_str())
}

/// "https://fans.example", or "" when the build was not told.
pub fn origin() -> &'static str {
    SITE.get().map_or("", |(origin, _)| origin.as_str())
}
