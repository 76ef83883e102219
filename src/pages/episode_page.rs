use crate::components::{
    CharacterLink, InfoRow, Infobox, MarkWatched, NotConfirmed, PageMeta, RevealedList, SourceList, Spoiler,
};
use crate::format::long_date;
use crate::model::{Episode, Reveal, EPISODE_COUNT};
use crate::pages::NotFound;
use crate::paths;
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/episodes/:number`: one episode; its synopsis waits until the reader has watched it.
#[component]
pub fn EpisodePage() -> impl IntoView {
    let wiki = use_wiki();
    let params = use_params_map();
    move || {
        // Only the address as the wiki writes it: "04" is not a page, as it is no file either.
        let number = params
            .read()
            .get("number")
            .and_then(|n| n.parse::<u8>().ok().filter(|number| number.to_string() == n));
        match number.and_then(|n| wiki.episode(n)) {
            Some(episode) => view! { <EpisodeArticle episode=episode.clone()/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn EpisodeArticle(episode: Episode) -> impl IntoView {
    let progress = use_progress();
    let number = episode.number;
    let heading = episode.heading();
    let description = {
        let first_line = episode.synopsis.first().map(|s| (s.text.clone(), s.revealed_in));
        let date = long_date(&episode.released);
        move || match &first_line {
            Some((text, reveal)) if reveal.visible_at(progress.get()) => text.clone(),
            _ => format!("Episode {number} of The Imperfects, released on {date}."),
        }
    };
    let preview = (
        heading.clone(),
        format!("Episode {number} of The Imperfects, released on {}.", long_date(&episode.released)),
    );
    let synopsis = episode.synopsis.clone();
    let characters = episode.characters.clone();
    view! {
        <PageMeta title=heading.clone() description preview/>
        <article class="episode">
            <h1>{heading}</h1>
            <EpisodeInfobox episode=episode.clone()/>
            <section aria-labelledby="synopsis-heading">
                <h2 id="synopsis-heading">"Synopsis"</h2>
                <Spoiler
                    reveal=Reveal::Episode(number)
                    key=format!("episode:{number}")
                    gate=format!("You have not watched episode {number} yet, so its synopsis is hidden.")
                >
                    {if synopsis.is_empty() {
                        view! { <p>"No summary of this episode is confirmed by our sources yet. " <NotConfirmed/></p> }.into_any()
                    } else {
                        view! { <RevealedList items=synopsis.clone()/> }.into_any()
                    }}
                    <h3>"Characters appearing"</h3>
                    {if characters.is_empty() {
                        view! { <p><NotConfirmed/></p> }.into_any()
                    } else {
                        view! {
                            <ul class="inline-list">
                                {characters.iter().map(|slug| view! { <li><CharacterLink slug=slug.clone()/></li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </Spoiler>
            </section>
            <MarkWatched number/>
            <EpisodeNav number/>
            <SourceList keys=episode.sources.clone()/>
        </article>
    }
}

/// Release date, runtime and credits, each "not yet confirmed" where the sources are silent.
#[component]
fn EpisodeInfobox(episode: Episode) -> impl IntoView {
    let names = |names: &[String]| {
        if names.is_empty() {
            view! { <NotConfirmed/> }.into_any()
        } else {
            names.join(", ").into_any()
        }
    };
    view! {
        <Infobox title=format!("Episode {}", episode.number)>
            <InfoRow label="Title">
                {match episode.title.clone() {
                    Some(title) => title.into_any(),
                    None => view! { <NotConfirmed/> }.into_any(),
                }}
            </InfoRow>
            <InfoRow label="Released">{long_date(&episode.released)}" on Netflix"</InfoRow>
            <InfoRow label="Runtime">
                {match episode.runtime_minutes {
                    Some(minutes) => format!("{minutes} minutes").into_any(),
                    None => view! { <NotConfirmed/> }.into_any(),
                }}
            </InfoRow>
            <InfoRow label="Directed by">{names(&episode.directors)}</InfoRow>
            <InfoRow label="Written by">{names(&episode.writers)}</InfoRow>
        </Infobox>
    }
}

/// Links to the previous and next episode.
#[component]
fn EpisodeNav(number: u8) -> impl IntoView {
    view! {
        <nav class="episode-nav" aria-label="Previous and next episode">
            {(number > 1).then(|| view! { <a href=paths::episode(number - 1) rel="prev">{format!("← Episode {}", number - 1)}</a> })}
            {(number < EPISODE_COUNT).then(|| view! { <a href=paths::episode(number + 1) rel="next">{format!("Episode {} →", number + 1)}</a> })}
        </nav>
    }
}
