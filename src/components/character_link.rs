use super::{Entry, HeldBackList, Spoiler};
use crate::model::Character;
use crate::paths;
use crate::state::use_wiki;
use leptos::prelude::*;

/// A link to a character's page, by name, held back while the character lies past the reader's
/// setting so that even a name does not slip out.
#[component]
pub fn CharacterLink(#[prop(into)] slug: String) -> impl IntoView {
    let wiki = use_wiki();
    wiki.character(&slug).map(|character| {
        let Entry { reveal, key, view } = entry(character);
        view! { <Spoiler reveal key>{view.run()}</Spoiler> }
    })
}

/// Links to characters, side by side, each held back as a [`CharacterLink`] is; in strict mode
/// those the reader has not met are one line that does not count them.
#[component]
pub fn CharacterLinks(slugs: Vec<String>) -> impl IntoView {
    let wiki = use_wiki();
    let entries = slugs.iter().filter_map(|slug| wiki.character(slug)).map(entry).collect();
    view! { <HeldBackList entries class="inline-list"/> }
}

/// The link to `character` as a held-back entry, its spoiler named the same wherever it stands.
fn entry(character: &Character) -> Entry {
    let (href, name) = (paths::character(&character.slug), character.name.clone());
    Entry {
        reveal: character.introduced,
        key: format!("character:{}", character.slug),
        view: ViewFn::from(move || view! { <a href=href.clone()>{name.clone()}</a> }),
    }
}
