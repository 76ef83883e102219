use super::spoiler::{held, held_back};
use crate::model::Reveal;
use crate::names;
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// A whole page or section held back until the reader's setting reaches `reveal` (a character
/// met later, an episode not yet watched): `message` says why, from the episode it may name
/// (none in strict mode), and "Show anyway" shows it for this page view. `heading` gives a
/// held-back page the heading its content would have had. What it holds back is not built
/// until then, as with [`Spoiler`](super::Spoiler), whose ids it shares.
#[component]
pub fn SpoilerGate(
    reveal: Reveal,
    #[prop(into)] key: String,
    message: impl Fn(Option<u8>) -> String + Send + Sync + 'static,
    #[prop(optional)] heading: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    held_back(
        move |setting| held(reveal, setting),
        &key,
        children,
        move |episode, id, show| {
            view! {
                <div class="spoiler-gate">
                    {heading.map(|heading| view! { <h1>{heading}</h1> })}
                    <p>{message(episode)}</p>
                    {view! { <button type="button" class="button" on:click=move |_| show()>"Show anyway"</button> }
                        .add_any_attr(custom_attribute(names::SPOILER_ATTR, id))}
                </div>
            }
            .into_any()
        },
    )
}
