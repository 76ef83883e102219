use crate::components::{
    CharacterLinks, InfoRow, Infobox, MarkWatched, MentionedOn, NotConfirmed, PageMeta, RevealedList,
    SourceList, SpoilerGate, KEPT_BACK,
};
use crate::format::long_date;
use crate::model::{Episode, Origin, Reveal, Setting, EPISODE_COUNT};
use crate::paths;
use crate::state::use_setting;
use leptos::prelude::*;
use leptos_router::params::Params;
use std::str::FromStr;

/// The address of an episode's page.
#[derive(Params, Clone, PartialEq)]
struct EpisodeParams {
    number: EpisodeNumber,
}

/// An episode number as the wiki writes it in addresses: "4", never "04" or "+4", since
/// those are no file on a static host either.
#[derive(Clone, Copy, PartialEq)]
struct EpisodeNumber(u8);

impl FromStr for EpisodeNumber {
    type Err = NotAnEpisodeNumber;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.parse::<u8>() {
            Ok(number) if number.to_string() == text => Ok(EpisodeNumber(number)),
            _ => Err(NotAnEpisodeNumber),
        }
    }
}

/// Why an address names no episode.
#[derive(Debug)]
struct NotAnEpisodeNumber;

impl std::fmt::Display for NotAnEpisodeNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not an episode number")
    }
}

impl std::error::Error for NotAnEpisodeNumber {}

/// `/episodes/:number`: one episode; its synopsis waits until the reader has watched it.
#[component]
pub fn EpisodePage() -> impl IntoView {
    super::entry_page(
        |wiki, EpisodeParams { number: EpisodeNumber(number) }| wiki.episode(number).cloned(),
        |episode| view! { <EpisodeArticle episode/> }.into_any(),
    )
}

#[component]
fn EpisodeArticle(episode: Episode) -> impl IntoView {
    let setting = use_setting();
    let number = episode.number;
    let heading = {
        let episode = episode.clone();
        move || episode.heading(setting.get())
    };
    // What is safe at any level; link previews always say this much.
    let released = format!(
        "{} of The Imperfects, released on {}.",
        Episode::label(number),
        long_date(&episode.released)
    );
    let description = {
        let first_line = episode.synopsis.first().map(|s| (s.text.clone(), s.revealed_in));
        let released = released.clone();
        move || match &first_line {
            Some((text, reveal)) if reveal.visible_at(setting.get().progress) => text.clone(),
            _ => released.clone(),
        }
    };
    // Crawlers have no setting and get the safe default, which shows titles; a strict copy's
    // preview tags keep them back too.
    let safe = Setting { strict: setting.get_untracked().strict, ..Setting::default() };
    let preview = (episode.heading(safe), released);
    let synopsis = episode.synopsis.clone();
    let characters = episode.characters.clone();
    view! {
        <PageMeta title=heading.clone() description preview/>
        <article class="episode">
            <h1>{heading}</h1>
            <EpisodeInfobox episode=episode.clone() setting/>
            <section aria-labelledby="synopsis-heading">
                <h2 id="synopsis-heading">"Synopsis"</h2>
                <SpoilerGate
                    reveal=Reveal::Episode(number)
                    key=format!("episode:{number}")
                    message=move |_| format!("You have not watched episode {number} yet, so its synopsis is hidden.")
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
                        view! { <CharacterLinks slugs=characters.clone()/> }.into_any()
                    }}
                </SpoilerGate>
            </section>
            <MarkWatched number/>
            <EpisodeNav number/>
            <MentionedOn page=Origin::Episode(number)/>
            <SourceList keys=episode.sources.clone()/>
        </article>
    }
}

/// Release date, runtime and credits, each "not yet confirmed" where the sources are silent.
#[component]
fn EpisodeInfobox(episode: Episode, setting: Memo<Setting>) -> impl IntoView {
    let names = |names: &[String]| {
        if names.is_empty() {
            view! { <NotConfirmed/> }.into_any()
        } else {
            names.join(", ").into_any()
        }
    };
    let titled = episode.clone();
    view! {
        <Infobox title=Episode::label(episode.number)>
            <InfoRow label="Title">
                {move || match (titled.title_for(setting.get()), setting.get().shows_title_of(titled.number)) {
                    (Some(title), _) => title.to_owned().into_any(),
                    (None, true) => view! { <NotConfirmed/> }.into_any(),
                    (None, false) => KEPT_BACK.into_any(),
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
            {(number > 1).then(|| view! { <a href=paths::episode(number - 1) rel="prev">{format!("← {}", Episode::label(number - 1))}</a> })}
            {(number < EPISODE_COUNT).then(|| view! { <a href=paths::episode(number + 1) rel="next">{format!("{} →", Episode::label(number + 1))}</a> })}
        </nav>
    }
}
