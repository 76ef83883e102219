//! The router and the prerendered pages come from one table (`sections`): every page the build
//! prerenders has a route, every route has pages, and an address no route answers is "not
//! found" (which the build gives as 404.html on every static host).

use imperfects_wiki::model::{Progress, Setting, Wiki};
use imperfects_wiki::sections;
use leptos_router::RouteDefs;
use std::path::Path;

fn wiki() -> Wiki {
    Wiki::load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .unwrap_or_else(|e| panic!("the shipped data does not load: {e}"))
}

/// Whether the router has a route for `path`, as it matches in the browser.
fn routed(path: &str) -> bool {
    RouteDefs::new(sections::routes()).match_route(path).is_some()
}

#[test]
fn every_prerendered_page_has_a_route() {
    let pages = sections::pages(&wiki());
    for page in &pages {
        assert!(routed(page), "{page} is prerendered but no route answers it");
    }
    let mut unique = pages.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), pages.len(), "a page is listed twice");
}

#[test]
fn every_section_with_entries_has_pages_for_them() {
    let wiki = wiki();
    for section in sections::ALL {
        if let Some(entries) = &section.entries {
            assert!(!(entries.keys)(&wiki).is_empty(), "/{} lists no entries", section.segment);
        }
    }
}

#[test]
fn every_entry_has_a_name_once_the_reader_has_seen_it_and_no_unknown_key_has_one() {
    let wiki = wiki();
    let finished = Setting::from(Progress::FINISHED);
    for section in sections::ALL {
        let Some(entries) = &section.entries else { continue };
        for key in (entries.keys)(&wiki) {
            assert!(
                (entries.name)(&wiki, &key, finished).is_some(),
                "/{}/{key} has no name",
                section.segment
            );
        }
        assert_eq!((entries.name)(&wiki, "no-such-entry", finished), None, "/{}", section.segment);
    }
}

#[test]
fn sections_have_addresses_of_their_own() {
    let mut segments: Vec<&str> = sections::ALL.iter().map(|section| section.segment).collect();
    segments.sort_unstable();
    segments.dedup();
    assert_eq!(segments.len(), sections::ALL.len());
}

#[test]
fn addresses_outside_the_table_have_no_route() {
    for path in ["/nowhere", "/characters/tilda-weber/more", "/episodes/4/5", "/glossary/agds"] {
        assert!(!routed(path), "{path} should be answered by \"not found\"");
    }
    assert!(routed("/") && routed("/characters") && routed("/characters/anyone"));
}
