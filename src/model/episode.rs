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
            Some(title) => format!("{}: {title}", Episode::label(self.number)),
            None => Episode::label(self.number),
        }
    }

    /// "Episode 4": how the wiki names an episode by its number alone.
    pub fn label(number: u8) -> String {
        format!("Episode {number}")
    }
}
