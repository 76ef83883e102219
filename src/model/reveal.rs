use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// The season has one run of episodes; every reveal point and reading level lies within it.
pub const EPISODE_COUNT: u8 = 10;

/// The point in the story from which a statement may be shown.
///
/// `Premise` is what a viewer knows before pressing play (the trailer and Netflix's own blurb);
/// anything learned on screen belongs to the episode that reveals it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reveal {
    /// Known before the first episode, from the trailer and the show's blurb.
    Premise,
    /// Revealed in this episode.
    Episode(u8),
}

/// In the JSON a reveal point is either the word "premise" or an episode number, which reads
/// naturally to a fan editing the file. Read by hand: serde's untagged enums buffer every value
/// first, which costs the app about 1 KB of compressed wasm.
impl<'de> Deserialize<'de> for Reveal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RevealVisitor)
    }
}

struct RevealVisitor;

impl Visitor<'_> for RevealVisitor {
    type Value = Reveal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("\"premise\" or an episode number")
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Reveal, E> {
        u8::try_from(n).map(Reveal::Episode).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(n), &self))
    }

    fn visit_str<E: de::Error>(self, word: &str) -> Result<Reveal, E> {
        match word {
            "premise" => Ok(Reveal::Premise),
            _ => {
                Err(E::custom(format!("a reveal point is \"premise\" or an episode number, not \"{word}\"")))
            }
        }
    }
}

impl Reveal {
    /// Whether a reader at `progress` has already seen this on screen.
    pub fn visible_at(self, progress: Progress) -> bool {
        match self {
            Reveal::Premise => true,
            Reveal::Episode(n) => n <= progress.watched(),
        }
    }

    /// The episode that reveals it, if it is not part of the premise.
    pub fn episode(self) -> Option<u8> {
        match self {
            Reveal::Premise => None,
            Reveal::Episode(n) => Some(n),
        }
    }
}

/// How far a reader has watched: 0 is "not started", `EPISODE_COUNT` is "finished".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Progress(u8);

impl Progress {
    /// A reader who has not watched anything yet: the safe default.
    pub const NOT_STARTED: Progress = Progress(0);
    /// A reader who has watched the whole season.
    pub const FINISHED: Progress = Progress(EPISODE_COUNT);

    /// Anything past the last episode means the reader has finished the season.
    pub fn up_to(episode: u8) -> Progress {
        Progress(episode.min(EPISODE_COUNT))
    }

    /// The last episode watched, 0 for none.
    pub fn watched(self) -> u8 {
        self.0
    }

    /// Whether `episode` is within what the reader has watched.
    pub fn has_seen(self, episode: u8) -> bool {
        episode <= self.0
    }

    /// A level as the app stores it: plain digits without a sign or a leading zero, within the
    /// season; anything else is `None`. The boot script reads levels with the same rule
    /// (public/reader.js, pinned by tests/cases/reader.json).
    pub fn parse(digits: &str) -> Option<Progress> {
        let plain = matches!(digits.len(), 1 | 2)
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits.len() == 1 || !digits.starts_with('0'));
        let n: u8 = digits.parse().ok().filter(|_| plain)?;
        (n <= EPISODE_COUNT).then_some(Progress(n))
    }

    /// Every level a reader can choose, from "not started" to "finished".
    pub fn all() -> impl Iterator<Item = Progress> {
        (0..=EPISODE_COUNT).map(Progress)
    }

    /// The level as the spoiler control names it ("Up to episode 4").
    pub fn label(self) -> String {
        match self.0 {
            0 => "Not started".to_owned(),
            EPISODE_COUNT => "Finished the season".to_owned(),
            n => format!("Up to episode {n}"),
        }
    }
}

/// What a reader lets the wiki show: how far they have watched, and whether they keep back even
/// what tells that later content exists (strict mode): the titles of episodes they have not
/// watched, and how many held-back statements a section has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Setting {
    /// How far the reader has watched.
    pub progress: Progress,
    /// Whether strict mode is on.
    pub strict: bool,
}

impl Setting {
    /// Every distinct setting, the safe default first: strict mode changes nothing once the
    /// season is finished, so that pair is left out.
    pub fn all() -> impl Iterator<Item = Setting> {
        [false, true].into_iter().flat_map(|strict| {
            Progress::all()
                .map(move |progress| Setting { progress, strict })
                .filter(|setting| !setting.strict || setting.collapses())
        })
    }

    /// Whether the title of `episode` may show.
    pub fn shows_title_of(self, episode: u8) -> bool {
        !self.strict || self.progress.has_seen(episode)
    }

    /// Whether what lies past the setting is kept back as one line per section, which neither
    /// counts it nor names its episodes, instead of a placeholder per statement.
    pub fn collapses(self) -> bool {
        self.strict && self.progress != Progress::FINISHED
    }

    /// The name of the setting's prerendered copies and of its level on a page: "5", or "5s"
    /// in strict mode; a finished season is "10" either way.
    pub fn key(self) -> String {
        let suffix = if self.collapses() { crate::names::STRICT_SUFFIX } else { "" };
        format!("{}{suffix}", self.progress.watched())
    }
}

impl From<Progress> for Setting {
    /// A reader at `progress` outside strict mode.
    fn from(progress: Progress) -> Setting {
        Setting { progress, strict: false }
    }
}

/// A statement about the story together with the point from which it may be shown.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revealed {
    /// The statement, in the wiki's own words.
    pub text: String,
    /// From when it may be shown.
    pub revealed_in: Reveal,
    /// The event it tells, when other pages tell it too: statements that share this key (in the
    /// same episode, on at least two pages) are one event, which the catch-up tells once.
    #[serde(default)]
    pub event: Option<String>,
    /// What the sources leave open about it (who says what, how it is dated), kept out of the
    /// statement's own sentence and shown as a smaller note beside it.
    #[serde(default)]
    pub note: Option<String>,
}

impl Revealed {
    /// Whether a reader at `progress` may see it.
    pub fn visible_at(&self, progress: Progress) -> bool {
        self.revealed_in.visible_at(progress)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_setting_has_a_copy_of_its_own_and_strict_mode_ends_with_the_season() {
        let keys: Vec<String> = Setting::all().map(Setting::key).collect();
        let distinct: std::collections::HashSet<&String> = keys.iter().collect();
        assert_eq!(distinct.len(), keys.len(), "{keys:?}");
        assert_eq!(keys.first().map(String::as_str), Some("0"), "the safe default comes first");
        assert_eq!(keys.len(), Progress::all().count() * 2 - 1);
        let finished = Setting { progress: Progress::FINISHED, strict: true };
        assert!(!finished.collapses());
        assert_eq!(finished.key(), Setting::from(Progress::FINISHED).key());
    }

    #[test]
    fn strict_mode_keeps_back_exactly_the_titles_not_yet_watched() {
        for setting in Setting::all() {
            for episode in 1..=EPISODE_COUNT {
                let expected = !setting.strict || setting.progress.has_seen(episode);
                assert_eq!(setting.shows_title_of(episode), expected, "{setting:?} episode {episode}");
            }
            assert_eq!(setting.collapses(), setting.strict && setting.progress != Progress::FINISHED);
            assert_eq!(setting.key().ends_with(crate::names::STRICT_SUFFIX), setting.collapses());
        }
    }

    #[test]
    fn reveal_reads_premise_and_episode_numbers() {
        let parsed = serde_json::from_str::<Vec<Reveal>>(r#"["premise", 4]"#).ok();
        assert_eq!(parsed, Some(vec![Reveal::Premise, Reveal::Episode(4)]));
        let wrong = serde_json::from_str::<Reveal>(r#""later""#);
        assert!(wrong.is_err());
    }

    #[test]
    fn premise_is_visible_before_the_first_episode() {
        assert!(Reveal::Premise.visible_at(Progress::NOT_STARTED));
        assert!(!Reveal::Episode(1).visible_at(Progress::NOT_STARTED));
    }

    #[test]
    fn an_episode_reveal_shows_from_that_episode_on() {
        for watched in Progress::all() {
            let shown = Reveal::Episode(7).visible_at(watched);
            assert_eq!(shown, watched.watched() >= 7, "at {watched:?}");
        }
    }

    #[test]
    fn progress_is_capped_at_the_finale() {
        assert_eq!(Progress::up_to(42), Progress::FINISHED);
        assert_eq!(Progress::all().count(), 11);
        assert_eq!(Progress::up_to(3).label(), "Up to episode 3");
    }
}
