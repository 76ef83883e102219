use super::CreatureEmblem;
use crate::model::Character;
use crate::paths;
use leptos::prelude::*;

/// A character in a grid: emblem for the trio, name, actor and who they are.
#[component]
pub fn CharacterCard(character: Character) -> impl IntoView {
    let actor = character.actor.clone().unwrap_or_else(|| "Actor not yet confirmed".to_owned());
    view! {
        <article class="character-card">
            {character.creature.clone().map(|slug| view! { <CreatureEmblem slug size=40/> })}
            <h3><a href=paths::character(&character.slug)>{character.name.clone()}</a></h3>
            <p class="actor">{actor}</p>
            <p>{character.summary.clone()}</p>
        </article>
    }
}
