use serde::Deserialize;

/// The series as a whole: what it is and the facts about its making and reception.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Show {
    /// The JSON Schema an editor checks the file against; unused by the wiki.
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    /// The show's title.
    pub title: String,
    /// What the show is about, at the level of its trailer.
    pub premise: String,
    /// Facts about the making and reception, listed on the home page.
    pub facts: Vec<ShowFact>,
    /// Keys of the sources the home page cites.
    pub sources: Vec<String>,
}

/// One fact about the show, dated where it can change (ratings, charts).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShowFact {
    /// What the fact is about ("Premiere").
    pub label: String,
    /// The fact itself.
    pub value: String,
    /// When it was reported, for a fact that can change.
    pub as_of: Option<String>,
    /// Keys of the sources that report it.
    pub sources: Vec<String>,
}
