use super::Spoiler;
use crate::model::Power;
use leptos::prelude::*;

/// Each power of a creature in detail, with what it costs; a power shown later in the season
/// stays a placeholder until the reader gets there.
#[component]
pub fn PowerList(powers: Vec<Power>) -> impl IntoView {
    powers
        .into_iter()
        .map(|power| {
            let Power { name, detail, cost, revealed_in } = power;
            view! {
                <article class="power">
                    <Spoiler reveal=revealed_in key=format!("power:{name}")>
                        <h3>{name.clone()}</h3>
                        <p>{detail.clone()}</p>
                        <p class="cost"><strong>"What it costs: "</strong>{cost.clone()}</p>
                    </Spoiler>
                </article>
            }
        })
        .collect_view()
}
