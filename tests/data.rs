//! Checks the data the wiki ships: it parses, it holds together, it covers the fact sheet, and it
//! spells names the way the show does.

use imperfects_wiki::model::{DataError, DataFile, Group, Reveal, SerdeJson, Wiki, EPISODE_COUNT};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")
}

fn shipped_texts() -> HashMap<DataFile, String> {
    DataFile::ALL
        .iter()
        .map(|&file| {
            let path = data_dir().join(file.file_name());
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (file, text)
        })
        .collect()
}

fn build(texts: &HashMap<DataFile, String>) -> Result<Wiki, Vec<DataError>> {
    Wiki::from_texts(&SerdeJson, |file| texts[&file].as_str())
}

fn shipped() -> Wiki {
    build(&shipped_texts()).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the shipped data has problems:\n{}", list.join("\n"))
    })
}

#[test]
fn shipped_data_parses_and_holds_together() {
    shipped();
}

#[test]
fn the_trio_have_their_creatures_and_powers() {
    let wiki = shipped();
    for (slug, name, creature) in [
        ("tilda-weber", "Tilda Weber", "banshee"),
        ("juan-ruiz", "Juan Ruiz", "chupacabra"),
        ("abbi-singh", "Abbi Singh", "succubus"),
    ] {
        let character = wiki.character(slug).unwrap_or_else(|| panic!("no page for {name}"));
        assert_eq!(character.name, name);
        assert_eq!(character.group, Group::Trio);
        assert_eq!(character.creature.as_deref(), Some(creature));
        let creature = wiki.creature(creature).unwrap();
        assert_eq!(creature.bearer, slug);
        assert!(creature.powers.len() >= 2, "{} needs its powers in detail", creature.name);
    }
}

#[test]
fn every_character_on_the_fact_sheet_has_a_page() {
    let wiki = shipped();
    let names: Vec<&str> = wiki.characters().iter().map(|c| c.name.as_str()).collect();
    for expected in [
        "Tilda Weber",
        "Abbi Singh",
        "Juan Ruiz",
        "Dr. Sydney Burke",
        "Isabel Finch",
        "Dr. Alex Sarkov",
        "Hannah Moore",
        "Owen Schultz",
        "Doug",
        "Zoe",
        "Darcy",
        "Dr. Hallenbeck",
    ] {
        assert!(names.contains(&expected), "no page for {expected}; pages: {names:?}");
    }
    let actors: Vec<&str> = wiki.characters().iter().filter_map(|c| c.actor.as_deref()).collect();
    for actor in ["Jedidiah Goodacre", "Jennifer Cheon Garcia", "Kyra Zagorsky", "Italia Ricci"] {
        assert!(actors.contains(&actor), "{actor} is on the fact sheet's cast list");
    }
}

#[test]
fn all_ten_episodes_with_only_the_confirmed_titles() {
    let wiki = shipped();
    assert_eq!(wiki.episodes().len(), usize::from(EPISODE_COUNT));
    let titles: Vec<(u8, Option<&str>)> =
        wiki.episodes().iter().map(|e| (e.number, e.title.as_deref())).collect();
    for (number, title) in titles {
        let confirmed = match number {
            4 => Some("One of Us"),
            5 => Some("Zoe Must Be Destroyed"),
            10 => Some("Destroy All Monsters"),
            _ => None,
        };
        assert_eq!(title, confirmed, "episode {number}");
    }
    for episode in wiki.episodes() {
        assert_eq!(episode.released, "2022-09-08");
        assert!(
            episode.directors.is_empty() && episode.writers.is_empty(),
            "per-episode credits are unconfirmed (episode {})",
            episode.number
        );
    }
}

#[test]
fn the_big_twists_wait_for_the_finale() {
    let wiki = shipped();
    let hallenbeck = wiki.character("dr-hallenbeck").unwrap();
    assert_eq!(hallenbeck.introduced, Reveal::Episode(10));
    let finch = wiki.character("isabel-finch").unwrap();
    assert!(finch.introduced >= Reveal::Episode(5), "Finch is a mid-season reveal at the earliest");
    let tilda = wiki.character("tilda-weber").unwrap();
    assert!(tilda.status.iter().all(|s| s.revealed_in == Reveal::Episode(10)));
}

/// Forms that low-quality sources use, per section 6 of the fact sheet. A pattern ending in
/// `\b` must not be followed by a letter (so "Weber" does not match "Webe").
const MISSPELLINGS: &[&str] = &[
    "Webber",
    "Webe\\b",
    "Godroy",
    "Inaki",
    "Iaki\\b",
    "Solkov",
    "Zarkov",
    "Sarvok",
    "Fich\\b",
    "Hanah",
    "Cambell",
    "Erickson",
    "Ericksen",
    "Sidney",
    "AGDT",
    "AGDC",
    "Acute Genetic Decay Program",
    "Shultz",
    "eight-episode",
    "8 October 2022",
];

fn misspellings_in(text: &str) -> Vec<&'static str> {
    MISSPELLINGS
        .iter()
        .filter(|pattern| {
            let (word, bounded) = match pattern.strip_suffix("\\b") {
                Some(word) => (word, true),
                None => (**pattern, false),
            };
            text.match_indices(word)
                .any(|(at, _)| !bounded || !text[at + word.len()..].starts_with(|c: char| c.is_alphabetic()))
        })
        .copied()
        .collect()
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn nothing_in_public_uses_a_known_misspelling() {
    assert_eq!(misspellings_in("Tilda Webber and Isabel Fich"), vec!["Webber", "Fich\\b"]);
    assert!(misspellings_in("Tilda Weber, Isabel Finch, Iñaki").is_empty());
    let mut files = Vec::new();
    files_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public"), &mut files);
    let mut found = Vec::new();
    for path in files {
        if let Ok(text) = fs::read_to_string(&path) {
            for word in misspellings_in(&text) {
                found.push(format!("{}: {word}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "misspellings: {found:?}");
}

fn replace_once(texts: &mut HashMap<DataFile, String>, file: DataFile, from: &str, to: &str) {
    let text = texts.get_mut(&file).unwrap();
    assert!(text.contains(from), "{file} no longer contains {from:?}; update this test");
    *text = text.replacen(from, to, 1);
}

#[test]
fn a_dangling_reference_names_the_file_and_entry() {
    let mut texts = shipped_texts();
    replace_once(&mut texts, DataFile::Creatures, "\"bearer\": \"tilda-weber\"", "\"bearer\": \"tilda\"");
    let errors = build(&texts).unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("creatures.json, entry \"banshee\"") && m.contains("character \"tilda\"")),
        "{messages:?}"
    );
}

#[test]
fn a_duplicate_id_names_the_file_and_entry() {
    let mut texts = shipped_texts();
    replace_once(&mut texts, DataFile::Characters, "\"slug\": \"juan-ruiz\"", "\"slug\": \"tilda-weber\"");
    let errors = build(&texts).unwrap_err();
    assert!(
        errors.iter().any(|e| e.file == DataFile::Characters
            && e.entry.as_deref() == Some("tilda-weber")
            && e.problem.contains("more than one")),
        "{errors:?}"
    );
}

#[test]
fn a_reveal_outside_the_season_is_refused() {
    let mut texts = shipped_texts();
    replace_once(&mut texts, DataFile::Episodes, "\"revealed_in\": 4", "\"revealed_in\": 11");
    let errors = build(&texts).unwrap_err();
    assert!(
        errors.iter().any(|e| e.file == DataFile::Episodes
            && e.entry.as_deref() == Some("4")
            && e.problem.contains("outside the season")),
        "{errors:?}"
    );
}

#[test]
fn a_page_without_sources_is_refused() {
    let mut texts = shipped_texts();
    let glossary = texts.get_mut(&DataFile::Glossary).unwrap();
    let start = glossary.find("\"sources\": [").unwrap();
    let end = start + glossary[start..].find(']').unwrap();
    glossary.replace_range(start..=end, "\"sources\": []");
    let errors = build(&texts).unwrap_err();
    assert!(
        errors.iter().any(|e| e.file == DataFile::Glossary && e.problem.contains("no source")),
        "{errors:?}"
    );
}
