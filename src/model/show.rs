use serde::Deserialize;

/// The series as a whole: what it is and the facts about its making and reception.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Show {
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    pub title: String,
    /// What the show is about, at the level of its trailer.
    pub premise: String,
    pub facts: Vec<ShowFact>,
    pub sources: Vec<String>,
}

/// One fact about the show, dated where it can change (ratings, charts).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShowFact {
    pub label: String,
    pub value: String,
    pub as_of: Option<String>,
    pub sources: Vec<String>,
}
