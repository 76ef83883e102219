use crate::components::{CharacterLink, CreatureEmblem, PageMeta};
use crate::paths;
use crate::state::use_wiki;
use leptos::prelude::*;

/// `/abilities`: the three creatures and who carries each.
#[component]
pub fn AbilityIndex() -> impl IntoView {
    let wiki = use_wiki();
    let cards = wiki
        .creatures()
        .iter()
        .map(|creature| {
            let name = creature.name.clone();
            view! {
                <article class="creature-card">
                    <CreatureEmblem slug=creature.slug.clone() size=56/>
                    <h2><a href=paths::creature(&creature.slug)>{name}</a></h2>
                    <p class="bearer">"Carried by " <CharacterLink slug=creature.bearer.clone()/></p>
                    <p>{creature.adaptation.clone()}</p>
                </article>
            }
        })
        .collect_view();
    view! {
        <PageMeta title="Abilities" description="The banshee, the chupacabra and the succubus: the powers of The Imperfects, in detail."/>
        <h1>"Abilities"</h1>
        <p class="lede">"The trio's powers mirror three creatures from folklore. Each page covers the legend, how the show adapts it, and what every power costs."</p>
        <div class="card-grid">{cards}</div>
    }
}
