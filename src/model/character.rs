use super::{Progress, Reveal, Revealed};
use serde::Deserialize;

/// A person in the show, with everything the wiki says about them and when each part is revealed.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Character {
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `None` where no source confirms who plays the part.
    pub actor: Option<String>,
    pub group: Group,
    /// The slug of the creature whose powers this character has, for the trio.
    pub creature: Option<String>,
    /// From when the wiki may name this character at all (listings, links, search).
    pub introduced: Reveal,
    /// The first episode a source places them in; `None` where that is not confirmed.
    pub first_appearance: Option<u8>,
    /// Who they are as of their introduction; must give nothing later away.
    pub summary: String,
    #[serde(default)]
    pub story: Vec<Revealed>,
    #[serde(default)]
    pub abilities: Vec<Revealed>,
    #[serde(default)]
    pub status: Vec<Revealed>,
    #[serde(default)]
    pub relationships: Vec<Relationship>,
    /// Behind-the-scenes notes about the part or the actor; never plot.
    #[serde(default)]
    pub trivia: Vec<String>,
    pub sources: Vec<String>,
}

impl Character {
    pub fn visible_at(&self, progress: Progress) -> bool {
        self.introduced.visible_at(progress)
    }
}

/// How the character index groups people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    Trio,
    Scientists,
    Subjects,
    Family,
    UnconfirmedRoles,
}

impl Group {
    pub const ALL: [Group; 5] =
        [Group::Trio, Group::Scientists, Group::Subjects, Group::Family, Group::UnconfirmedRoles];

    pub fn heading(self) -> &'static str {
        match self {
            Group::Trio => "The trio",
            Group::Scientists => "Scientists",
            Group::Subjects => "Other test subjects",
            Group::Family => "Family",
            Group::UnconfirmedRoles => "Cast in roles not yet confirmed",
        }
    }
}

/// A tie from one character to another, e.g. "mentor" or "niece".
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    pub with: String,
    pub label: String,
    pub revealed_in: Reveal,
}
