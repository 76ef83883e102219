use crate::model::{Reveal, Setting};
use crate::names;
use crate::state::{use_page_reveals, use_setting};
use leptos::attr::custom::custom_attribute;
use leptos::context::Provider;
use leptos::html;
use leptos::prelude::*;

/// What a title kept back in strict mode says in its place.
pub const KEPT_BACK: &str = "Hidden until you watch it";

/// One statement that shows only once the reader's setting has reached `reveal`. Until then a
/// placeholder names the episode (in strict mode not even that), the same for whatever it hides
/// so that its size gives nothing away; the statement itself is not built, so it is nowhere in the page. Activating
/// the placeholder shows this one statement for this page view and leaves the setting as it is.
///
/// `key` names what it hides (a slug, a statement) so that the spoiler has the same id in the
/// prerendered copy and in the app at every level: a spoiler revealed before the app arrived
/// is still revealed after. The id is a hash, so a placeholder names nothing it holds back.
#[component]
pub fn Spoiler(reveal: Reveal, #[prop(into)] key: String, children: ChildrenFn) -> impl IntoView {
    // A statement shown reads as it does at its own episode: what it holds from that episode or
    // before shows with it, even where the reader revealed it early.
    let within = use_context::<ShownAt>().map(|ShownAt(at)| at);
    // Shown, a statement carries its id and episode, so that a reveal before the app can take it
    // from the page's finished copy (public/actions.js); the premise is never held back.
    let children: ChildrenFn = match reveal.episode() {
        None => children,
        Some(episode) => {
            let marker = format!("{} {episode}", spoiler_id(&key));
            std::sync::Arc::new(move || {
                let statement = view! { <span>{children()}</span> }
                    .add_any_attr(custom_attribute(names::STATEMENT_ATTR, marker.clone()));
                view! { <Provider value=ShownAt(reveal)>{statement}</Provider> }.into_any()
            })
        }
    };
    held_back(
        move |setting| held(reveal, setting).filter(|_| within.is_none_or(|at| reveal > at)),
        &key,
        children,
        |episode, id, show| {
            let text = match episode {
                Some(episode) => format!("Spoiler from episode {episode} — reveal"),
                None => "Spoiler from a later episode — reveal".to_owned(),
            };
            view! { <button type="button" class="spoiler" on:click=move |_| show()>{text}</button> }
                .add_any_attr(custom_attribute(names::SPOILER_ATTR, id))
                .into_any()
        },
    )
}

/// The point a statement shown is from, for the statements inside it.
#[derive(Clone, Copy)]
struct ShownAt(Reveal);

/// Whether `reveal` is held back at `setting`, and if so the episode a placeholder may name:
/// none in strict mode.
pub(super) fn held(reveal: Reveal, setting: Setting) -> Option<Option<u8>> {
    let episode = reveal.episode().filter(|_| !reveal.visible_at(setting.progress))?;
    Some((!setting.collapses()).then_some(episode))
}

/// What the spoilers and gates share: `children` while `hidden` says the reader's setting
/// shows them or this page view revealed them, else what `placeholder` makes from the episode
/// it may name, the spoiler's id and the action that reveals it.
pub(super) fn held_back(
    hidden: impl Fn(Setting) -> Option<Option<u8>> + Send + Sync + 'static,
    key: &str,
    children: ChildrenFn,
    placeholder: impl Fn(Option<u8>, String, Box<dyn Fn() + Send + Sync>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let setting = use_setting();
    let reveals = use_page_reveals();
    let id = spoiler_id(key);
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
    move || match (hidden(setting.get()), reveals.is_shown(&id)) {
        (Some(episode), false) => {
            let show_id = id.clone();
            placeholder(episode, id.clone(), Box::new(move || reveals.show(&show_id, true)))
        }
        (Some(_), true) => view! {
            <div class="revealed" tabindex="-1" node_ref=revealed>{children()}</div>
        }
        .add_any_attr(custom_attribute(names::SPOILER_ATTR, id.clone()))
        .into_any(),
        (None, _) => children().into_any(),
    }
}

/// A short, stable id from what the spoiler hides (FNV-1a): the same on every build and level.
pub(super) fn spoiler_id(key: &str) -> String {
    let hash =
        key.bytes().fold(0x811c_9dc5_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193));
    format!("s{hash:08x}")
}

#[cfg(test)]
mod tests {
    use super::{held, spoiler_id};
    use crate::model::{Progress, Reveal, Setting};

    #[test]
    fn an_id_is_the_fnv_1a_hash_of_its_key() {
        // The published FNV-1a 32-bit test vectors (as in Go's hash/fnv tests): a change to the
        // constants, to the order of the steps (FNV-1 multiplies first) or to the format shows
        // here, not only as ids that no longer match those of a copy built before it.
        assert_eq!(spoiler_id(""), "s811c9dc5");
        assert_eq!(spoiler_id("a"), "se40c292c");
        assert_eq!(spoiler_id("ab"), "s4d2505ca");
        assert_eq!(spoiler_id("abc"), "s1a47e90b");
        // 0x0076912c: a small hash keeps its leading zeros, so every id has the same length.
        assert_eq!(spoiler_id("cfx"), "s0076912c");
        assert_ne!(spoiler_id("tilda-weber"), spoiler_id("juan-ruiz"));
    }

    #[test]
    fn a_placeholder_names_the_episode_except_in_strict_mode() {
        let at = |watched, strict| Setting { progress: Progress::up_to(watched), strict };
        assert_eq!(held(Reveal::Premise, at(0, false)), None);
        assert_eq!(held(Reveal::Premise, at(0, true)), None);
        assert_eq!(held(Reveal::Episode(5), at(4, false)), Some(Some(5)));
        assert_eq!(held(Reveal::Episode(5), at(4, true)), Some(None));
        assert_eq!(held(Reveal::Episode(5), at(5, false)), None);
        assert_eq!(held(Reveal::Episode(5), at(5, true)), None);
        assert_eq!(held(Reveal::Episode(10), at(10, true)), None);
    }
}
