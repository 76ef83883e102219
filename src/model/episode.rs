use super::Revealed;
use serde::Deserialize;

/// One episode of the season. Unconfirmed credits are empty lists or `None`, never guesses.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Episode {
    pub number: u8,
    pub title: Option<String>,
    /// ISO date, e.g. "2022-09-08".
    pub released: String,
    pub runtime_minutes: Option<u16>,
    #[serde(default)]
    pub directors: Vec<String>,
    #[serde(default)]
    pub writers: Vec<String>,
    /// The sources of each of the facts above that the entry gives, so a fan's addition
    /// cannot slip in on the sources of the rest of the page.
    #[serde(default)]
    pub cited_for: CitedFor,
    #[serde(default)]
    pub synopsis: Vec<Revealed>,
    /// Slugs of the characters sources place in this episode.
    #[serde(default)]
    pub characters: Vec<String>,
    pub sources: Vec<String>,
}

impl Episode {
    /// "Episode 4: One of Us", or just "Episode 2" while the title is unconfirmed.
    pub fn heading(&self) -> String {
        match &self.title {
            Some(title) => format!("Episode {}: {title}", self.number),
            None => format!("Episode {}", self.number),
        }
    }
}

/// Source keys per episode fact; a fact the entry gives needs its own.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedFor {
    #[serde(default)]
    pub title: Vec<String>,
    #[serde(default)]
    pub runtime_minutes: Vec<String>,
    #[serde(default)]
    pub directors: Vec<String>,
    #[serde(default)]
    pub writers: Vec<String>,
}
