use super::Spoiler;
use crate::model::Revealed;
use leptos::prelude::*;

/// A list of statements about the story, each held back until the reader reaches it.
#[component]
pub fn RevealedList(items: Vec<Revealed>) -> impl IntoView {
    view! {
        <ul class="revealed-list">
            {items
                .into_iter()
                .map(|item| {
                    let text = item.text;
                    view! { <li><Spoiler reveal=item.revealed_in key=text.clone()>{text.clone()}</Spoiler></li> }
                })
                .collect_view()}
        </ul>
    }
}
