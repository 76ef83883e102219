use crate::components::{revealed_in, source_name, statement, NotConfirmed, PageMeta, SourceList};
use crate::model::{Episode, Event, Origin, Progress, Reveal, Wiki};
use crate::names;
use crate::paths::{self, Href};
use crate::state::{use_setting, use_wiki};
use leptos::prelude::*;

/// `/catch-up`: the story so far, up to the reader's episode, assembled from every dated
/// statement in the data, for a fan who is back after a break. At "not started" it is the
/// premise.
#[component]
pub fn CatchUp() -> impl IntoView {
    let wiki = use_wiki();
    let setting = use_setting();
    let body = move || {
        let setting = setting.get();
        let progress = setting.progress;
        if progress == Progress::NOT_STARTED {
            return view! {
                <p class="lede">{wiki.show().premise.clone()}</p>
                <p>
                    "That is all there is before episode 1. Set how far you have watched (the spoiler "
                    "button at the top) and this page tells the story up to there, episode by episode."
                </p>
                <SourceList keys=wiki.show().sources.clone()/>
            }
            .into_any();
        }
        let story = wiki.story_so_far(progress);
        let episodes = story
            .into_iter()
            .map(|entry| {
                let number = entry.episode;
                let heading =
                    wiki.episode(number).map_or_else(|| Episode::label(number), |e| e.heading(setting));
                let body = if entry.events.is_empty() {
                    view! { <p>"Our sources place no events in this episode yet. " <NotConfirmed/></p> }
                        .into_any()
                } else {
                    let sources: Vec<String> =
                        entry.events.iter().flat_map(|event| event.sources.iter().cloned()).collect();
                    let lines = entry
                        .events
                        .into_iter()
                        .map(|event| view! { <CatchUpLine event wiki=wiki.clone() progress/> })
                        .collect_view();
                    view! {
                        <ul class="catch-up-lines">{lines}</ul>
                        <EpisodeSources episode=number keys=sources wiki=wiki.clone() progress/>
                    }
                    .into_any()
                };
                view! {
                    <li id=anchor(number) class="catch-up-episode">
                        <h2><a href=paths::episode(number)>{heading}</a></h2>
                        {body}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="lede">{intro(progress)}</p>
            <ol class="catch-up">{episodes}</ol>
            {(progress != Progress::FINISHED).then(|| view! {
                <p class="hint">"Sources that discuss later episodes are listed once your spoiler setting reaches them."</p>
            })}
        }
        .into_any()
    };
    view! {
        <PageMeta
            title="The story so far"
            description="Catch up on The Imperfects, episode by episode, up to the episode you have watched."
        />
        <article class="catch-up-page">
            <h1>"The story so far"</h1>
            {body}
        </article>
    }
}

/// The id of an episode's part of the page, which "what is new" links to.
pub fn anchor(episode: u8) -> String {
    format!("{}{episode}", names::CATCH_UP_ANCHOR)
}

fn intro(progress: Progress) -> String {
    format!(
        "What happens up to {}, in the order the episodes show it, each event told once with the \
         pages that say more; events our sources cannot place yet sit at the latest episode they could belong to.",
        match progress.watched() {
            n if Progress::up_to(n) == Progress::FINISHED => "the end of the season".to_owned(),
            n => format!("episode {n}"),
        }
    )
}

/// One event, told once: the statement, what the sources leave open about it in a smaller
/// note, and the pages that say more (those the reader's setting shows; an episode's own page is
/// the part's heading already).
#[component]
fn CatchUpLine(event: Event, wiki: std::sync::Arc<Wiki>, progress: Progress) -> impl IntoView {
    let pages: Vec<(Href, String)> = std::iter::once(&event.origin)
        .chain(&event.also)
        .filter(|origin| !matches!(origin, Origin::Episode(_)))
        .filter_map(|origin| origin_link(&wiki, origin, progress))
        .collect();
    let more = (!pages.is_empty()).then(|| {
        let links = pages
            .into_iter()
            .enumerate()
            .map(|(i, (href, name))| view! { {(i > 0).then_some(", ")} <a href=href>{name}</a> })
            .collect_view();
        view! { " " <span class="more">"More: " {links}</span> }
    });
    view! {
        <li>
            {statement(event.text, event.note)}
            {more}
        </li>
    }
    .add_any_attr(revealed_in(Reveal::Episode(event.episode)))
}

/// The sources of one episode's part, once each, behind one disclosure: those of every page
/// the part draws on, except a source about a later episode, as on the pages themselves.
#[component]
fn EpisodeSources(
    episode: u8,
    keys: Vec<String>,
    wiki: std::sync::Arc<Wiki>,
    progress: Progress,
) -> impl IntoView {
    let mut keys = keys;
    keys.sort_unstable();
    keys.dedup();
    let cited: Vec<AnyView> = keys
        .iter()
        .filter_map(|key| wiki.source(key))
        .filter(|source| source.revealed_in.visible_at(progress))
        .map(|source| view! { <li>{source_name(source)}</li> }.into_any())
        .collect();
    (!cited.is_empty()).then(|| {
        let count = cited.len();
        view! {
            <details class="catch-up-sources">
                <summary>{format!("Sources for episode {episode} ({count})")}</summary>
                <ul>{cited}</ul>
            </details>
        }
    })
}

/// Where a statement comes from, as a link, if the reader's setting shows that page.
fn origin_link(wiki: &Wiki, origin: &Origin, progress: Progress) -> Option<(Href, String)> {
    wiki.named_from(origin)
        .filter(|named| named.visible_at(progress))
        .and_then(|_| wiki.page_name(origin))
        .map(|name| (paths::page(origin), name))
}
