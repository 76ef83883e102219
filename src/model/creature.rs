use super::Reveal;
use serde::Deserialize;

/// One of the folklore monsters the trio's powers mirror, and how the show turns it into powers.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Creature {
    /// The address key ("banshee").
    pub slug: String,
    /// The creature's name, capitalised as a heading.
    pub name: String,
    /// The slug of the character who carries these powers.
    pub bearer: String,
    /// What the legend says, before the show.
    pub folklore: String,
    /// How the show turns the legend into powers.
    pub adaptation: String,
    /// Each power, revealed as the season reveals it.
    pub powers: Vec<Power>,
    /// Keys of the sources the page cites.
    pub sources: Vec<String>,
}

/// One power in detail, with what it costs the person who has it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Power {
    /// The power's name.
    pub name: String,
    /// What it does.
    pub detail: String,
    /// What it costs the one who has it.
    pub cost: String,
    /// From when it may be shown.
    pub revealed_in: Reveal,
}
