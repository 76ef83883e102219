use crate::model::Reveal;
use crate::state::use_progress;
use leptos::html;
use leptos::prelude::*;

/// Shows its content only once the reader's setting has reached `reveal`. Until then it shows a
/// placeholder naming the episode, the same for whatever it hides so that its size gives
/// nothing away; the content itself is not built, so it is nowhere in the page. Activating the
/// placeholder shows this one spoiler for this page view and leaves the setting as it is.
///
/// With a `gate` message it holds back a whole section instead (a character met later, an
/// episode not yet watched), saying why, with a "Show anyway" button; `gate_heading` gives a
/// gated page the heading its hidden content would have had.
#[component]
pub fn Spoiler(
    reveal: Reveal,
    #[prop(optional, into)] gate: Option<String>,
    #[prop(optional)] gate_heading: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let progress = use_progress();
    let shown_anyway = RwSignal::new(false);
    // The button that was focused is gone once pressed; focus moves to what it revealed so a
    // keyboard or screen-reader user stays in place.
    let revealed = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = revealed.get() {
            let _ = element.focus();
        }
    });
    move || {
        let hidden_from = reveal.episode().filter(|_| !reveal.visible_at(progress.get()));
        match (hidden_from, shown_anyway.get(), gate.clone()) {
            (Some(episode), false, None) => view! {
                <button type="button" class="spoiler" on:click=move |_| shown_anyway.set(true)>
                    {format!("Spoiler from episode {episode} — reveal")}
                </button>
            }
            .into_any(),
            (Some(_), false, Some(message)) => view! {
                <div class="spoiler-gate">
                    {gate_heading.map(|heading| view! { <h1>{heading}</h1> })}
                    <p>{message}</p>
                    <button type="button" class="button" on:click=move |_| shown_anyway.set(true)>
                        "Show anyway"
                    </button>
                </div>
            }
            .into_any(),
            (Some(_), true, _) => view! {
                <div class="revealed" tabindex="-1" node_ref=revealed>{children()}</div>
            }
            .into_any(),
            _ => children().into_any(),
        }
    }
}
