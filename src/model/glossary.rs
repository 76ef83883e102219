use super::{Progress, Reveal, Revealed};
use serde::Deserialize;

/// An in-world term, such as AGDS or the Wellness Program.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub slug: String,
    pub term: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub introduced: Reveal,
    /// What the term means as of its introduction.
    pub definition: String,
    #[serde(default)]
    pub details: Vec<Revealed>,
    #[serde(default)]
    pub see_also: Vec<String>,
    #[serde(default)]
    pub characters: Vec<String>,
    pub sources: Vec<String>,
}

impl Term {
    pub fn visible_at(&self, progress: Progress) -> bool {
        self.introduced.visible_at(progress)
    }
}
