//! What changed in the data and when, as the build read it from the repository's history
//! (`data/history.json`): each entry's changes, newest first, each marked with the episode
//! from which every part it touched may be shown. The app and the prerenderer read the same
//! file, so a page says the same "Updated …" in both.
//!
//! A change is shown at a setting only if every part it touched is; its message, which fans
//! write freely and may name anything, only once the season is finished.

use super::{DataFile, Progress, Setting, Wiki};
use serde::Deserialize;

/// The data's history, newest change first; empty when the build had none to read (a shallow
/// clone, a tarball), so that the wiki says nothing rather than something wrong.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Every change to an entry, newest first.
    pub changes: Vec<Change>,
    /// Whether the build wrote the Atom feed of these changes (it needs the site's origin).
    #[serde(default)]
    pub feed: bool,
}

/// One entry's change in one commit.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The commit's id.
    pub commit: String,
    /// When it was committed, as RFC 3339 ("2026-12-03T10:15:00+00:00").
    pub date: String,
    /// The file the entry is in.
    pub file: DataFile,
    /// The entry's id in its file (a slug, an episode's number, a fact's id, a source's key);
    /// empty for what show.json says of the show outside its facts.
    pub entry: String,
    /// What kind of change it was.
    pub kind: ChangeKind,
    /// The episode from which every part it touched may be shown; 0 for the premise.
    pub shown_from: u8,
    /// The same in strict mode, where an episode's title waits for the episode too.
    pub strict_from: u8,
    /// The first line of the commit's message.
    pub message: String,
}

/// What a change did to its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// The entry is new.
    Added,
    /// Only its sources changed.
    Sourced,
    /// Anything else: a statement, a name, a date.
    Corrected,
}

impl ChangeKind {
    /// How the list of changes names it.
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Sourced => "sourced",
            ChangeKind::Corrected => "corrected",
        }
    }
}

impl Change {
    /// Whether a reader with `setting` may see that it happened.
    pub fn shown_at(&self, setting: Setting) -> bool {
        let from = if setting.strict { self.strict_from } else { self.shown_from };
        setting.progress.has_seen(from)
    }

    /// Its message, only for a reader who has finished the season: a message is free text
    /// that no data marks with an episode.
    pub fn message_at(&self, setting: Setting) -> Option<&str> {
        (setting.progress == Progress::FINISHED && !self.message.is_empty()).then_some(self.message.as_str())
    }

    /// The day it was committed ("2026-12-03").
    pub fn day(&self) -> &str {
        self.date.get(..10).unwrap_or(&self.date)
    }
}

/// The latest changes a setting shows, and how many it holds back among them.
pub struct RecentChanges<'a> {
    /// Each change shown, with its entry's name at the setting, newest first.
    pub shown: Vec<(&'a Change, String)>,
    /// How many changes newer than the last one shown the setting holds back.
    pub later: usize,
}

impl Wiki {
    /// The name a reader with `setting` knows an entry by; `None` for an entry the data does
    /// not have, or one the setting holds back.
    pub fn entry_name(&self, file: DataFile, id: &str, setting: Setting) -> Option<String> {
        let progress = setting.progress;
        match file {
            DataFile::Characters => {
                self.character(id).filter(|c| c.visible_at(progress)).map(|c| c.name.clone())
            }
            DataFile::Creatures => self.creature(id).map(|c| c.name.clone()),
            DataFile::Episodes => self.episode(id.parse().ok()?).map(|e| e.heading(setting)),
            DataFile::Glossary => self.term(id).filter(|t| t.visible_at(progress)).map(|t| t.term.clone()),
            DataFile::Show if id.is_empty() => Some(self.show().title.clone()),
            DataFile::Show => self.show().fact(id).map(|fact| fact.label.clone()),
            DataFile::Sources => {
                self.source(id).filter(|s| s.revealed_in.visible_at(progress)).map(|s| s.publisher.clone())
            }
        }
    }

    /// The latest change a reader with `setting` may see to the entry `id` of `file`, or to any
    /// entry of it when `id` is `None` (a section's own page).
    pub fn last_changed(&self, file: DataFile, id: Option<&str>, setting: Setting) -> Option<&Change> {
        self.history().changes.iter().find(|change| {
            change.file == file && id.is_none_or(|id| change.entry == id) && change.shown_at(setting)
        })
    }

    /// Up to `limit` of the latest changes a reader with `setting` may see, each with the name
    /// they know its entry by. A change is held back if any part it touched is, or if its entry
    /// is; a change to an entry since removed from the data is left out.
    pub fn recent_changes(&self, setting: Setting, limit: usize) -> RecentChanges<'_> {
        let finished = Setting::from(Progress::FINISHED);
        let mut recent = RecentChanges { shown: Vec::new(), later: 0 };
        let current = self
            .history()
            .changes
            .iter()
            .filter(|change| self.entry_name(change.file, &change.entry, finished).is_some());
        for change in current {
            if recent.shown.len() == limit {
                break;
            }
            let name = change.shown_at(setting).then(|| self.entry_name(change.file, &change.entry, setting));
            match name.flatten() {
                Some(name) => recent.shown.push((change, name)),
                None => recent.later += 1,
            }
        }
        recent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(shown_from: u8, strict_from: u8) -> Change {
        Change {
            commit: "c".to_owned(),
            date: "2026-12-03T10:15:00Z".to_owned(),
            file: DataFile::Episodes,
            entry: "4".to_owned(),
            kind: ChangeKind::Corrected,
            shown_from,
            strict_from,
            message: "Episode 4's title".to_owned(),
        }
    }

    #[test]
    fn a_change_shows_from_its_episode_and_in_strict_mode_from_its_strict_one() {
        // An episode's title: shown from the start, in strict mode from the episode.
        let title = change(0, 4);
        for setting in Setting::all() {
            let expected = !setting.strict || setting.progress.has_seen(4);
            assert_eq!(title.shown_at(setting), expected, "{}", setting.key());
        }
        let late = change(7, 7);
        assert!(!late.shown_at(Setting::from(Progress::up_to(6))));
        assert!(late.shown_at(Setting::from(Progress::up_to(7))));
    }

    #[test]
    fn a_message_shows_only_at_the_end_of_the_season() {
        let change = change(0, 0);
        for setting in Setting::all() {
            let expected = setting.progress == Progress::FINISHED;
            assert_eq!(change.message_at(setting).is_some(), expected, "{}", setting.key());
        }
        assert_eq!(change.day(), "2026-12-03");
    }
}
