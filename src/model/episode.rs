use super::{Revealed, Setting};
use serde::Deserialize;

/// One episode of the season. Unconfirmed credits are empty lists or `None`, never guesses.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Episode {
    /// Its place in the season, 1 to `EPISODE_COUNT`: the address key.
    pub number: u8,
    /// `None` while no source confirms it.
    pub title: Option<String>,
    /// ISO date, e.g. "2022-09-08".
    pub released: String,
    /// `None` while no source confirms it.
    pub runtime_minutes: Option<u16>,
    /// Empty while no source confirms them.
    #[serde(default)]
    pub directors: Vec<String>,
    /// Empty while no source confirms them.
    #[serde(default)]
    pub writers: Vec<String>,
    /// The sources of each of the facts above that the entry gives, so a fan's addition
    /// cannot slip in on the sources of the rest of the page.
    #[serde(default)]
    pub cited_for: CitedFor,
    /// What happens, statement by statement.
    #[serde(default)]
    pub synopsis: Vec<Revealed>,
    /// Slugs of the characters sources place in this episode.
    #[serde(default)]
    pub characters: Vec<String>,
    /// Keys of the sources the page cites.
    pub sources: Vec<String>,
}

impl Episode {
    /// How the wiki names episode `number` wherever it names one: "Episode 4".
    pub fn label(number: u8) -> String {
        format!("Episode {number}")
    }

    /// The title as a reader with `setting` may see it: `None` while it is unconfirmed, or in
    /// strict mode for an episode they have not watched.
    pub fn title_for(&self, setting: Setting) -> Option<&str> {
        self.title.as_deref().filter(|_| setting.shows_title_of(self.number))
    }

    /// "Episode 4: One of Us", or just "Episode 4" while the title is unconfirmed or kept back.
    pub fn heading(&self, setting: Setting) -> String {
        match self.title_for(setting) {
            Some(title) => format!("{}: {title}", Episode::label(self.number)),
            None => Episode::label(self.number),
        }
    }
}

/// Source keys per episode fact; a fact the entry gives needs its own.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedFor {
    /// The sources of the title.
    #[serde(default)]
    pub title: Vec<String>,
    /// The sources of the runtime.
    #[serde(default)]
    pub runtime_minutes: Vec<String>,
    /// The sources of the directors.
    #[serde(default)]
    pub directors: Vec<String>,
    /// The sources of the writers.
    #[serde(default)]
    pub writers: Vec<String>,
}
