use super::Spoiler;
use crate::paths;
use crate::state::use_wiki;
use leptos::prelude::*;

/// A link to a character's page, by name, held back while the character lies past the reader's
/// setting so that even a name does not slip out.
#[component]
pub fn CharacterLink(#[prop(into)] slug: String) -> impl IntoView {
    let wiki = use_wiki();
    wiki.character(&slug).map(|character| {
        let (href, name) = (paths::character(&character.slug), character.name.clone());
        let link = move || {
            let name = name.clone();
            view! { <a href=href.clone()>{name}</a> }
        };
        view! { <Spoiler reveal=character.introduced key=format!("character:{}", character.slug)>{link.clone()}</Spoiler> }
    })
}
