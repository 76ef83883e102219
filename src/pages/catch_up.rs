use crate::components::{revealed_in, source_name, NotConfirmed, PageMeta, SourceList};
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
                    "That is all there is before episode 1. Choose how far you have watched (“Watched”, "
                    "at the top) and this page tells the story up to there, episode by episode."
                </p>
                <SourceList keys=wiki.show().sources.clone()/>
            }
            .into_any();
        }
        let story = wiki.story_so_far(progress);
        let mut sources: Vec<String> = wiki.show().sources.clone();
        let episodes = story
            .into_iter()
            .map(|entry| {
                let number = entry.episode;
                let heading =
                    wiki.episode(number).map_or_else(|| Episode::label(number), |e| e.heading(setting));
                sources.extend(entry.events.iter().flat_map(|event| event.sources.iter().cloned()));
                // What one page says of the episode stands together, cited once.
                let groups = entry
                    .events
                    .chunk_by(|a, b| a.origin == b.origin)
                    .map(|group| view! { <CatchUpGroup events=group.to_vec() wiki=wiki.clone() progress/> })
                    .collect_view();
                let empty = entry.events.is_empty();
                view! {
                    <li id=anchor(number) class="catch-up-episode">
                        <h2><a href=paths::episode(number)>{heading}</a></h2>
                        {if empty {
                            view! {
                                <p>"Our sources place no events in this episode yet. " <NotConfirmed/></p>
                            }
                            .into_any()
                        } else {
                            groups.into_any()
                        }}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="lede">{intro(progress)}</p>
            <ol class="catch-up">{episodes}</ol>
            <SourceList keys=sources/>
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
        "What happens up to {}, in the order the episodes show it. Each line links to the page it \
         comes from; events our sources cannot place yet sit at the latest episode they could belong to.",
        match progress.watched() {
            n if Progress::up_to(n) == Progress::FINISHED => "the end of the season".to_owned(),
            n => format!("episode {n}"),
        }
    )
}

/// What one page says of an episode, with a link to that page and its sources at the reader's
/// level (a source about a later episode is left out, as on the page itself).
#[component]
fn CatchUpGroup(events: Vec<Event>, wiki: std::sync::Arc<Wiki>, progress: Progress) -> impl IntoView {
    let Some(first) = events.first() else { return ().into_any() };
    let origin = origin_link(&wiki, &first.origin, progress);
    let cited: Vec<AnyView> = first
        .sources
        .iter()
        .filter_map(|key| wiki.source(key))
        .filter(|source| source.revealed_in.visible_at(progress))
        .map(source_name)
        .collect();
    let lines = events
        .into_iter()
        .map(|event| {
            view! { <li>{event.text}</li> }.add_any_attr(revealed_in(Reveal::Episode(event.episode)))
        })
        .collect_view();
    view! {
        <div class="catch-up-group">
            <ul class="catch-up-lines">{lines}</ul>
            <p class="hint">
                {origin.map(|(href, name)| view! { "From " <a href=href>{name}</a> ". " })}
                {(!cited.is_empty()).then(|| view! {
                    "Sources: "
                    {cited.into_iter().enumerate().map(|(i, name)| view! { {(i > 0).then_some(", ")} {name} }).collect_view()}
                    "."
                })}
            </p>
        </div>
    }
    .into_any()
}

/// Where a statement comes from, as a link, if the reader's setting shows that page.
fn origin_link(wiki: &Wiki, origin: &Origin, progress: Progress) -> Option<(Href, String)> {
    wiki.named_from(origin)
        .filter(|named| named.visible_at(progress))
        .and_then(|_| wiki.page_name(origin))
        .map(|name| (paths::page(origin), name))
}
