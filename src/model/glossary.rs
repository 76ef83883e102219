use super::{Progress, Reveal, Revealed};
use serde::Deserialize;

/// An in-world term, such as AGDS or the Wellness Program.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The term's anchor on the glossary page ("agds").
    pub slug: String,
    /// The term as the show uses it.
    pub term: String,
    /// Other names search finds it by.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// From when the wiki may name the term at all.
    pub introduced: Reveal,
    /// What the term means as of its introduction.
    pub definition: String,
    /// More about it, statement by statement.
    #[serde(default)]
    pub details: Vec<Revealed>,
    /// Slugs of related terms.
    #[serde(default)]
    pub see_also: Vec<String>,
    /// Slugs of the characters it concerns.
    #[serde(default)]
    pub characters: Vec<String>,
    /// Keys of the sources the entry cites.
    pub sources: Vec<String>,
}

impl Term {
    /// Whether a reader at `progress` may see the term anywhere.
    pub fn visible_at(&self, progress: Progress) -> bool {
        self.introduced.visible_at(progress)
    }
}
