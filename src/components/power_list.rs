use super::{Entry, HeldBackList};
use crate::model::Power;
use leptos::prelude::*;

/// Each power of a creature in detail, with what it costs; a power shown later in the season
/// stays a placeholder until the reader gets there.
#[component]
pub fn PowerList(powers: Vec<Power>) -> impl IntoView {
    let entries = powers
        .into_iter()
        .map(|power| {
            let Power { name, detail, cost, revealed_in } = power;
            let key = format!("power:{name}");
            let view = ViewFn::from(move || {
                view! {
                    <h3>{name.clone()}</h3>
                    <p>{detail.clone()}</p>
                    <p class="cost"><strong>"What it costs: "</strong>{cost.clone()}</p>
                }
            });
            Entry { reveal: revealed_in, key, view }
        })
        .collect();
    view! { <HeldBackList entries class="power-list"/> }
}
