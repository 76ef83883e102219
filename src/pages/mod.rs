//! One file per route. Pages read the loaded wiki from context and compose components.

mod ability_index;
mod about;
mod catch_up;
mod character_index;
mod character_page;
mod creature_page;
mod episode_guide;
mod episode_page;
mod glossary;
mod home;
mod not_found;
mod search_page;

pub use ability_index::AbilityIndex;
pub use about::About;
pub use catch_up::{anchor as catch_up_anchor, CatchUp};
pub use character_index::CharacterIndex;
pub use character_page::CharacterPage;
pub use creature_page::CreaturePage;
pub use episode_guide::EpisodeGuide;
pub use episode_page::EpisodePage;
pub use glossary::Glossary;
pub use home::Home;
pub use not_found::NotFound;
pub use search_page::SearchPage;
