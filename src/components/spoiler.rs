use crate::model::Reveal;
use crate::names;
use crate::state::{use_page_reveals, use_progress};
use leptos::attr::custom::custom_attribute;
use leptos::html;
use leptos::prelude::*;

/// Shows its content only once the reader's setting has reached `reveal`. Until then it shows a
/// placeholder naming the episode, the same for whatever it hides so that its size gives
/// nothing away; the content itself is not built, so it is nowhere in the page. Activating the
/// placeholder shows this one spoiler for this page view and leaves the setting as it is.
///
/// `key` names what it hides (a slug, a statement) so that the spoiler has the same id in the
/// prerendered copy and in the app at every level: a spoiler revealed before the app arrived
/// is still revealed after. The id is a hash, so a placeholder names nothing it holds back.
///
/// With a `gate` message it holds back a whole section instead (a character met later, an
/// episode not yet watched), saying why, with a "Show anyway" button; `gate_heading` gives a
/// gated page the heading its hidden content would have had.
#[component]
pub fn Spoiler(
    reveal: Reveal,
    #[prop(into)] key: String,
    #[prop(optional, into)] gate: Option<String>,
    #[prop(optional)] gate_heading: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let progress = use_progress();
    let reveals = use_page_reveals();
    let id = spoiler_id(&key);
    // The button that was used is gone once pressed; focus moves to what it revealed so a
    // keyboard or screen-reader user stays in place.
    let revealed = NodeRef::<html::Div>::new();
    let focus_id = id.clone();
    Effect::new(move |_| {
        if let Some(element) = revealed.get() {
            if reveals.take_focus(&focus_id) {
                let _ = element.focus();
            }
        }
    });
    move || {
        let hidden_from = reveal.episode().filter(|_| !reveal.visible_at(progress.get()));
        let show = {
            let id = id.clone();
            move |_| reveals.show(&id, true)
        };
        match (hidden_from, reveals.is_shown(&id), gate.clone()) {
            (Some(episode), false, None) => view! {
                <button type="button" class="spoiler" on:click=show>
                    {format!("Spoiler from episode {episode} — reveal")}
                </button>
            }
            .add_any_attr(custom_attribute(names::SPOILER_ATTR, id.clone()))
            .into_any(),
            (Some(_), false, Some(message)) => view! {
                <div class="spoiler-gate">
                    {gate_heading.map(|heading| view! { <h1>{heading}</h1> })}
                    <p>{message}</p>
                    {view! { <button type="button" class="button" on:click=show>"Show anyway"</button> }
                        .add_any_attr(custom_attribute(names::SPOILER_ATTR, id.clone()))}
                </div>
            }
            .into_any(),
            (Some(_), true, _) => view! {
                <div class="revealed" tabindex="-1" node_ref=revealed>{children()}</div>
            }
            .add_any_attr(custom_attribute(names::SPOILER_ATTR, id.clone()))
            .into_any(),
            _ => children().into_any(),
        }
    }
}

/// A short, stable id from what the spoiler hides (FNV-1a): the same on every build and level.
fn spoiler_id(key: &str) -> String {
    let hash =
        key.bytes().fold(0x811c_9dc5_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193));
    format!("s{hash:08x}")
}

#[cfg(test)]
mod tests {
    use super::spoiler_id;

    #[test]
    fn an_id_depends_only_on_its_key() {
        assert_eq!(spoiler_id("tilda-weber"), spoiler_id("tilda-weber"));
        assert_ne!(spoiler_id("tilda-weber"), spoiler_id("juan-ruiz"));
        assert!(spoiler_id("").starts_with('s'));
    }
}
