//! Search ranking and spoiler safety on the shipped data.

use imperfects_wiki::model::{Progress, Wiki};
use imperfects_wiki::search::{Kind, SearchIndex};
use std::path::Path;

fn index() -> SearchIndex {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    SearchIndex::build(&Wiki::load_from_dir(&dir).unwrap_or_else(|errors| panic!("{errors}")))
}

fn top(index: &SearchIndex, query: &str, progress: Progress) -> Option<String> {
    index.search(query, progress).first().map(|doc| doc.href.to_string())
}

#[test]
fn names_land_on_their_page() {
    let index = index();
    let at = Progress::FINISHED;
    assert_eq!(top(&index, "Tilda Weber", at).as_deref(), Some("/characters/tilda-weber"));
    assert_eq!(top(&index, "tilda", at).as_deref(), Some("/characters/tilda-weber"));
    assert_eq!(top(&index, "juan", at).as_deref(), Some("/characters/juan-ruiz"));
    assert_eq!(top(&index, "sarkov", at).as_deref(), Some("/characters/alex-sarkov"));
    assert_eq!(top(&index, "banshee", at).as_deref(), Some("/abilities/banshee"));
}

#[test]
fn one_typo_is_forgiven() {
    let index = index();
    let at = Progress::FINISHED;
    assert_eq!(top(&index, "tilde", at).as_deref(), Some("/characters/tilda-weber"));
    assert_eq!(top(&index, "chupacabr", at).as_deref(), Some("/abilities/chupacabra"));
    assert_eq!(top(&index, "sucubus", at).as_deref(), Some("/abilities/succubus"));
    assert_eq!(top(&index, "Inaki", at).as_deref(), Some("/characters/juan-ruiz"), "actor, accent folded");
}

#[test]
fn episodes_by_number_and_title_words() {
    let index = index();
    let at = Progress::NOT_STARTED;
    for query in ["4", "e4", "E4", "s1e4", "S1E4", "episode 4", "ep 4"] {
        assert_eq!(top(&index, query, at).as_deref(), Some("/episodes/4"), "{query}");
    }
    assert_eq!(top(&index, "one of us", at).as_deref(), Some("/episodes/4"));
    assert_eq!(top(&index, "monsters", at).as_deref(), Some("/episodes/10"));
    assert_eq!(top(&index, "10", at).as_deref(), Some("/episodes/10"));
}

#[test]
fn exact_beats_prefix_beats_word_beats_typo() {
    let index = index();
    let results = index.search("abbi", Progress::FINISHED);
    assert_eq!(results[0].href.as_str(), "/characters/abbi-singh");
    // "Owen" is a name; Owen appearing in a definition ranks below him.
    let results = index.search("owen", Progress::FINISHED);
    assert_eq!(results[0].href.as_str(), "/characters/owen-schultz");
    assert!(results.iter().skip(1).all(|doc| doc.kind != Kind::Character || doc.title != "Owen Schultz"));
}

#[test]
fn glossary_terms_and_definitions() {
    let index = index();
    let at = Progress::FINISHED;
    assert_eq!(top(&index, "agds", at).as_deref(), Some("/glossary#agds"));
    assert_eq!(top(&index, "acute genetic", at).as_deref(), Some("/glossary#agds"));
    assert!(index.search("tacoma", at).iter().any(|doc| doc.kind == Kind::Term));
}

#[test]
fn later_names_find_nothing_before_their_reveal() {
    let index = index();
    for query in ["hallenbeck", "finch", "isabel", "the cure", "flux", "doug", "hannah"] {
        assert!(index.search(query, Progress::NOT_STARTED).is_empty(), "{query} at not started");
        assert!(!index.search(query, Progress::FINISHED).is_empty(), "{query} at finished");
    }
    // Nothing at not started mentions what only the finale reveals.
    for doc in index.search("sarkov", Progress::NOT_STARTED) {
        assert!(!doc.snippet.contains("Hallenbeck") && !doc.snippet.contains("clone"), "{doc:?}");
    }
}

#[test]
fn an_empty_query_finds_nothing() {
    assert!(index().search("  ", Progress::FINISHED).is_empty());
}
