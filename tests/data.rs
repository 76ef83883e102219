//! Rules the data the wiki ships must keep, whatever it says: it parses, it holds together, and
//! every fact it gives has a source. None of these checks names today's content, so adding a
//! sourced fact never breaks one; each rule is also shown to fail on data that breaks it.

use imperfects_wiki::check::{check_data, check_spelling};
use imperfects_wiki::model::{DataError, DataFile, Group, Progress, SerdeJson, Wiki, EPISODE_COUNT};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")
}

/// The shipped files, parsed, so a test can change a copy the way an editor would.
fn shipped_values() -> HashMap<DataFile, Value> {
    DataFile::ALL
        .iter()
        .map(|&file| {
            let path = data_dir().join(file.file_name());
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (file, serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        })
        .collect()
}

fn build(values: &HashMap<DataFile, Value>) -> Result<Wiki, Vec<DataError>> {
    let texts: HashMap<DataFile, String> =
        values.iter().map(|(file, value)| (*file, serde_json::to_string_pretty(value).unwrap())).collect();
    Wiki::from_texts(&SerdeJson, |file| texts[&file].as_str())
}

fn shipped() -> Wiki {
    build(&shipped_values()).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the shipped data has problems:\n{}", list.join("\n"))
    })
}

fn entries(values: &mut HashMap<DataFile, Value>, file: DataFile) -> &mut Vec<Value> {
    values.get_mut(&file).unwrap()["entries"].as_array_mut().unwrap()
}

/// The problems a changed copy has, as (file, pointer, message).
fn problems(values: &HashMap<DataFile, Value>) -> Vec<(DataFile, Option<String>, String)> {
    match build(values) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| (e.file, e.pointer.clone(), e.to_string())).collect(),
    }
}

#[test]
fn shipped_data_parses_and_holds_together() {
    let wiki = shipped();
    assert_eq!(wiki.episodes().len(), usize::from(EPISODE_COUNT), "one entry per episode of the season");
}

#[test]
fn each_of_the_trio_carries_the_creature_that_names_them() {
    let wiki = shipped();
    let trio: Vec<_> = wiki.characters().iter().filter(|c| c.group == Group::Trio).collect();
    assert!(!trio.is_empty(), "the leads are grouped as the trio");
    for character in trio {
        let slug =
            character.creature.as_deref().unwrap_or_else(|| panic!("{} has no creature", character.slug));
        let creature = wiki.creature(slug).unwrap_or_else(|| panic!("{slug} has no page"));
        assert_eq!(creature.bearer, character.slug, "{slug}'s bearer");
    }
    for creature in wiki.creatures() {
        let bearer = wiki.character(&creature.bearer).unwrap();
        assert_eq!(
            bearer.creature.as_deref(),
            Some(creature.slug.as_str()),
            "{} names its creature",
            bearer.slug
        );
    }
}

#[test]
fn every_release_date_is_an_iso_date() {
    for episode in shipped().episodes() {
        let parts: Vec<&str> = episode.released.split('-').collect();
        let lengths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
        assert_eq!(lengths, [4, 2, 2], "episode {}: {}", episode.number, episode.released);
        assert!(parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())), "episode {}", episode.number);
    }
}

#[test]
fn an_unsourced_title_or_director_is_refused_at_its_place() {
    for field in ["title", "directors", "writers", "runtime_minutes"] {
        let mut values = shipped_values();
        let list = entries(&mut values, DataFile::Episodes);
        let index =
            list.iter().position(|e| e["cited_for"].is_null()).expect("an episode with nothing cited");
        list[index][field] = match field {
            "title" => json!("Unsourced"),
            "runtime_minutes" => json!(40),
            _ => json!(["Someone"]),
        };
        let found = problems(&values);
        let at = format!("/entries/{index}/{field}");
        assert!(
            found.iter().any(|(file, pointer, message)| *file == DataFile::Episodes
                && pointer.as_deref() == Some(at.as_str())
                && message.contains("without a source")),
            "{field}: {found:?}"
        );
    }
}

#[test]
fn a_source_cited_for_a_fact_is_one_the_page_lists() {
    let mut values = shipped_values();
    let keys: Vec<Value> = entries(&mut values, DataFile::Sources).iter().map(|s| s["key"].clone()).collect();
    let episode = &mut entries(&mut values, DataFile::Episodes)[0];
    episode["title"] = json!("A Title From A Source");
    episode["sources"] = json!([keys[1]]);
    episode["cited_for"] = json!({ "title": [keys[0]] });
    let found = problems(&values);
    assert!(
        found.iter().any(|(_, at, m)| at.as_deref() == Some("/entries/0/cited_for/title/0")
            && m.contains("missing from the entry's sources")),
        "{found:?}"
    );
}

#[test]
fn sources_cited_for_a_fact_the_entry_does_not_give_are_refused() {
    let mut values = shipped_values();
    let episode = &mut entries(&mut values, DataFile::Episodes)[0];
    episode["writers"] = json!([]);
    episode["cited_for"] = json!({ "writers": [episode["sources"][0]] });
    let found = problems(&values);
    assert!(found.iter().any(|(_, _, m)| m.contains("which the entry does not give")), "{found:?}");
}

/// Runs `make check`'s program over a copy of the data with `values` as its files, as a fan's
/// edit would be checked; returns whether it passed, what it printed, and the episodes file's
/// path and text.
fn make_check(name: &str, values: &HashMap<DataFile, Value>) -> (bool, String, PathBuf, String) {
    let public = std::env::temp_dir().join(format!("wiki-check-{}-{name}", std::process::id()));
    let data = public.join("data");
    fs::create_dir_all(data.join("schema")).unwrap();
    for entry in fs::read_dir(data_dir().join("schema")).unwrap().flatten() {
        fs::copy(entry.path(), data.join("schema").join(entry.file_name())).unwrap();
    }
    for (file, value) in values {
        fs::write(data.join(file.file_name()), serde_json::to_string_pretty(value).unwrap() + "\n").unwrap();
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_check")).arg(&public).output().unwrap();
    let printed =
        String::from_utf8_lossy(&output.stderr).into_owned() + &String::from_utf8_lossy(&output.stdout);
    let episodes = data.join("episodes.json");
    let text = fs::read_to_string(&episodes).unwrap();
    fs::remove_dir_all(&public).unwrap();
    (output.status.success(), printed, episodes, text)
}

#[test]
fn make_check_passes_the_shipped_data() {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("public");
    let mut problems = check_data(&public.join("data")).err().unwrap_or_default();
    problems.extend(check_spelling(&public));
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(list.is_empty(), "make check finds:\n{}", list.join("\n"));
}

#[test]
fn make_check_passes_a_sourced_title_and_director() {
    let mut values = shipped_values();
    let episode = entries(&mut values, DataFile::Episodes).iter_mut().find(|e| e["title"].is_null());
    let Some(episode) = episode else { return }; // every title is known: nothing left to add
    let key = episode["sources"][0].clone();
    episode["title"] = json!("A Title From A Source");
    episode["directors"] = json!(["A. Director"]);
    episode["cited_for"] = json!({ "title": [key], "directors": [key] });
    let (passed, printed, ..) = make_check("sourced", &values);
    assert!(passed, "{printed}");
}

#[test]
fn make_check_refuses_an_unsourced_title_naming_its_line() {
    let mut values = shipped_values();
    let list = entries(&mut values, DataFile::Episodes);
    let episode = list.iter_mut().find(|e| e["cited_for"].is_null()).expect("an episode with nothing cited");
    episode["title"] = json!("A Title From Nowhere");
    let (passed, printed, file, text) = make_check("unsourced", &values);
    assert!(!passed, "{printed}");
    let line = text.lines().position(|l| l.contains("A Title From Nowhere")).unwrap() + 1;
    let place = format!("{}:{line}:", file.display());
    assert!(
        printed.lines().any(|l| l.starts_with(&place) && l.contains("title is given without a source")),
        "expected a message at {place}:\n{printed}"
    );
}

#[test]
fn make_check_names_the_line_of_a_misspelt_key_and_of_a_blank_value() {
    let mut values = shipped_values();
    let list = entries(&mut values, DataFile::Episodes);
    list[0]["titel"] = json!("Misspelt Key");
    list[1]["writers"] = json!([" "]);
    let (passed, printed, file, text) = make_check("shape", &values);
    assert!(!passed, "{printed}");
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    for (line, what) in
        [(line_of("Misspelt Key"), "\"titel\" is not a field"), (line_of("\" \""), "is empty")]
    {
        let place = format!("{}:{line}:", file.display());
        assert!(
            printed.lines().any(|l| l.starts_with(&place) && l.contains(what)),
            "{place} {what}:\n{printed}"
        );
    }
}

#[test]
fn a_dangling_reference_names_the_file_entry_and_place() {
    let mut values = shipped_values();
    let creature = &mut entries(&mut values, DataFile::Creatures)[0];
    creature["bearer"] = json!("nobody-at-all");
    let slug = creature["slug"].as_str().unwrap().to_owned();
    let found = problems(&values);
    assert!(
        found.iter().any(|(file, at, m)| *file == DataFile::Creatures
            && at.as_deref() == Some("/entries/0/bearer")
            && m.starts_with(&format!("creatures.json, entry \"{slug}\""))
            && m.contains("character \"nobody-at-all\"")),
        "{found:?}"
    );
}

#[test]
fn a_duplicate_id_names_the_file_and_entry() {
    let mut values = shipped_values();
    let list = entries(&mut values, DataFile::Characters);
    let first = list[0]["slug"].clone();
    list[1]["slug"] = first.clone();
    let found = problems(&values);
    assert!(
        found.iter().any(|(file, at, m)| *file == DataFile::Characters
            && at.as_deref() == Some("/entries/1")
            && m.contains(&format!("entry {first}"))
            && m.contains("more than one")),
        "{found:?}"
    );
}

#[test]
fn a_reveal_outside_the_season_is_refused() {
    let mut values = shipped_values();
    let list = entries(&mut values, DataFile::Glossary);
    list[0]["introduced"] = json!(EPISODE_COUNT + 1);
    let found = problems(&values);
    assert!(
        found.iter().any(|(file, at, m)| *file == DataFile::Glossary
            && at.as_deref() == Some("/entries/0/introduced")
            && m.contains("outside the season")),
        "{found:?}"
    );
}

#[test]
fn a_page_without_sources_is_refused() {
    let mut values = shipped_values();
    entries(&mut values, DataFile::Glossary)[0]["sources"] = json!([]);
    let found = problems(&values);
    assert!(
        found.iter().any(|(file, at, m)| *file == DataFile::Glossary
            && at.as_deref() == Some("/entries/0/sources")
            && m.contains("no source")),
        "{found:?}"
    );
}

#[test]
fn a_pair_listed_twice_for_the_same_point_is_refused_and_a_later_part_is_one_tie() {
    let mut values = shipped_values();
    let list = entries(&mut values, DataFile::Characters);
    let (index, character) = list
        .iter_mut()
        .enumerate()
        .find(|(_, c)| c["relationships"][0]["revealed_in"] == json!("premise"))
        .expect("some character has a tie from the premise");
    let ties = character["relationships"].as_array_mut().expect("a list");
    let mut again = ties[0].clone();
    again["label"] = json!("said twice");
    ties.push(again.clone());
    let at = format!("/entries/{index}/relationships/{}", ties.len() - 1);
    let found = problems(&values);
    assert!(
        found.iter().any(|(file, place, m)| *file == DataFile::Characters
            && place.as_deref() == Some(at.as_str())
            && m.contains("a second time")),
        "{found:?}"
    );
    // The same part from a later episode is allowed: the tie grows, and stays one tie.
    let mut values = shipped_values();
    let list = entries(&mut values, DataFile::Characters);
    let character = &mut list[index];
    let ties = character["relationships"].as_array_mut().expect("a list");
    again["revealed_in"] = json!(EPISODE_COUNT);
    ties.push(again);
    let slug = character["slug"].as_str().expect("a slug").to_owned();
    let wiki = build(&values).unwrap_or_else(|e| panic!("{e:?}"));
    let grown = wiki.character(&slug).expect("the character");
    let withs: Vec<&str> = grown.ties().iter().map(|tie| tie.with).collect();
    let mut distinct = withs.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(withs.len(), distinct.len(), "one tie per pair: {withs:?}");
    let tie = &grown.ties()[0];
    let first = tie.label(Progress::NOT_STARTED);
    assert!(!first.contains("said twice"), "{first}");
    assert!(
        tie.label(Progress::FINISHED).ends_with("said twice"),
        "the later part shows from its episode on"
    );
}

#[test]
fn an_event_key_told_on_one_page_only_or_in_two_episodes_is_refused() {
    let mut values = shipped_values();
    let list = entries(&mut values, DataFile::Episodes);
    let (index, episode) = list
        .iter_mut()
        .enumerate()
        .find(|(_, e)| e["synopsis"].as_array().is_some_and(|s| !s.is_empty()))
        .expect("an episode with a synopsis");
    episode["synopsis"][0]["event"] = json!("told-nowhere-else");
    let reveal = episode["synopsis"][0]["revealed_in"].clone();
    let found = problems(&values);
    let at = format!("/entries/{index}/synopsis/0/event");
    assert!(
        found.iter().any(|(file, place, m)| *file == DataFile::Episodes
            && place.as_deref() == Some(at.as_str())
            && m.contains("no other page")),
        "{found:?}"
    );
    // A statement of another page with the same key, but from another episode.
    let other = if reveal == json!(1) { json!(2) } else { json!(1) };
    let characters = entries(&mut values, DataFile::Characters);
    let story = characters[0]["story"].as_array_mut().expect("a story");
    story.push(
        json!({ "text": "Told of another episode.", "revealed_in": other, "event": "told-nowhere-else" }),
    );
    let at = format!("/entries/0/story/{}/event", story.len() - 1);
    let found = problems(&values);
    assert!(
        !found.iter().any(|(_, _, m)| m.contains("told-nowhere-else") && m.contains("no other page")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(file, place, m)| *file == DataFile::Characters
            && place.as_deref() == Some(at.as_str())
            && m.contains("same episode")),
        "{found:?}"
    );
}

#[test]
fn a_name_given_for_structured_data_must_be_in_its_fact_as_written() {
    let mut values = shipped_values();
    let groups = values.get_mut(&DataFile::Show).unwrap()["groups"].as_array_mut().unwrap();
    let (g, i, fact) = groups
        .iter_mut()
        .enumerate()
        .flat_map(|(g, group)| {
            group["facts"].as_array_mut().unwrap().iter_mut().enumerate().map(move |(i, fact)| (g, i, fact))
        })
        .find(|(_, _, fact)| fact.get("names").is_some())
        .expect("show.json gives names for the structured data");
    let name = fact["names"][0].as_str().unwrap().to_owned();
    // Misspelt, as a copy from another site might have it.
    fact["names"][0] = json!(format!("{name}x"));
    let found = problems(&values);
    assert!(
        found.iter().any(|(file, at, m)| *file == DataFile::Show
            && at.as_deref() == Some(format!("/groups/{g}/facts/{i}/names/0").as_str())
            && m.contains("not in the value")),
        "{found:?}"
    );
}
