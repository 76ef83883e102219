//! How a commit changed the data's entries, from the files' text before and after it: the
//! build reads the texts from the repository's history (`prerender::history`), this decides
//! what changed, so it is tested without a repository. Native only: the app reads the result.
//!
//! An entry changed when its JSON did. What it touched is what differs: a field, or the items
//! of a list that are new or gone (a list only reordered touched nothing in it). Each touched
//! part may be shown from the latest reveal point on it, on anything around it (a statement's
//! `revealed_in`, a character's `introduced`, an episode's own number for all but its title)
//! and on any source it cites. An added entry is shown from when the entry itself is: the list
//! says only that it was added, and its page shows of it what the setting allows.

use super::{Change, ChangeKind, DataFile};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The commit a set of changes comes from.
pub struct Commit<'a> {
    /// Its id.
    pub id: &'a str,
    /// When it was committed, as RFC 3339.
    pub date: &'a str,
    /// The first line of its message.
    pub message: &'a str,
}

/// The keys that hold a reveal point: a statement's and a source's, a character's and a term's.
const REVEAL_KEYS: [&str; 2] = ["revealed_in", "introduced"];

/// The keys that hold only the sources of what is beside them.
const SOURCE_KEYS: [&str; 2] = ["sources", "cited_for"];

/// Every entry `commit` changed, given each file's text before it (in its parent) and after it;
/// `None` for a file that is not there. A file that is there but does not parse on either side
/// is left out, rather than read as every entry added or removed.
pub fn changes_in(
    commit: &Commit,
    before: impl Fn(DataFile) -> Option<String>,
    after: impl Fn(DataFile) -> Option<String>,
) -> Vec<Change> {
    let read = |text: Option<String>| text.map(|text| serde_json::from_str::<Value>(&text).ok());
    let old = DataFile::ALL.map(|file| read(before(file)));
    let new = DataFile::ALL.map(|file| read(after(file)));
    let sources = Sources::from([&old[DataFile::Sources as usize], &new[DataFile::Sources as usize]]);
    let mut changes = Vec::new();
    for file in DataFile::ALL {
        let (old, new) = match (&old[file as usize], &new[file as usize]) {
            (None, Some(Some(new))) => (BTreeMap::new(), entries(file, new)),
            (Some(Some(old)), Some(Some(new))) => (entries(file, old), entries(file, new)),
            _ => continue,
        };
        for (id, entry) in &new {
            let change = |kind, (shown_from, strict_from)| Change {
                commit: commit.id.to_owned(),
                date: commit.date.to_owned(),
                file,
                entry: id.clone(),
                kind,
                shown_from,
                strict_from,
                message: commit.message.to_owned(),
            };
            match old.get(id) {
                None => changes.push(change(ChangeKind::Added, entry_reveal(file, entry))),
                Some(before) if before == entry => {}
                Some(before) => {
                    let kind = match without_sources(before) == without_sources(entry) {
                        true => ChangeKind::Sourced,
                        false => ChangeKind::Corrected,
                    };
                    changes.push(change(kind, touched_in_entry(file, before, entry, &sources)));
                }
            }
        }
    }
    changes
}

/// A file's entries by id: a list file's by slug, number or key; show.json's facts by id, and
/// the rest of it (title, premise, group headings) as the entry "".
fn entries(file: DataFile, value: &Value) -> BTreeMap<String, Value> {
    if file == DataFile::Show {
        let facts = value["groups"].as_array().into_iter().flatten().flat_map(|group| list(&group["facts"]));
        let mut show = value.clone();
        for group in show["groups"].as_array_mut().into_iter().flatten() {
            group["facts"] = Value::Null;
        }
        return facts
            .filter_map(|fact| Some((id_of(fact, "id")?, fact.clone())))
            .chain([(String::new(), show)])
            .collect();
    }
    let key = match file {
        DataFile::Episodes => "number",
        DataFile::Sources => "key",
        _ => "slug",
    };
    list(&value["entries"]).filter_map(|entry| Some((id_of(entry, key)?, entry.clone()))).collect()
}

fn list(value: &Value) -> impl Iterator<Item = &Value> {
    value.as_array().into_iter().flatten()
}

fn id_of(entry: &Value, key: &str) -> Option<String> {
    match &entry[key] {
        Value::String(id) => Some(id.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// From when an entry itself is shown, outside strict mode and in it: its own reveal point;
/// an episode's number and title show from the start, and in strict mode its title waits for
/// the episode.
fn entry_reveal(file: DataFile, entry: &Value) -> (u8, u8) {
    let own = own_reveal(entry);
    (own, own.max(episode_number(file, entry)))
}

/// The number of an episode's entry; 0 for any other entry.
fn episode_number(file: DataFile, entry: &Value) -> u8 {
    match file {
        DataFile::Episodes => entry["number"].as_u64().and_then(|n| u8::try_from(n).ok()).unwrap_or(u8::MAX),
        _ => 0,
    }
}

/// From when every part a correction touched is shown, outside strict mode and in it. Of an
/// episode, all but the title is its episode's: an unwatched episode keeps only its number
/// and title.
fn touched_in_entry(file: DataFile, before: &Value, after: &Value, sources: &Sources) -> (u8, u8) {
    let number = episode_number(file, after).max(episode_number(file, before));
    let floor = own_reveal(before).max(own_reveal(after));
    let (empty, mut shown, mut strict) = (Map::new(), floor, floor.max(number));
    let (old, new) = (before.as_object().unwrap_or(&empty), after.as_object().unwrap_or(&empty));
    for key in old.keys().chain(new.keys()) {
        let (x, y) = (old.get(key), new.get(key));
        if x == y {
            continue;
        }
        let key_floor = if key == "title" { floor } else { floor.max(number) };
        let reveal = match (x, y) {
            (Some(x), Some(y)) => touched(x, y, key_floor, sources),
            _ => key_floor.max(x.map_or(0, |x| part(x, sources))).max(y.map_or(0, |y| part(y, sources))),
        };
        shown = shown.max(reveal);
        strict = strict.max(reveal.max(number));
    }
    (shown, strict)
}

/// The latest reveal point among the parts of `old` and `new` that differ, and around them
/// (`floor`).
fn touched(old: &Value, new: &Value, floor: u8, sources: &Sources) -> u8 {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let floor = floor.max(own_reveal(old)).max(own_reveal(new));
            a.keys()
                .chain(b.keys())
                .filter(|key| a.get(*key) != b.get(*key))
                .map(|key| match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => touched(x, y, floor, sources),
                    (x, y) => {
                        floor.max(x.map_or(0, |x| part(x, sources))).max(y.map_or(0, |y| part(y, sources)))
                    }
                })
                .fold(floor, u8::max)
        }
        (Value::Array(a), Value::Array(b)) => {
            let gone = a.iter().filter(|item| !b.contains(item));
            let added = b.iter().filter(|item| !a.contains(item));
            gone.chain(added).map(|item| part(item, sources)).fold(floor, u8::max)
        }
        _ => floor.max(part(old, sources)).max(part(new, sources)),
    }
}

/// The latest reveal point anywhere in a part: its own, its items', the sources it cites.
fn part(value: &Value, sources: &Sources) -> u8 {
    match value {
        Value::Object(map) => map.values().map(|v| part(v, sources)).fold(own_reveal(value), u8::max),
        Value::Array(items) => items.iter().map(|v| part(v, sources)).max().unwrap_or(0),
        Value::String(key) => sources.0.get(key).copied().unwrap_or(0),
        _ => 0,
    }
}

/// The reveal point an object states for itself; 0 for the premise or none.
fn own_reveal(value: &Value) -> u8 {
    REVEAL_KEYS.iter().map(|key| reveal_number(&value[*key])).max().unwrap_or(0)
}

/// "premise" is 0, an episode its number; anything else (which the schema refuses) is read as
/// the end of the season, so that it shows nothing early.
fn reveal_number(value: &Value) -> u8 {
    match value {
        Value::Null => 0,
        Value::String(word) if word == "premise" => 0,
        Value::Number(n) => n.as_u64().and_then(|n| u8::try_from(n).ok()).unwrap_or(u8::MAX),
        _ => u8::MAX,
    }
}

/// An entry with every list of sources left out, to tell a change of sources alone.
fn without_sources(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, _)| !SOURCE_KEYS.contains(&key.as_str()))
                .map(|(key, v)| (key.clone(), without_sources(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_sources).collect()),
        other => other.clone(),
    }
}

/// Each source's reveal point by its key, the later of the two where a commit changed it.
struct Sources(BTreeMap<String, u8>);

impl Sources {
    fn from(files: [&Option<Option<Value>>; 2]) -> Sources {
        let mut reveals = BTreeMap::new();
        for value in files.into_iter().flatten().flatten() {
            for (key, source) in entries(DataFile::Sources, value) {
                let reveal = reveals.entry(key).or_insert(0);
                *reveal = own_reveal(&source).max(*reveal);
            }
        }
        Sources(reveals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMIT: Commit = Commit { id: "c1", date: "2026-12-03T10:00:00+00:00", message: "Fix" };

    /// The changes between two versions of some files, given as (file, before, after) JSON.
    fn between(files: &[(DataFile, Option<&str>, &str)]) -> Vec<(String, ChangeKind, u8, u8)> {
        let text = |after: bool| {
            move |file: DataFile| {
                let (_, before, now) = files.iter().find(|(f, _, _)| *f == file)?;
                if after {
                    Some((*now).to_owned())
                } else {
                    before.map(str::to_owned)
                }
            }
        };
        changes_in(&COMMIT, text(false), text(true))
            .into_iter()
            .map(|c| (format!("{}/{}", c.file.file_name(), c.entry), c.kind, c.shown_from, c.strict_from))
            .collect()
    }

    fn list(entries: &str) -> String {
        format!(r#"{{"entries": [{entries}]}}"#)
    }

    const SOURCES: &str =
        r#"{"entries": [{"key": "S1", "revealed_in": "premise"}, {"key": "S9", "revealed_in": 9}]}"#;

    fn character(summary: &str, story: &str, sources: &str) -> String {
        format!(
            r#"{{"slug": "tilda", "introduced": "premise", "summary": "{summary}", "story": [{story}], "sources": [{sources}]}}"#
        )
    }

    const EARLY: &str = r#"{"text": "Early", "revealed_in": 1}"#;
    const LATE: &str = r#"{"text": "Late", "revealed_in": 7}"#;

    #[test]
    fn an_entry_is_added_corrected_or_sourced() {
        let first = list(&character("A", EARLY, r#""S1""#));
        let added = between(&[(DataFile::Characters, None, &first)]);
        assert_eq!(added, [("characters.json/tilda".to_owned(), ChangeKind::Added, 0, 0)]);
        let corrected = list(&character("B", EARLY, r#""S1""#));
        let changes = between(&[(DataFile::Characters, Some(&first), &corrected)]);
        assert_eq!(changes, [("characters.json/tilda".to_owned(), ChangeKind::Corrected, 0, 0)]);
        let sourced = list(&character("A", EARLY, r#""S1", "S1b""#));
        let changes = between(&[(DataFile::Characters, Some(&first), &sourced)]);
        assert_eq!(changes, [("characters.json/tilda".to_owned(), ChangeKind::Sourced, 0, 0)]);
        assert_eq!(between(&[(DataFile::Characters, Some(&first), &first)]), []);
    }

    #[test]
    fn a_change_shows_from_the_latest_part_it_touched() {
        let before = list(&character("A", &format!("{EARLY}, {LATE}"), r#""S1""#));
        let late_fix =
            list(&character("A", &format!("{EARLY}, {}", LATE.replace("Late", "Later")), r#""S1""#));
        let changes = between(&[(DataFile::Characters, Some(&before), &late_fix)]);
        assert_eq!(changes[0].1, ChangeKind::Corrected);
        assert_eq!((changes[0].2, changes[0].3), (7, 7), "the statement of episode 7");
        let early_fix =
            list(&character("A", &format!("{}, {LATE}", EARLY.replace("Early", "Earlier")), r#""S1""#));
        let changes = between(&[(DataFile::Characters, Some(&before), &early_fix)]);
        assert_eq!((changes[0].2, changes[0].3), (1, 1), "the episode 7 statement was not touched");
        let moved_later = list(&character("A", &format!("{}, {LATE}", EARLY.replace("1}", "8}")), r#""S1""#));
        let changes = between(&[(DataFile::Characters, Some(&before), &moved_later)]);
        assert_eq!(changes[0].2, 8, "a statement moved to a later episode is that episode's");
        let reordered = list(&character("A", &format!("{LATE}, {EARLY}"), r#""S1""#));
        let changes = between(&[(DataFile::Characters, Some(&before), &reordered)]);
        assert_eq!(changes[0].2, 0, "a list only reordered touched none of its items");
    }

    #[test]
    fn a_source_cited_shows_from_the_source_s_own_episode() {
        let before = list(&character("A", EARLY, r#""S1""#));
        let after = list(&character("A", EARLY, r#""S1", "S9""#));
        let changes = between(&[
            (DataFile::Characters, Some(&before), &after),
            (DataFile::Sources, Some(SOURCES), SOURCES),
        ]);
        assert_eq!(changes, [("characters.json/tilda".to_owned(), ChangeKind::Sourced, 9, 9)]);
    }

    #[test]
    fn a_character_met_later_shows_from_when_they_are_met() {
        let met =
            |summary: &str| list(&format!(r#"{{"slug": "x", "introduced": 6, "summary": "{summary}"}}"#));
        let changes = between(&[(DataFile::Characters, Some(&met("A")), &met("B"))]);
        assert_eq!((changes[0].2, changes[0].3), (6, 6));
        let changes = between(&[(DataFile::Characters, None, &met("A"))]);
        assert_eq!((changes[0].1, changes[0].2), (ChangeKind::Added, 6));
    }

    #[test]
    fn an_episode_s_title_waits_for_the_episode_in_strict_mode_only() {
        let episode = |title: &str, synopsis: &str| {
            list(&format!(
                r#"{{"number": 4, "title": "{title}", "synopsis": [{{"text": "{synopsis}", "revealed_in": 4}}]}}"#
            ))
        };
        let before = episode("One", "A");
        let changes = between(&[(DataFile::Episodes, Some(&before), &episode("Two", "A"))]);
        assert_eq!(changes, [("episodes.json/4".to_owned(), ChangeKind::Corrected, 0, 4)]);
        let changes = between(&[(DataFile::Episodes, Some(&before), &episode("One", "B"))]);
        assert_eq!((changes[0].2, changes[0].3), (4, 4));
        let changes = between(&[(DataFile::Episodes, None, &before)]);
        assert_eq!((changes[0].1, changes[0].2, changes[0].3), (ChangeKind::Added, 0, 4));
    }

    #[test]
    fn the_show_s_facts_are_entries_and_the_rest_of_it_one_more() {
        let show = |premise: &str, value: &str| {
            format!(
                r#"{{"premise": "{premise}", "groups": [{{"id": "g", "facts": [{{"id": "season-2", "value": "{value}"}}]}}]}}"#
            )
        };
        let before = show("P", "No");
        let changes = between(&[(DataFile::Show, Some(&before), &show("P", "Not yet"))]);
        assert_eq!(changes, [("show.json/season-2".to_owned(), ChangeKind::Corrected, 0, 0)]);
        let changes = between(&[(DataFile::Show, Some(&before), &show("Q", "No"))]);
        assert_eq!(changes, [("show.json/".to_owned(), ChangeKind::Corrected, 0, 0)]);
    }

    #[test]
    fn a_file_that_does_not_parse_says_nothing() {
        let good = list(&character("A", EARLY, r#""S1""#));
        assert_eq!(between(&[(DataFile::Characters, Some("{"), &good)]), []);
        assert_eq!(between(&[(DataFile::Characters, Some(&good), "{")]), []);
    }
}
