//! Search ranking and spoiler safety on the shipped data.

use imperfects_wiki::model::{Progress, Setting, Wiki};
use imperfects_wiki::paths;
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

/// Each fact about the show, and each group fans ask about as a whole, with the words its
/// data says fans use for it: (where it leads, the words).
fn asked_as(wiki: &Wiki) -> Vec<(String, Vec<String>)> {
    let show = wiki.show();
    let groups = show.groups.iter().map(|group| (group.id.clone(), group.asked_as.clone()));
    let facts = show.facts().map(|fact| (fact.id.clone(), fact.asked_as.clone()));
    groups.chain(facts).map(|(id, words)| (paths::show(&id).to_string(), words)).collect()
}

#[test]
fn every_phrasing_in_the_data_finds_its_fact_first_at_every_setting() {
    let wiki = wiki();
    let index = SearchIndex::build(&wiki);
    let mut wrong = Vec::new();
    for (address, phrasings) in asked_as(&wiki) {
        for phrasing in phrasings {
            for setting in Setting::all() {
                let first = index.search(&phrasing, setting).next().map(|doc| doc.href.to_string());
                if first.as_deref() != Some(address.as_str()) {
                    wrong.push(format!("\"{phrasing}\" at {setting:?}: {first:?}, not {address}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The show page's anchor a question is about, as show.json names the fact or group that
/// answers it.
fn answered_by(wiki: &Wiki, question: &str) -> String {
    let show = wiki.show();
    let asked = |words: &[String]| words.iter().any(|w| w == question);
    let id = show
        .groups
        .iter()
        .find(|group| asked(&group.asked_as))
        .map(|group| &group.id)
        .or_else(|| show.facts().find(|fact| asked(&fact.asked_as)).map(|fact| &fact.id));
    paths::show(id.unwrap_or_else(|| panic!("no fact of show.json is asked as \"{question}\""))).to_string()
}

#[test]
fn fans_questions_find_the_fact_that_answers_them_first() {
    let wiki = wiki();
    let index = SearchIndex::build(&wiki);
    // Each question, as fans type it, and a phrasing the data lists for the fact it is about.
    let questions = [
        ("is there a season 2", "season 2"),
        ("season 2", "season 2"),
        ("season two", "season 2"),
        ("Season Two?", "season 2"),
        ("will there be a season 2", "season 2"),
        ("was it renewed", "renewed"),
        ("renewal", "renewed"),
        ("cancelled", "renewed"),
        ("canceled", "renewed"),
        ("was it cancelled?", "renewed"),
        ("who created the imperfects", "creator"),
        ("who created it", "creator"),
        ("who made it", "creator"),
        ("creators", "creator"),
        ("showrunner", "showrunner"),
        ("who is the showrunner", "showrunner"),
        ("cast", "cast"),
        ("the cast", "cast"),
        ("actors", "cast"),
        ("crew", "cast"),
        ("who plays tilda", "cast"),
        ("who plays Juan", "cast"),
        ("where can I watch it", "where to watch"),
        ("where to watch", "where to watch"),
        ("is it on netflix", "where to watch"),
        ("streaming", "where to watch"),
        ("how many episodes", "how many episodes"),
        ("how many episodes are there", "how many episodes"),
        ("when did it come out", "release date"),
        ("release date", "release date"),
        ("premiere", "release date"),
    ];
    let mut wrong = Vec::new();
    for (question, about) in questions {
        let address = answered_by(&wiki, about);
        for setting in Setting::all() {
            let first = index.search(question, setting).next().map(|doc| doc.href.to_string());
            if first.as_deref() != Some(address.as_str()) {
                wrong.push(format!("\"{question}\" at {setting:?}: {first:?}, not {address}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_name_alone_still_finds_the_character_first() {
    let wiki = wiki();
    let index = SearchIndex::build(&wiki);
    for c in wiki.characters() {
        let first_name = c.name.split(' ').find(|w| !w.ends_with('.')).unwrap_or(&c.name);
        for setting in Setting::all().filter(|s| c.visible_at(s.progress)) {
            let first = index.search(first_name, setting).next();
            assert_eq!(first.map(|doc| doc.kind), Some(Kind::Character), "{first_name} at {setting:?}");
        }
    }
}

#[test]
fn the_cast_is_found_by_a_name_only_once_the_reader_has_met_them() {
    let wiki = wiki();
    let index = SearchIndex::build(&wiki);
    let cast = wiki.show().groups.iter().find(|group| group.cast).expect("show.json has a cast group");
    let address = paths::show(&cast.id).to_string();
    for c in wiki.characters() {
        let Some(actor) = &c.actor else { continue };
        for setting in Setting::all() {
            for query in [format!("who plays {}", c.name), actor.clone()] {
                let found = index.search(&query, setting).any(|doc| doc.href.as_str() == address);
                assert_eq!(found, c.visible_at(setting.progress), "{query} at {setting:?}");
            }
        }
    }
}

#[test]
fn every_fact_about_the_show_is_found_by_its_label() {
    let wiki = wiki();
    let index = SearchIndex::build(&wiki);
    for fact in wiki.show().facts() {
        let hit = index.search(&fact.label, Setting::default()).find(|doc| doc.kind == Kind::Show);
        assert_eq!(
            hit.map(|doc| doc.href.to_string()),
            Some(paths::show(&fact.id).to_string()),
            "{}",
            fact.label
        );
    }
}

#[test]
fn what_is_offered_for_nothing_found_names_nothing_held_back() {
    let wiki = wiki();
    let index = SearchIndex::build(&wiki);
    // Hidden names, their near misses, and words that are nowhere.
    let mut queries: Vec<String> =
        ["xyzzy", "qwzxv", "seasn", "tildda", "sarkoff", "the cure"].map(String::from).to_vec();
    for c in wiki.characters() {
        queries.push(c.name.clone());
        queries.extend(c.name.split(' ').map(|w| format!("{w}x")));
    }
    queries.extend(wiki.glossary().iter().map(|t| t.term.clone()));
    for setting in Setting::all() {
        let hidden_pages: Vec<String> = wiki
            .characters()
            .iter()
            .filter(|c| !c.visible_at(setting.progress))
            .map(|c| paths::character(&c.slug).to_string())
            .chain(
                wiki.glossary()
                    .iter()
                    .filter(|t| !t.visible_at(setting.progress))
                    .map(|t| paths::term(&t.slug).to_string()),
            )
            .collect();
        let hidden_names: Vec<String> = wiki
            .characters()
            .iter()
            .filter(|c| !c.visible_at(setting.progress))
            .map(|c| c.name.clone())
            .chain(wiki.glossary().iter().filter(|t| !t.visible_at(setting.progress)).map(|t| t.term.clone()))
            .chain(
                wiki.episodes()
                    .iter()
                    .filter(|e| !setting.shows_title_of(e.number))
                    .filter_map(|e| e.title.clone()),
            )
            .collect();
        for query in &queries {
            if index.search(query, setting).next().is_some() {
                continue;
            }
            let offered = index.nearest(query, setting);
            assert!(!offered.is_empty(), "{query} at {setting:?}: something is always offered");
            for doc in offered {
                assert!(!hidden_pages.contains(&doc.href.to_string()), "{query} at {setting:?}: {doc:?}");
                let shown = format!("{} {}", doc.title, doc.snippet);
                for name in &hidden_names {
                    assert!(!shown.contains(name.as_str()), "{query} at {setting:?} offers {name}: {doc:?}");
                }
            }
        }
    }
}

#[test]
fn a_slip_too_many_for_search_is_offered_as_the_nearest_name() {
    let index = index();
    let at = Setting::from(Progress::FINISHED);
    assert!(index.search("sarkoff", at).next().is_none());
    assert_eq!(
        index.nearest("sarkoff", at).first().map(|doc| doc.href.to_string()).as_deref(),
        Some("/characters/alex-sarkov")
    );
}

/// Queries from the data itself: every name, alias, actor, power, term, title and phrasing,
/// whole and by its first three letters, each character's name with its last letter dropped,
/// and a few that find nothing; each once.
fn queries(wiki: &Wiki) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for c in wiki.characters() {
        names.push(c.name.clone());
        names.extend(c.aliases.iter().chain(&c.actor).cloned());
    }
    for creature in wiki.creatures() {
        names.push(creature.name.clone());
        names.extend(creature.powers.iter().map(|power| power.name.clone()));
    }
    names.extend(wiki.episodes().iter().filter_map(|e| e.title.clone()));
    for t in wiki.glossary() {
        names.push(t.term.clone());
        names.extend(t.aliases.iter().cloned());
    }
    names.extend(asked_as(wiki).into_iter().flat_map(|(_, asked)| asked));
    let start = |name: &String| name.chars().take(3).collect::<String>();
    let slip = |name: &String| name.chars().take(name.chars().count().saturating_sub(1)).collect::<String>();
    let mut queries: std::collections::BTreeSet<String> =
        names.iter().flat_map(|name| [name.clone(), start(name)]).collect();
    queries.extend(wiki.characters().iter().map(|c| slip(&c.name)));
    queries.extend(["", "  ", "episode 3", "zzzzqx"].map(str::to_owned));
    queries.into_iter().collect()
}

/// What the header's list shows: whether anything was found, and each entry's kind, title,
/// snippet and address.
fn shown(listed: &imperfects_wiki::search::Listed) -> (bool, Vec<(Kind, String, String, String)>) {
    let entries =
        listed.documents.iter().map(|d| (d.kind, d.title.clone(), d.snippet.clone(), d.href.to_string()));
    (listed.found, entries.collect())
}

#[test]
fn the_index_file_of_each_setting_answers_as_the_app_does() {
    let wiki = wiki();
    let index = SearchIndex::build(&wiki);
    let queries = queries(&wiki);
    assert!(queries.len() > 100, "only {} queries: the table reads nothing", queries.len());
    let settings: Vec<Setting> = Setting::all().collect();
    // Two settings at a time: this is most of the file's time in a debug build.
    std::thread::scope(|scope| {
        for half in settings.chunks(settings.len().div_ceil(2)) {
            let (index, queries) = (&index, &queries);
            scope.spawn(move || {
                for &setting in half {
                    let file = index.file(setting).unwrap_or_else(|error| panic!("{error}"));
                    let Some((read_setting, read)) = SearchIndex::read_file(&file) else {
                        panic!("the index file at {} does not read back", setting.key())
                    };
                    assert_eq!(read_setting, setting);
                    for query in queries {
                        assert_eq!(
                            shown(&read.listed(query, setting)),
                            shown(&index.listed(query, setting)),
                            "{query:?} at {}",
                            setting.key()
                        );
                    }
                }
            });
        }
    });
}

#[test]
fn an_index_file_that_is_not_one_reads_as_nothing() {
    let file = index().file(Setting::default()).unwrap_or_default();
    let cut = &file[..file.len() / 2];
    let lines = || cut.lines().take(cut.lines().count() - 1);
    let whole_lines = lines().collect::<Vec<_>>().join("\n");
    for text in
        ["", "<!DOCTYPE html><html></html>", "99 1\n", cut.trim_end_matches(|c| c != '\u{1f}'), &whole_lines]
    {
        assert!(
            SearchIndex::read_file(text).is_none(),
            "{:?} reads as an index",
            &text[..text.len().min(40)]
        );
    }
}
