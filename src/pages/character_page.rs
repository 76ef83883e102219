use crate::components::{
    CharacterLink, CreatureEmblem, Entry, HeldBackList, InfoRow, Infobox, MentionedOn, NotConfirmed,
    PageMeta, PowerList, RevealedList, SourceList, SpoilerGate,
};
use crate::format::lowercase;
use crate::model::{Character, Creature, Episode, Origin, Progress, Revealed};
use crate::paths;
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;
use leptos_router::params::Params;

/// The address of a character's page.
#[derive(Params, Clone, PartialEq)]
struct CharacterParams {
    slug: String,
}

/// `/characters/:slug`: one character, as far as the reader has watched.
#[component]
pub fn CharacterPage() -> impl IntoView {
    super::entry_page(
        |wiki, CharacterParams { slug }| wiki.character(&slug).cloned(),
        |character| view! { <CharacterArticle character/> }.into_any(),
    )
}

/// The page body; a character the reader has not met yet is held back behind a gate.
#[component]
fn CharacterArticle(character: Character) -> impl IntoView {
    let progress = use_progress();
    let (name, introduced) = (character.name.clone(), character.introduced);
    let visible = move || introduced.visible_at(progress.get());
    let title = {
        let name = name.clone();
        move || if visible() { name.clone() } else { "Beyond your spoiler setting".to_owned() }
    };
    let description = {
        let summary = character.summary.clone();
        move || {
            if visible() {
                summary.clone()
            } else {
                "This character appears later than the episode you have watched.".to_owned()
            }
        }
    };
    let gate = |episode: Option<u8>| match episode {
        Some(episode) => format!(
            "This character first appears in episode {episode} or later, past the episode you have watched."
        ),
        None => "This character first appears past the episode you have watched.".to_owned(),
    };
    let preview = if introduced.visible_at(Progress::NOT_STARTED) {
        (name.clone(), character.summary.clone())
    } else {
        (
            "A character of The Imperfects".to_owned(),
            "Met later in the season; open the page to choose how much to see.".to_owned(),
        )
    };
    view! {
        <PageMeta title description preview/>
        <SpoilerGate reveal=introduced key=format!("page:{}", character.slug) message=gate heading="Beyond your spoiler setting">
            <CharacterBody character=character.clone()/>
        </SpoilerGate>
    }
}

#[component]
fn CharacterBody(character: Character) -> impl IntoView {
    let wiki = use_wiki();
    let creature = character.creature.as_deref().and_then(|slug| wiki.creature(slug)).cloned();
    let appearances: Vec<u8> = wiki.appearances(&character.slug).iter().map(|e| e.number).collect();
    let mut sources = character.sources.clone();
    sources.extend(creature.iter().flat_map(|c| c.sources.clone()));
    view! {
        <article class="character">
            <header class="page-heading">
                {creature.as_ref().map(|c| view! { <CreatureEmblem slug=c.slug.clone() size=56/> })}
                <h1>{character.name.clone()}</h1>
            </header>
            <CharacterInfobox character=character.clone() creature=creature.clone()/>
            <p class="lede">{character.summary.clone()}</p>
            <Section title="Story" items=character.story.clone()/>
            {creature.map(|creature| view! {
                <section aria-labelledby="powers-heading">
                    <h2 id="powers-heading">"Powers: the " {lowercase(&creature.name)}</h2>
                    <p>{creature.adaptation.clone()}" "<a href=paths::creature(&creature.slug)>"More on the " {lowercase(&creature.name)}</a></p>
                    <PowerList powers=creature.powers.clone()/>
                </section>
            })}
            <Section title="Abilities" items=character.abilities.clone()/>
            <Appearances numbers=appearances/>
            <Relationships character=character.clone()/>
            <p><a href=paths::map(Some(&character.slug))>"Who is who to " {character.name.clone()} " (the relationship map)"</a></p>
            {(!character.trivia.is_empty()).then(|| view! {
                <section aria-labelledby="trivia-heading">
                    <h2 id="trivia-heading">"Behind the scenes"</h2>
                    <ul>{character.trivia.iter().map(|note| view! { <li>{note.clone()}</li> }).collect_view()}</ul>
                </section>
            })}
            <MentionedOn page=Origin::Character(character.slug.clone())/>
            <SourceList keys=sources/>
        </article>
    }
}

/// Actor, creature, abilities, first appearance and status at a glance.
#[component]
fn CharacterInfobox(character: Character, creature: Option<Creature>) -> impl IntoView {
    let powers = creature.as_ref().map(|c| c.powers.clone()).unwrap_or_default();
    view! {
        <Infobox title=character.name.clone()>
            <InfoRow label="Played by">
                {match character.actor.clone() {
                    Some(actor) => actor.into_any(),
                    None => view! { <NotConfirmed/> }.into_any(),
                }}
            </InfoRow>
            <InfoRow label="Creature">
                {match creature.clone() {
                    Some(c) => view! { <a href=paths::creature(&c.slug)>{c.name.clone()}</a> }.into_any(),
                    None => "None known".into_any(),
                }}
            </InfoRow>
            <InfoRow label="Abilities">
                {if powers.is_empty() && character.abilities.is_empty() {
                    view! { <NotConfirmed/> }.into_any()
                } else {
                    let mut entries: Vec<Entry> = powers
                        .into_iter()
                        .map(|p| Entry { reveal: p.revealed_in, key: format!("infobox-power:{}", p.name), view: ViewFn::from(move || p.name.clone()) })
                        .collect();
                    let first_ability = character.abilities.iter().map(|a| a.revealed_in).min();
                    entries.extend(first_ability.map(|reveal| Entry { reveal, key: "more-abilities".to_owned(), view: ViewFn::from(|| "More below") }));
                    view! { <HeldBackList entries class="compact"/> }.into_any()
                }}
            </InfoRow>
            <InfoRow label="First appearance">
                {match character.first_appearance {
                    Some(n) => view! { <a href=paths::episode(n)>{Episode::label(n)}</a> }.into_any(),
                    None => view! { <NotConfirmed/> }.into_any(),
                }}
            </InfoRow>
            <InfoRow label="Status">
                {if character.status.is_empty() {
                    view! { <NotConfirmed/> }.into_any()
                } else {
                    view! { <RevealedList items=character.status.clone()/> }.into_any()
                }}
            </InfoRow>
        </Infobox>
    }
}

/// A titled list of revealed statements, left out when there are none.
#[component]
fn Section(title: &'static str, items: Vec<Revealed>) -> impl IntoView {
    let id = format!("{}-heading", lowercase(title));
    (!items.is_empty()).then(|| {
        view! {
            <section aria-labelledby=id.clone()>
                <h2 id=id.clone()>{title}</h2>
                <RevealedList items/>
            </section>
        }
    })
}

/// The episodes sources place the character in, up to the reader's setting: a later appearance
/// would tell that the character is still around.
#[component]
fn Appearances(numbers: Vec<u8>) -> impl IntoView {
    let progress = use_progress();
    let watched = move || {
        let progress = progress.get();
        numbers.iter().copied().filter(|&n| progress.has_seen(n)).collect::<Vec<u8>>()
    };
    view! {
        <section aria-labelledby="appearances-heading">
            <h2 id="appearances-heading">"Appearances"</h2>
            {move || { let numbers = watched(); if numbers.is_empty() {
                view! { <p>"Episodes you have watched that they appear in: " <NotConfirmed/></p> }.into_any()
            } else {
                view! {
                    <p>"Confirmed in the episodes you have watched: "
                        {numbers.into_iter().map(|n| view! { <a href=paths::episode(n) class="chip">{Episode::label(n)}</a>" " }).collect_view()}
                    </p>
                    <p class="hint">"Other episodes: " <NotConfirmed/></p>
                }.into_any()
            }}}
        </section>
    }
}

/// Ties to other characters, one per character, each held back until it is revealed; a tie
/// that grows says more from the episode that adds to it.
#[component]
fn Relationships(character: Character) -> impl IntoView {
    let progress = use_progress();
    let ties = character.ties();
    let entries: Vec<Entry> = ties
        .iter()
        .enumerate()
        .map(|(i, tie)| {
            let with = tie.with.to_owned();
            // Named by its first part, as a tie of one part always was: the same id at every level.
            let first = tie.parts.first().map_or("", |part| part.label.as_str());
            let key = format!("relationship:{with}:{first}");
            let character = character.clone();
            let label = move || character.ties().get(i).map(|tie| tie.label(progress.get()));
            let view = ViewFn::from(move || view! { <CharacterLink slug=with.clone()/>": "{label.clone()} });
            Entry { reveal: tie.revealed_in(), key, view }
        })
        .collect();
    (!entries.is_empty()).then(|| {
        view! {
            <section aria-labelledby="relationships-heading">
                <h2 id="relationships-heading">"Relationships"</h2>
                <HeldBackList entries/>
            </section>
        }
    })
}
