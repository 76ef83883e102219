//! The routes the app answers and the pages the build prerenders must be the same set: a page
//! with no route would be prerendered as "not found", and a route with no page would answer 404
//! on every static host.

use imperfects_wiki::model::Wiki;
use imperfects_wiki::paths;
use std::path::Path;

/// The route patterns in `WikiRoutes`, read from its source: `path!("/characters/:slug")`.
fn route_patterns() -> Vec<String> {
    let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app.rs"))
        .unwrap_or_else(|e| panic!("cannot read src/app.rs: {e}"));
    source
        .split("<Route path=path!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(str::to_owned))
        .collect()
}

/// Whether `path` fits `pattern`, where a `:name` segment stands for any one segment.
fn fits(pattern: &str, path: &str) -> bool {
    let (pattern, path): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    pattern.len() == path.len()
        && pattern.iter().zip(&path).all(|(p, s)| p == s || (p.starts_with(':') && !s.is_empty()))
}

#[test]
fn every_route_has_pages_and_every_page_a_route() {
    let wiki = Wiki::load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .unwrap_or_else(|e| panic!("the shipped data does not load: {e}"));
    let patterns = route_patterns();
    assert!(patterns.len() >= 10, "found only {patterns:?} in src/app.rs");
    let pages = paths::pages(&wiki);
    for pattern in &patterns {
        assert!(
            pages.iter().any(|page| fits(pattern, page)),
            "no page is prerendered for the route {pattern}"
        );
    }
    for page in &pages {
        assert!(
            patterns.iter().any(|pattern| fits(pattern, page)),
            "{page} is prerendered but no route answers it"
        );
    }
}

#[test]
fn the_matching_tells_segments_apart() {
    assert!(fits("/characters/:slug", "/characters/tilda-weber"));
    assert!(!fits("/characters/:slug", "/characters"));
    assert!(!fits("/characters/:slug", "/episodes/4"));
    assert!(fits("/", "/"));
}
