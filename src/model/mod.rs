//! The wiki's content as plain Rust types: what the JSON files under `public/data/` hold, how
//! they fit together, and which parts a reader may see at a given point in the season.
//!
//! Nothing here touches the browser, so native tests and build-time tools use it as it is.

#[cfg(not(target_arch = "wasm32"))]
mod changes;
mod character;
mod creature;
#[cfg(not(target_arch = "wasm32"))]
mod disk;
mod episode;
mod file;
mod glossary;
mod graph;
mod history;
mod links;
mod reveal;
mod show;
mod source;
mod story;
#[cfg(not(target_arch = "wasm32"))]
mod validate;
mod wiki;

#[cfg(not(target_arch = "wasm32"))]
pub use changes::{changes_in, Commit};
pub use character::{Bond, Character, Group, Relationship};
pub use creature::{Creature, Power};
pub use episode::{CitedFor, Episode};
#[cfg(not(target_arch = "wasm32"))]
pub use file::SerdeJson;
pub use file::{parse_list, parse_object, DataError, DataFile, Json, JsonError};
pub use glossary::Term;
pub use graph::{
    BoxArea, Edge, Graph, Node, Tenths, Tie, COLUMN_WIDTH, LABEL_LINE, LABEL_SIZE, MAP_WIDTH, NAME_LINE,
    NAME_SIZE, NODE_RADIUS,
};
pub use history::{Change, ChangeKind, History, RecentChanges};
pub use links::Link;
pub use reveal::{Progress, Reveal, Revealed, Setting, EPISODE_COUNT};
pub use show::{FactGroup, Figure, Show, ShowFact};
pub use source::{Reliability, Source};
pub use story::{EpisodeEvents, Event, Origin};
pub use wiki::{EpisodeReveals, Wiki, WikiParts};
