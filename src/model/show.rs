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
    /// The facts about the show, in the groups the show page lists them in.
    pub groups: Vec<FactGroup>,
    /// Keys of the sources of the premise.
    pub sources: Vec<String>,
}

impl Show {
    /// Every fact, group by group.
    pub fn facts(&self) -> impl Iterator<Item = &ShowFact> {
        self.groups.iter().flat_map(|group| &group.facts)
    }

    /// The fact with this id (its anchor on the show page).
    pub fn fact(&self, id: &str) -> Option<&ShowFact> {
        self.facts().find(|fact| fact.id == id)
    }

    /// The question fans ask first and its answer (whether there is a season 2): the first fact
    /// of the first group, which the home page leads with.
    pub fn lead(&self) -> Option<(&FactGroup, &ShowFact)> {
        let group = self.groups.first()?;
        Some((group, group.facts.first()?))
    }
}

/// Facts a fan looks for together ("Cast and crew"), under one heading of the show page.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactGroup {
    /// Its anchor on the show page, unique among groups and facts.
    pub id: String,
    /// Its heading, as a fan would ask or name it.
    pub heading: String,
    /// Whether the cast list (the characters' actors) opens this group.
    #[serde(default)]
    pub cast: bool,
    /// The words fans search for the group as a whole with; none: found through its facts.
    #[serde(default)]
    pub asked_as: Vec<String>,
    /// Its facts, in the order the page lists them.
    pub facts: Vec<ShowFact>,
}

/// One fact about the show, dated where it can change (ratings, charts).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShowFact {
    /// Its anchor on the show page, where search leads ("season-2").
    pub id: String,
    /// What the fact is about ("Premiere").
    pub label: String,
    /// The fact itself, stated plainly.
    pub value: String,
    /// What a reader should know about its sources (one source only, listings differ…).
    pub note: Option<String>,
    /// The people or companies the value names, written as there, for structured data.
    #[serde(default)]
    pub names: Vec<String>,
    /// The date the value gives, as an ISO date ("2022-09-08"), for structured data.
    pub date: Option<String>,
    /// The numbers the value gives, one per period, which the show page also draws.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// When it was reported, for a fact that can change.
    pub as_of: Option<String>,
    /// The words fans search for it with ("season 2", "renewed"), so a fan can add one.
    #[serde(default)]
    pub asked_as: Vec<String>,
    /// Keys of the sources that report it.
    pub sources: Vec<String>,
}

/// Hours viewed in one period, and the place in Netflix's weekly Top 10 if it had one.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The period, as the chart and its table name it ("5–11 September 2022").
    pub period: String,
    /// Its place in the weekly Top 10 that period.
    pub rank: Option<u8>,
    /// Hours viewed in the period.
    pub hours: u64,
}
