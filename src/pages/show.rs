use crate::components::{source_name, FigureChart, PageMeta, SourceList};
use crate::model::{FactGroup, ShowFact};
use crate::paths;
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;

/// The show page's heading, and its name in the footer and in a correction.
pub const SHOW_TITLE: &str = "About the show";

/// `/show`: the facts about the show, group by group (whether there is a season 2 first), each
/// with its sources and what to know about them, and the cast as far as the reader has watched.
#[component]
pub fn ShowPage() -> impl IntoView {
    let wiki = use_wiki();
    let show = wiki.show();
    let contents = show
        .groups
        .iter()
        .map(|group| view! { <li><a href=paths::show(&group.id)>{group.heading.clone()}</a></li> })
        .collect_view();
    let groups = show.groups.iter().map(|group| view! { <Group group=group.clone()/> }).collect_view();
    let mut sources = show.sources.clone();
    sources.extend(show.facts().flat_map(|fact| fact.sources.clone()));
    view! {
        <PageMeta
            title=SHOW_TITLE
            description="The Imperfects: is there a season 2, where to watch it, the cast and crew, how it was made and how it was received."
        />
        <article class="show-page">
            <h1>{SHOW_TITLE}</h1>
            <nav aria-label="On this page">
                <ul class="contents">{contents}</ul>
            </nav>
            {groups}
            <SourceList keys=sources/>
        </article>
    }
}

/// One group of facts under its heading, the cast list first where the data puts it.
#[component]
fn Group(group: FactGroup) -> impl IntoView {
    let facts = group.facts.into_iter().map(|fact| view! { <Fact fact/> }).collect_view();
    view! {
        <section class="fact-group" aria-labelledby=group.id.clone()>
            <h2 id=group.id.clone()>{group.heading}</h2>
            {group.cast.then(|| view! { <Cast/> <h3>"Crew"</h3> })}
            <dl class="show-facts">{facts}</dl>
        </section>
    }
}

/// One fact, stated plainly (its figures drawn, if it gives some), then its sources with what
/// to know about them.
#[component]
fn Fact(fact: ShowFact) -> impl IntoView {
    let wiki = use_wiki();
    let progress = use_progress();
    let value = match &fact.as_of {
        Some(date) => format!("{} (as reported in {date})", fact.value),
        None => fact.value.clone(),
    };
    // Numbers are easier compared drawn, with the table for exact figures and screen readers.
    let chart = (!fact.figures.is_empty()).then(|| {
        let caption = format!("{}, by period", fact.label);
        view! { <FigureChart figures=fact.figures caption/> }.into_any()
    });
    let keys = fact.sources;
    // Listed as the page's own source list lists them: one that discusses a later episode
    // only from that episode on.
    let sources = move || {
        let progress = progress.get();
        let shown: Vec<_> = keys
            .iter()
            .filter_map(|key| wiki.source(key))
            .filter(|s| s.revealed_in.visible_at(progress))
            .collect();
        let count = shown.len();
        shown
            .into_iter()
            .enumerate()
            .map(|(i, source)| view! { {source_name(source)}{(i + 1 < count).then_some(", ")} })
            .collect_view()
    };
    view! {
        <div class="show-fact" id=fact.id>
            <dt>{fact.label}</dt>
            <dd>
                <p>{value}</p>
                {chart}
                <p class="fact-sources">
                    "Sources: " {sources} "."
                    {fact.note.map(|note| view! { " " <span class="fact-note">{note}</span> })}
                </p>
            </dd>
        </div>
    }
}

/// Who plays whom, for the characters the reader has met; the rest are absent, not hidden.
#[component]
fn Cast() -> impl IntoView {
    let wiki = use_wiki();
    let progress = use_progress();
    let cast = move || {
        let progress = progress.get();
        wiki.characters()
            .iter()
            .filter(|c| c.visible_at(progress))
            .filter_map(|c| Some((c, c.actor.clone()?)))
            .map(|(c, actor)| {
                view! { <li>{actor}" as "<a href=paths::character(&c.slug)>{c.name.clone()}</a></li> }
            })
            .collect_view()
    };
    view! {
        <h3>"Cast"</h3>
        <p class="hint">"As far as you have watched; each character's page gives the sources."</p>
        <ul class="cast">{cast}</ul>
    }
}
