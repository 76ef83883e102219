use crate::components::{CreatureEmblem, PageMeta, SectionLinks, SourceList};
use crate::format::lowercase;
use crate::state::use_wiki;
use crate::{paths, sections};
use leptos::prelude::*;

/// The front page: what the show is, whether there is more of it, the trio and their creatures,
/// and where to go next.
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
    // The question fans ask first, answered at once; the rest of the facts are on the show page.
    let lead = show.lead().map(|(group, fact)| {
        view! {
            <p class="answer">
                <strong>{group.heading.clone()}</strong>" "{fact.value.clone()}" "
                <a href=paths::show(&fact.id)>"More about the show"</a>
            </p>
        }
    });
    let mut sources = show.sources.clone();
    sources.extend(show.lead().into_iter().flat_map(|(_, fact)| fact.sources.clone()));
    view! {
        <PageMeta
            title="Home"
            description="A spoiler-safe fan wiki for Netflix's The Imperfects: characters, powers and episodes, up to the episode you have watched."
        />
        <article class="home">
            <h1>{show.title.clone()}" — the fan wiki"</h1>
            <p class="lede">{show.premise.clone()}</p>
            {lead}
            <p>
                "New to it? Start with "<a href=paths::episode(1)>"episode 1"</a>
                ", and tell the wiki how far you have watched: nothing later shows. "
                <a href=paths::section(&sections::SHOW)>"Where to watch it, the cast and the crew"</a>
                "."
            </p>
            <section aria-labelledby="trio-heading">
                <h2 id="trio-heading">"The trio"</h2>
                <ul class="trio">{trio}</ul>
            </section>
            <section aria-labelledby="start-heading">
                <h2 id="start-heading">"Where to start"</h2>
                <SectionLinks/>
            </section>
            <SourceList keys=sources/>
        </article>
    }
}
