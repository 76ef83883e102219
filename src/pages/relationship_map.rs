use crate::components::{PageMeta, RelationshipMap};
use crate::model::{Character, Progress};
use crate::paths;
use crate::state::use_progress;
use leptos::prelude::*;
use leptos_router::params::Params;

/// The address of a map centred on a character.
#[derive(Params, Clone, PartialEq)]
struct CentreParams {
    slug: String,
}

/// `/map`: who is who to whom, as far as the reader has watched.
#[component]
pub fn MapPage() -> impl IntoView {
    view! {
        <PageMeta
            title="Who is who"
            description="A map of the characters of The Imperfects and how they are tied, as far as you have watched."
        />
        <article class="map-page">
            <h1>"Who is who"</h1>
            <MapIntro/>
            <RelationshipMap/>
        </article>
    }
}

/// `/map/:slug`: the map centred on one character. A character the reader has not met yet is
/// not named: the page says so and shows the map as it stands.
#[component]
pub fn CentredMapPage() -> impl IntoView {
    super::entry_page(
        |wiki, CentreParams { slug }| wiki.character(&slug).cloned(),
        |character| view! { <CentredMap character/> }.into_any(),
    )
}

#[component]
fn CentredMap(character: Character) -> impl IntoView {
    let progress = use_progress();
    let introduced = character.introduced;
    let met = move || introduced.visible_at(progress.get());
    let heading = format!("Who is who to {}", character.name);
    let title = {
        let heading = heading.clone();
        move || if met() { heading.clone() } else { "Who is who".to_owned() }
    };
    let said = format!(
        "A map of how {} is tied to the other characters, as far as you have watched.",
        character.name
    );
    let unmet = "A map of the characters of The Imperfects, as far as you have watched.";
    let description = {
        let said = said.clone();
        move || if met() { said.clone() } else { unmet.to_owned() }
    };
    let preview = if introduced.visible_at(Progress::NOT_STARTED) {
        (heading.clone(), said)
    } else {
        ("Who is who".to_owned(), unmet.to_owned())
    };
    let slug = character.slug.clone();
    let page = paths::character(&character.slug);
    view! {
        <PageMeta title description preview/>
        <article class="map-page">
            {move || if met() {
                view! {
                    <h1>{heading.clone()}</h1>
                    <p class="lede">"Their ties are written under each name; choose anyone to centre the map on them, or "
                        <a href=page.clone()>"read their page"</a>"."</p>
                }.into_any()
            } else {
                view! {
                    <h1>"Who is who"</h1>
                    <p class="lede">"The character this map would centre on is met later than the episode you have watched, so here is the map as it stands for you."</p>
                }.into_any()
            }}
            <MapIntro/>
            <RelationshipMap centre=slug.clone()/>
        </article>
    }
}

/// What the map shows and what it leaves out.
#[component]
fn MapIntro() -> impl IntoView {
    let progress = use_progress();
    move || {
        let text = if progress.get() == Progress::NOT_STARTED {
            "Before episode 1. Characters join the map, and ties appear, as you set how far you have watched (the spoiler button at the top)."
        } else {
            "As far as you have watched: characters met later, and ties revealed later, are not on it yet. Choose a name to centre the map on them."
        };
        view! { <p>{text}</p> }
    }
}
