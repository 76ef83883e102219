use super::Reveal;
use serde::Deserialize;

/// A published page the wiki's facts come from, cited by its key (e.g. "S33").
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The key pages cite it by ("S33").
    pub key: String,
    /// Who published it.
    pub publisher: String,
    /// What the page is, in a few words of the wiki's own.
    pub about: String,
    /// `None` where the page's address was not recorded; it is then cited by name only.
    pub url: Option<String>,
    /// How far the wiki trusts it, shown beside it.
    pub reliability: Reliability,
    /// From when the source may be listed: an address like "…-ending-explained" or a
    /// description naming a twist is itself a spoiler.
    pub revealed_in: Reveal,
}

/// How far a source can be trusted for facts about the show, as the fact sheet rates it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reliability {
    /// Trusted for what it states.
    High,
    /// Usually right; better confirmed elsewhere.
    Medium,
    /// Cited only where nothing better says it.
    Low,
}

impl Reliability {
    /// How the source list names it.
    pub fn label(self) -> &'static str {
        match self {
            Reliability::High => "high reliability",
            Reliability::Medium => "medium reliability",
            Reliability::Low => "low reliability",
        }
    }
}
