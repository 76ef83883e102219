use crate::components::{CreatureEmblem, PageMeta, SectionLinks, SourceList};
use crate::format::lowercase;
use crate::paths;
use crate::state::use_wiki;
use leptos::prelude::*;

/// The front page: what the show is, the trio and their creatures, and where to go next.
#[component]
pub fn Home() -> impl IntoView {
    let wiki = use_wiki();
    let show = wiki.show().clone();
    let trio = wiki
        .creatures()
        .iter()
        .filter_map(|creature| Some((creature.clone(), wiki.character(&creature.bearer)?.clone())))
        .map(|(creature, bearer)| {
            view! {
                <li class="trio-card">
                    <CreatureEmblem slug=creature.slug.clone() size=56/>
                    <h3><a href=paths::character(&bearer.slug)>{bearer.name.clone()}</a></h3>
                    <p>
                        "The "
                        <a href=paths::creature(&creature.slug)>{lowercase(&creature.name)}</a>
                    </p>
                </li>
            }
        })
        .collect_view();
    let facts = show
        .facts
        .iter()
        .map(|fact| {
            let value = match &fact.as_of {
                Some(date) => format!("{} (as reported in {date})", fact.value),
                None => fact.value.clone(),
            };
            view! { <tr><th scope="row">{fact.label.clone()}</th><td>{value}</td></tr> }
        })
        .collect_view();
    let mut sources = show.sources.clone();
    sources.extend(show.facts.iter().flat_map(|fact| fact.sources.clone()));
    view! {
        <PageMeta
            title="Home"
            description="A spoiler-safe fan wiki for Netflix's The Imperfects: characters, powers and episodes, up to the episode you have watched."
        />
        <article class="home">
            <h1>{show.title.clone()}" — the fan wiki"</h1>
            <p class="lede">{show.premise.clone()}</p>
            <section aria-labelledby="trio-heading">
                <h2 id="trio-heading">"The trio"</h2>
                <ul class="trio">{trio}</ul>
            </section>
            <section aria-labelledby="start-heading">
                <h2 id="start-heading">"Where to start"</h2>
                <SectionLinks/>
            </section>
            <section aria-labelledby="show-heading">
                <h2 id="show-heading">"The show at a glance"</h2>
                <table class="facts"><tbody>{facts}</tbody></table>
            </section>
            <SourceList keys=sources/>
        </article>
    }
}
