use super::revealed_in;
use super::spoiler::{held_back, Spoiler};
use crate::model::Reveal;
use crate::names;
use crate::state::use_setting;
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// One entry of a [`HeldBackList`]: from when it may show, the key of its spoiler (see
/// [`Spoiler`]), and the entry itself.
pub struct Entry {
    /// From when it may show.
    pub reveal: Reveal,
    /// What names its spoiler, the same at every level.
    pub key: String,
    /// The entry.
    pub view: ViewFn,
}

/// What the line a strict reader gets in place of later entries says.
pub const LATER_LINE: &str = "More in later episodes — reveal";

/// A list whose entries each wait for the episode that reveals them, as a [`Spoiler`] each.
/// In strict mode the entries the reader's setting holds back collapse into one line, which
/// neither counts them nor names their episodes, and which reveals them all. The line stands in
/// every list that has any dated entry, even when nothing in it lies later, so that its
/// presence tells nothing either. Each entry carries its episode, for the "new" marks.
#[component]
pub fn HeldBackList(entries: Vec<Entry>, #[prop(optional)] class: &'static str) -> impl IntoView {
    let setting = use_setting();
    let dated = entries.iter().any(|entry| entry.reveal != Reveal::Premise);
    let group_key =
        format!("later:{}", entries.iter().map(|entry| entry.key.as_str()).collect::<Vec<_>>().join("|"));
    let entries = StoredValue::new(entries);
    let item = |reveal: Reveal, view: AnyView| view! { <li>{view}</li> }.add_any_attr(revealed_in(reveal));
    // Outside strict mode each entry follows the setting itself, so the list is built again
    // only when strict mode starts or ends.
    let collapse = Memo::new(move |_| dated && setting.get().collapses());
    move || {
        let collapse = collapse.get();
        entries.with_value(|entries| {
            let mut items: Vec<AnyView> = Vec::new();
            let mut later: Vec<ViewFn> = Vec::new();
            for Entry { reveal, key, view } in entries {
                if !collapse {
                    let view = view.clone();
                    let spoiler = view! { <Spoiler reveal=*reveal key=key.clone()>{view.run()}</Spoiler> };
                    items.push(item(*reveal, spoiler.into_any()).into_any());
                } else if reveal.visible_at(setting.get().progress) {
                    items.push(item(*reveal, view.run()).into_any());
                } else {
                    later.push(view.clone());
                }
            }
            if collapse {
                items.push(view! { <li class="later">{later_line(&group_key, later)}</li> }.into_any());
            }
            view! { <ul class=class>{items}</ul> }
        })
    }
}

/// The one line in place of the later entries, revealing them (or that there are none).
fn later_line(key: &str, later: Vec<ViewFn>) -> impl IntoView {
    let children: ChildrenFn = std::sync::Arc::new(move || {
        if later.is_empty() {
            view! { <p class="hint">"Nothing later is recorded here yet."</p> }.into_any()
        } else {
            view! { <ul>{later.iter().map(|view| view! { <li>{view.run()}</li> }).collect_view()}</ul> }
                .into_any()
        }
    });
    held_back(
        |setting| setting.collapses().then_some(None),
        key,
        children,
        |_, id, show| {
            view! { <button type="button" class="spoiler" on:click=move |_| show()>{LATER_LINE}</button> }
                .add_any_attr(custom_attribute(names::SPOILER_ATTR, id))
                .into_any()
        },
    )
}
