//! The data's history as the build reads it: from a repository each test makes (an entry
//! added, corrected, then given a source), through the prerenderer's `git` reading and the
//! model's rules, to what each setting is told: an entry's last change, the list of changes,
//! the feed. A shallow clone has none. Natively, with `git`; no browser.
#![cfg(feature = "ssr")]

mod common;

use common::{hidden, scripted_history};
use imperfects_wiki::deployment;
use imperfects_wiki::model::{ChangeKind, DataFile, History, Progress, Reveal, Setting, Wiki};
use imperfects_wiki::prerender::{feed, history};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A repository in a temporary directory, removed when the test ends.
struct Repository(PathBuf);

impl Repository {
    fn new() -> Repository {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "wiki-history-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("public/data")).unwrap_or_else(|e| panic!("{e}"));
        let repository = Repository(dir);
        repository.git(&["init", "-q"], None);
        repository
    }

    fn git(&self, args: &[&str], date: Option<&str>) {
        let mut command = Command::new("git");
        command.arg("-C").arg(&self.0).args(["-c", "user.name=Fan", "-c", "user.email=fan@example.org"]);
        command.args(["-c", "commit.gpgsign=false"]).args(args);
        if let Some(date) = date {
            command.env("GIT_AUTHOR_DATE", date).env("GIT_COMMITTER_DATE", date);
        }
        let output = command.output().unwrap_or_else(|e| panic!("git: {e}"));
        assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    }

    /// Commits the files as given, at `date`.
    fn commit(&self, files: &[(DataFile, &str)], message: &str, date: &str) {
        for (file, text) in files {
            std::fs::write(self.0.join("public/data").join(file.file_name()), text)
                .unwrap_or_else(|e| panic!("{e}"));
        }
        self.git(&["add", "-A"], None);
        self.git(&["commit", "-q", "-m", message], Some(date));
    }
}

impl Drop for Repository {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn wiki() -> Wiki {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    Wiki::load_from_dir(&dir).unwrap_or_else(|e| panic!("the shipped data does not load: {e}"))
}

/// A character met in the premise, one met in a later episode (and that episode), and a source
/// the premise may cite and one it may not (with its episode), all from the shipped data.
struct Cast {
    early: String,
    late: (String, u8),
    early_source: String,
    late_source: (String, u8),
}

fn cast(wiki: &Wiki) -> Cast {
    let early = wiki.characters().iter().find(|c| c.introduced == Reveal::Premise);
    let late = wiki.characters().iter().find_map(|c| Some((c.slug.clone(), c.introduced.episode()?)));
    let sources: Vec<(String, Reveal)> =
        wiki.source_keys().filter_map(|key| Some((key.to_owned(), wiki.source(key)?.revealed_in))).collect();
    let early_source = sources.iter().find(|(_, reveal)| *reveal == Reveal::Premise);
    let late_source =
        sources.iter().find_map(|(key, reveal)| Some((key.clone(), reveal.episode().filter(|n| *n > 1)?)));
    match (early, late, early_source, late_source) {
        (Some(early), Some(late), Some((early_source, _)), Some(late_source)) => {
            Cast { early: early.slug.clone(), late, early_source: early_source.clone(), late_source }
        }
        _ => panic!("the data has no character or source of the premise, or none later"),
    }
}

const ADDED: &str = "2026-11-01T09:00:00Z";
const CORRECTED: &str = "2026-11-02T09:00:00Z";
const SOURCED: &str = "2026-11-03T09:00:00Z";
const LATE_ADDED: &str = "2026-11-04T09:00:00Z";

/// The scripted history: a premise character added (with a statement of episode 1 and one of
/// episode 7), their episode 7 statement corrected, a later source cited for them, and a
/// character met later added.
fn scripted(cast: &Cast) -> Repository {
    let character = |slug: &str, introduced: &str, late_text: &str, sources: &str| {
        format!(
            r#"{{"slug": "{slug}", "introduced": {introduced}, "summary": "S",
              "story": [{{"text": "One", "revealed_in": 1}}, {{"text": "{late_text}", "revealed_in": 7}}],
              "sources": [{sources}]}}"#
        )
    };
    let list = |entries: &[String]| format!(r#"{{"entries": [{}]}}"#, entries.join(", "));
    let sources = list(&[
        format!(r#"{{"key": "{}", "revealed_in": "premise"}}"#, cast.early_source),
        format!(r#"{{"key": "{}", "revealed_in": {}}}"#, cast.late_source.0, cast.late_source.1),
    ]);
    let early_source = format!("\"{}\"", cast.early_source);
    let both_sources = format!("{early_source}, \"{}\"", cast.late_source.0);
    let repository = Repository::new();
    let first = character(&cast.early, "\"premise\"", "Seven", &early_source);
    repository.commit(
        &[(DataFile::Characters, &list(&[first])), (DataFile::Sources, &sources)],
        "Add them",
        ADDED,
    );
    let corrected = character(&cast.early, "\"premise\"", "Seven, corrected", &early_source);
    repository.commit(
        &[(DataFile::Characters, &list(&[corrected]))],
        "Fix what happens in episode 7",
        CORRECTED,
    );
    let sourced = character(&cast.early, "\"premise\"", "Seven, corrected", &both_sources);
    repository.commit(
        &[(DataFile::Characters, &list(std::slice::from_ref(&sourced)))],
        "Cite a review",
        SOURCED,
    );
    let late = character(&cast.late.0, &cast.late.1.to_string(), "Seven", &early_source);
    repository.commit(
        &[(DataFile::Characters, &list(&[sourced, late]))],
        "Add a character met later",
        LATE_ADDED,
    );
    repository
}

#[test]
fn the_changes_of_each_entry_come_from_the_repository_history() {
    let wiki = wiki();
    let cast = cast(&wiki);
    let repository = scripted(&cast);
    let history = history::read(&repository.0).unwrap_or_else(|e| panic!("{e}"));
    let of = |slug: &str| -> Vec<(ChangeKind, &str, u8, &str)> {
        history
            .changes
            .iter()
            .filter(|c| c.file == DataFile::Characters && c.entry == slug)
            .map(|c| (c.kind, c.date.as_str(), c.shown_from, c.message.as_str()))
            .collect()
    };
    assert_eq!(
        of(&cast.early),
        [
            (ChangeKind::Sourced, SOURCED, cast.late_source.1.max(1), "Cite a review"),
            (ChangeKind::Corrected, CORRECTED, 7, "Fix what happens in episode 7"),
            (ChangeKind::Added, ADDED, 0, "Add them"),
        ],
        "newest first; a correction is its statement's, a source the source's"
    );
    assert_eq!(of(&cast.late.0), [(ChangeKind::Added, LATE_ADDED, cast.late.1, "Add a character met later")]);
    let sources: Vec<(&str, u8)> = history
        .changes
        .iter()
        .filter(|c| c.file == DataFile::Sources)
        .map(|c| (c.entry.as_str(), c.shown_from))
        .collect();
    assert_eq!(sources.len(), 2, "{sources:?}");
}

#[test]
fn an_entry_s_last_change_is_the_latest_the_setting_shows() {
    let wiki = wiki();
    let cast = cast(&wiki);
    let repository = scripted(&cast);
    let history = history::read(&repository.0).unwrap_or_else(|e| panic!("{e}"));
    let wiki = wiki.with_history(history);
    for progress in Progress::all() {
        let setting = Setting::from(progress);
        let expected = if progress.has_seen(cast.late_source.1.max(1)) {
            SOURCED
        } else if progress.has_seen(7) {
            CORRECTED
        } else {
            ADDED
        };
        let last =
            wiki.last_changed(DataFile::Characters, Some(&cast.early), setting).map(|c| c.date.as_str());
        assert_eq!(last, Some(expected), "at {}", setting.key());
        // A section's own page: the latest change to any entry its setting shows.
        let any = wiki.last_changed(DataFile::Characters, None, setting).map(|c| c.date.as_str());
        let latest = if progress.has_seen(cast.late.1) { LATE_ADDED } else { expected };
        assert_eq!(any, Some(latest), "at {}", setting.key());
    }
    assert_eq!(wiki.last_changed(DataFile::Glossary, None, Setting::default()), None, "no change, no date");
}

#[test]
fn the_list_of_changes_says_how_many_it_holds_back_and_messages_only_at_the_end() {
    let wiki = wiki();
    let cast = cast(&wiki);
    let repository = scripted(&cast);
    let wiki = wiki.with_history(history::read(&repository.0).unwrap_or_else(|e| panic!("{e}")));
    let start = wiki.recent_changes(Setting::default(), usize::MAX);
    let shown: Vec<(&str, ChangeKind)> =
        start.shown.iter().map(|(c, _)| (c.entry.as_str(), c.kind)).collect();
    // Within a commit, file by file as `DataFile::ALL` lists them.
    assert_eq!(
        shown,
        [(cast.early_source.as_str(), ChangeKind::Added), (cast.early.as_str(), ChangeKind::Added)]
    );
    assert_eq!(start.later, 4, "the correction, the citation, the later character and the later source");
    assert!(start.shown.iter().all(|(c, _)| c.message_at(Setting::default()).is_none()));
    let end = Setting::from(Progress::FINISHED);
    let finished = wiki.recent_changes(end, usize::MAX);
    assert_eq!((finished.shown.len(), finished.later), (6, 0));
    assert_eq!(finished.shown[0].0.message_at(end), Some("Add a character met later"));
    let first_two = wiki.recent_changes(end, 2);
    assert_eq!(first_two.shown.len(), 2);
}

#[test]
fn the_change_list_at_each_setting_names_nothing_the_setting_holds_back() {
    // Every change of the repository's own history where the clone has it, and the scripted
    // history of a change to every entry.
    let wiki = wiki();
    let own = history::read(Path::new(env!("CARGO_MANIFEST_DIR")));
    if let Err(why) = &own {
        eprintln!("the repository's own history is not here ({why}); the scripted one only");
    }
    for history in [own.unwrap_or_default(), scripted_history(&wiki)] {
        let wiki = wiki.clone().with_history(history);
        for setting in Setting::all() {
            let secrets = hidden(&wiki, setting);
            let recent = wiki.recent_changes(setting, usize::MAX);
            for (change, name) in &recent.shown {
                assert!(change.shown_at(setting));
                let told = format!("{name} {}", change.message_at(setting).unwrap_or_default());
                let leaks: Vec<&String> = secrets.iter().filter(|s| told.contains(s.as_str())).collect();
                assert!(leaks.is_empty(), "at {}: {told} tells {leaks:?}", setting.key());
            }
        }
    }
}

#[test]
fn a_shallow_clone_or_a_tarball_has_no_history() {
    let wiki = wiki();
    let repository = scripted(&cast(&wiki));
    let shallow = Repository::new();
    let _ = std::fs::remove_dir_all(&shallow.0);
    let source = format!("file://{}", repository.0.display());
    let clone = Command::new("git")
        .args(["clone", "-q", "--depth", "1", &source])
        .arg(&shallow.0)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(clone.status.success(), "{}", String::from_utf8_lossy(&clone.stderr));
    let read = history::read(&shallow.0);
    assert!(read.as_ref().is_err_and(|why| why.contains("shallow")), "{read:?}");
    let tarball = std::env::temp_dir().join(format!("wiki-no-history-{}", std::process::id()));
    std::fs::create_dir_all(&tarball).unwrap_or_else(|e| panic!("{e}"));
    let read = history::read(&tarball);
    let _ = std::fs::remove_dir_all(&tarball);
    // Outside any repository; a temporary directory inside one would read that one's history.
    if !Command::new("git")
        .arg("-C")
        .arg(std::env::temp_dir())
        .args(["rev-parse"])
        .status()
        .is_ok_and(|s| s.success())
    {
        assert!(read.is_err(), "{read:?}");
    }
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The Atom element `name` under `node`.
fn child<'a, 'input>(node: roxmltree::Node<'a, 'input>, name: &str) -> Option<roxmltree::Node<'a, 'input>> {
    node.children().find(|n| n.tag_name().name() == name && n.tag_name().namespace() == Some(ATOM))
}

#[test]
fn the_feed_is_atom_with_only_what_the_default_shows() {
    let wiki = wiki();
    let cast = cast(&wiki);
    let repository = scripted(&cast);
    let wiki = wiki.with_history(history::read(&repository.0).unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(feed::atom(&Wiki::clone(&wiki).with_history(History::default())), None, "no history, no feed");
    deployment::set("https://fans.example", "/imperfects/");
    let xml = feed::atom(&wiki).unwrap_or_else(|| panic!("a feed"));
    let document = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
    let root = document.root_element();
    assert_eq!((root.tag_name().name(), root.tag_name().namespace()), ("feed", Some(ATOM)));
    for required in ["id", "title", "updated", "author"] {
        assert!(child(root, required).is_some(), "the feed has no {required}");
    }
    assert!(child(root, "author").and_then(|a| child(a, "name")).is_some());
    let entries: Vec<_> = root.children().filter(|n| n.tag_name().name() == "entry").collect();
    let names: Vec<String> =
        wiki.recent_changes(Setting::default(), usize::MAX).shown.into_iter().map(|(_, n)| n).collect();
    assert_eq!(entries.len(), names.len());
    for (entry, name) in entries.iter().zip(&names) {
        for required in ["id", "title", "updated", "link"] {
            assert!(child(*entry, required).is_some(), "an entry has no {required}: {xml}");
        }
        let title = child(*entry, "title").and_then(|t| t.text()).unwrap_or_default();
        assert!(title.starts_with(name.as_str()), "{title}");
        let link = child(*entry, "link").and_then(|l| l.attribute("href")).unwrap_or_default();
        assert!(link.starts_with("https://fans.example/imperfects/"), "{link}");
    }
    let secrets = hidden(&wiki, Setting::default());
    let leaks: Vec<&String> = secrets.iter().filter(|s| xml.contains(s.as_str())).collect();
    assert!(leaks.is_empty(), "{leaks:?}");
    assert!(!xml.contains("Fix what happens"), "no message in the feed");
    assert_eq!(child(root, "updated").and_then(|u| u.text()), Some(ADDED));
}
