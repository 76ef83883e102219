use super::spoiler::held_back;
use crate::model::Reveal;
use crate::names;
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// A whole page or section held back until the reader's setting reaches `reveal` (a character
/// met later, an episode not yet watched): `message` says why, and "Show anyway" shows it for
/// this page view. `heading` gives a held-back page the heading its content would have had.
/// What it holds back is not built until then, as with [`Spoiler`](super::Spoiler), whose ids
/// it shares.
#[component]
pub fn SpoilerGate(
    reveal: Reveal,
    #[prop(into)] key: String,
    #[prop(into)] message: String,
    #[prop(optional)] heading: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    held_back(reveal, &key, children, move |_, id, show| {
        view! {
            <div class="spoiler-gate">
                {heading.map(|heading| view! { <h1>{heading}</h1> })}
                <p>{message.clone()}</p>
                {view! { <button type="button" class="button" on:click=move |_| show()>"Show anyway"</button> }
                    .add_any_attr(custom_attribute(names::SPOILER_ATTR, id))}
            </div>
        }
        .into_any()
    })
}
