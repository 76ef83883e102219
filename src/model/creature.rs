use super::Reveal;
use serde::Deserialize;

/// One of the folklore monsters the trio's powers mirror, and how the show turns it into powers.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Creature {
    pub slug: String,
    pub name: String,
    /// The slug of the character who carries these powers.
    pub bearer: String,
    pub folklore: String,
    pub adaptation: String,
    pub powers: Vec<Power>,
    pub sources: Vec<String>,
}

/// One power in detail, with what it costs the person who has it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Power {
    pub name: String,
    pub detail: String,
    pub cost: String,
    pub revealed_in: Reveal,
}
