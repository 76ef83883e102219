//! Search ranking and spoiler safety on the shipped data.

use imperfects_wiki::model::{Progress, Setting, Wiki};
use imperfects_wiki::search::{Kind, SearchIndex};
use std::path::Path;

fn wiki() -> Wiki {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    Wiki::load_from_dir(&dir).unwrap_or_else(|errors| panic!("{errors}"))
}

fn index() -> SearchIndex {
    SearchIndex::build(&wiki())
}

fn top(index: &SearchIndex, query: &str, progress: Progress) -> Option<String> {
    index.search(query, progress.into()).next().map(|doc| doc.href.to_string())
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
    let results: Vec<_> = index.search("abbi", Progress::FINISHED.into()).collect();
    assert_eq!(results[0].href.as_str(), "/characters/abbi-singh");
    // "Owen" is a name; Owen appearing in a definition ranks below him.
    let results: Vec<_> = index.search("owen", Progress::FINISHED.into()).collect();
    assert_eq!(results[0].href.as_str(), "/characters/owen-schultz");
    assert!(results.iter().skip(1).all(|doc| doc.kind != Kind::Character || doc.title != "Owen Schultz"));
}

#[test]
fn glossary_terms_and_definitions() {
    let index = index();
    let at = Progress::FINISHED;
    assert_eq!(top(&index, "agds", at).as_deref(), Some("/glossary#agds"));
    assert_eq!(top(&index, "acute genetic", at).as_deref(), Some("/glossary#agds"));
    assert!(index.search("tacoma", at.into()).any(|doc| doc.kind == Kind::Term));
}

#[test]
fn later_names_find_nothing_before_their_reveal() {
    let index = index();
    for query in ["hallenbeck", "finch", "isabel", "the cure", "flux", "doug", "hannah"] {
        assert!(index.search(query, Setting::default()).next().is_none(), "{query} at not started");
        assert!(index.search(query, Progress::FINISHED.into()).next().is_some(), "{query} at finished");
    }
    // Nothing at not started mentions what only the finale reveals.
    for doc in index.search("sarkov", Setting::default()) {
        assert!(!doc.snippet.contains("Hallenbeck") && !doc.snippet.contains("clone"), "{doc:?}");
    }
}

#[test]
fn an_empty_query_finds_nothing() {
    assert!(index().search("  ", Setting::default()).next().is_none());
}

#[test]
fn strict_mode_neither_finds_nor_shows_an_unwatched_title() {
    let index = index();
    let wiki = wiki();
    for setting in Setting::all().filter(|setting| setting.strict) {
        for episode in wiki.episodes() {
            let Some(title) = episode.title.as_deref() else { continue };
            let address = imperfects_wiki::paths::episode(episode.number).to_string();
            let found = index.search(title, setting).any(|doc| doc.href.as_str() == address);
            assert_eq!(found, setting.progress.has_seen(episode.number), "{title} at {setting:?}");
            // By its number it is always there, named only as far as the setting allows.
            let hit =
                index.search(&episode.number.to_string(), setting).find(|doc| doc.href.as_str() == address);
            let shown = hit.map(|doc| doc.title.contains(title));
            assert_eq!(shown, Some(setting.progress.has_seen(episode.number)), "{title} at {setting:?}");
            for doc in index.search(title, setting) {
                assert!(setting.progress.has_seen(episode.number) || !doc.title.contains(title), "{doc:?}");
            }
        }
    }
}
