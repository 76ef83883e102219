use super::{Progress, Reveal, Revealed};
use serde::Deserialize;

/// A person in the show, with everything the wiki says about them and when each part is revealed.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Character {
    /// The address key ("tilda-weber"), unique among characters.
    pub slug: String,
    /// The name the wiki calls them by.
    pub name: String,
    /// Other names search finds them by.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `None` where no source confirms who plays the part.
    pub actor: Option<String>,
    /// Where the character index lists them.
    pub group: Group,
    /// The slug of the creature whose powers this character has, for the trio.
    pub creature: Option<String>,
    /// From when the wiki may name this character at all (listings, links, search).
    pub introduced: Reveal,
    /// The first episode a source places them in; `None` where that is not confirmed.
    pub first_appearance: Option<u8>,
    /// Who they are as of their introduction; must give nothing later away.
    pub summary: String,
    /// What happens to them, statement by statement.
    #[serde(default)]
    pub story: Vec<Revealed>,
    /// What they can do beyond a creature's powers.
    #[serde(default)]
    pub abilities: Vec<Revealed>,
    /// Where they stand (alive, missing, …), which is itself often a spoiler.
    #[serde(default)]
    pub status: Vec<Revealed>,
    /// Ties to other characters. A tie that grows lists each later part as its own item with
    /// its own episode; see [`Character::ties`].
    #[serde(default)]
    pub relationships: Vec<Relationship>,
    /// Behind-the-scenes notes about the part or the actor; never plot.
    #[serde(default)]
    pub trivia: Vec<String>,
    /// Keys of the sources in `sources.json` the page cites.
    pub sources: Vec<String>,
}

impl Character {
    /// Whether a reader at `progress` has met them, and so may see them named anywhere.
    pub fn visible_at(&self, progress: Progress) -> bool {
        self.introduced.visible_at(progress)
    }

    /// Their ties, one per other character, in the order each is first listed: the parts the
    /// data gives a pair (a friendship from the premise, a flirtation from episode 5) are one
    /// tie whose description grows by episode.
    pub fn ties(&self) -> Vec<Bond<'_>> {
        let mut ties: Vec<Bond> = Vec::new();
        for r in &self.relationships {
            match ties.iter_mut().find(|tie| tie.with == r.with) {
                Some(tie) => tie.parts.push(r),
                None => ties.push(Bond { with: &r.with, parts: vec![r] }),
            }
        }
        for tie in &mut ties {
            tie.parts.sort_by_key(|part| part.revealed_in);
        }
        ties
    }
}

/// All a character's entry says of one other character: the parts of the tie in the order
/// the episodes reveal them.
#[derive(Clone, Debug)]
pub struct Bond<'a> {
    /// The slug of the other character.
    pub with: &'a str,
    /// The parts, earliest first; never empty.
    pub parts: Vec<&'a Relationship>,
}

impl Bond<'_> {
    /// From when the tie shows at all: its first part's episode.
    pub fn revealed_in(&self) -> Reveal {
        self.parts.first().map_or(Reveal::Premise, |part| part.revealed_in)
    }

    /// What a reader at `progress` reads of it: the parts revealed by then (the first one
    /// whatever the setting, for a tie the reader chose to reveal), joined.
    pub fn label(&self, progress: Progress) -> String {
        let shown = self
            .parts
            .iter()
            .enumerate()
            .filter(|(i, part)| *i == 0 || part.revealed_in.visible_at(progress));
        shown.map(|(_, part)| part.label.as_str()).collect::<Vec<_>>().join("; ")
    }
}

/// How the character index groups people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// Tilda, Juan and Abbi.
    Trio,
    /// The scientists behind the experiments.
    Scientists,
    /// Others the experiments made.
    Subjects,
    /// Relatives of the trio.
    Family,
    /// Actors whose part the sources do not yet name.
    UnconfirmedRoles,
}

impl Group {
    /// Every group, in the order the character index shows them.
    pub const ALL: [Group; 5] =
        [Group::Trio, Group::Scientists, Group::Subjects, Group::Family, Group::UnconfirmedRoles];

    /// The group's heading on the character index.
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
    /// The slug of the other character.
    pub with: String,
    /// What they are to each other, in a word or two.
    pub label: String,
    /// From when the tie may be shown.
    pub revealed_in: Reveal,
}
