//! One file per route. Pages read the loaded wiki from context and compose components.

mod ability_index;
mod about;
mod catch_up;
mod changes;
mod character_index;
mod character_page;
mod creature_page;
mod episode_guide;
mod episode_page;
mod glossary;
mod home;
mod not_found;
mod relationship_map;
mod search_page;
mod show;

pub use ability_index::AbilityIndex;
pub use about::About;
pub use catch_up::{anchor as catch_up_anchor, CatchUp};
pub use changes::{ChangesPage, CHANGES_TITLE};
pub use character_index::CharacterIndex;
pub use character_page::CharacterPage;
pub use creature_page::CreaturePage;
pub use episode_guide::EpisodeGuide;
pub use episode_page::EpisodePage;
pub use glossary::Glossary;
pub use home::Home;
pub use not_found::NotFound;
pub use relationship_map::{CentredMapPage, MapPage};
pub use search_page::SearchPage;
pub use show::{ShowPage, SHOW_TITLE};

use crate::model::Wiki;
use crate::state::use_wiki;
use leptos::prelude::*;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

/// The page of the entry an address names, read as the typed parameters `P`; every address that
/// names none (a malformed parameter such as `/episodes/04` or `/episodes/x`, or a key the data
/// lacks) gets the one "not found" page.
fn entry_page<P, T>(
    find: impl Fn(&Wiki, P) -> Option<T> + Send + Sync + 'static,
    show: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    P: Params + PartialEq + Clone + Send + Sync + 'static,
{
    let wiki = use_wiki();
    let params = use_params::<P>();
    move || match params.get().ok().and_then(|params| find(&wiki, params)) {
        Some(entry) => show(entry),
        None => view! { <NotFound/> }.into_any(),
    }
}
