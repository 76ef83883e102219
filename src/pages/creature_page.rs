use crate::components::{
    CharacterLink, CreatureEmblem, Entry, HeldBackList, InfoRow, Infobox, MentionedOn, PageMeta, PowerList,
    SourceList,
};
use crate::format::lowercase;
use crate::model::{Creature, Origin};
use leptos::prelude::*;
use leptos_router::params::Params;

/// The address of a creature's page.
#[derive(Params, Clone, PartialEq)]
struct CreatureParams {
    slug: String,
}

/// `/abilities/:slug`: one creature, from folklore to the show's version, power by power.
#[component]
pub fn CreaturePage() -> impl IntoView {
    super::entry_page(
        |wiki, CreatureParams { slug }| wiki.creature(&slug).cloned(),
        |creature| view! { <CreatureArticle creature/> }.into_any(),
    )
}

#[component]
fn CreatureArticle(creature: Creature) -> impl IntoView {
    let description = format!("The {} in The Imperfects: {}", lowercase(&creature.name), creature.adaptation);
    let power_names = creature
        .powers
        .iter()
        .map(|power| {
            let name = power.name.clone();
            Entry {
                reveal: power.revealed_in,
                key: format!("power:{name}"),
                view: ViewFn::from(move || name.clone()),
            }
        })
        .collect();
    view! {
        <PageMeta title=creature.name.clone() description/>
        <article class="creature">
            <header class="page-heading">
                <CreatureEmblem slug=creature.slug.clone() size=56/>
                <h1>{creature.name.clone()}</h1>
            </header>
            <Infobox title=creature.name.clone()>
                <InfoRow label="Carried by"><CharacterLink slug=creature.bearer.clone()/></InfoRow>
                <InfoRow label="Powers">
                    <HeldBackList entries=power_names class="compact"/>
                </InfoRow>
            </Infobox>
            <section aria-labelledby="folklore-heading">
                <h2 id="folklore-heading">"In folklore"</h2>
                <p>{creature.folklore.clone()}</p>
            </section>
            <section aria-labelledby="show-heading">
                <h2 id="show-heading">"In the show"</h2>
                <p>{creature.adaptation.clone()}</p>
            </section>
            <section aria-labelledby="powers-heading">
                <h2 id="powers-heading">"Powers in detail"</h2>
                <PowerList powers=creature.powers.clone()/>
            </section>
            <MentionedOn page=Origin::Creature(creature.slug.clone())/>
            <SourceList keys=creature.sources.clone()/>
        </article>
    }
}
