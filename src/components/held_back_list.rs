use super::revealed_in;
use super::spoiler::{held, held_back, spoiler_id, Spoiler};
use crate::model::Reveal;
use crate::names;
use crate::state::{use_page_reveals, use_setting};
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

/// What a list that would hold nothing but placeholders says instead: neither how many there
/// are nor their episodes, which together could tell a fate ("Status: episode 10").
pub const HELD_BACK_LINE: &str = "Held back at your setting — reveal";

/// A list whose entries each wait for the episode that reveals them. The entries the reader's
/// setting holds back stand as one line, where the first of them would be, so that a page never
/// piles placeholders up: one held back is a [`Spoiler`] naming its episode; several are
/// "3 more from episodes 4–10", which reveals them all at once (their ids are each revealed,
/// as a [`Spoiler`]'s is, so a reveal before the app lists every one); a list of nothing but
/// held-back entries is [`HELD_BACK_LINE`]. In strict mode the line neither counts them nor
/// names their episodes, and stands in every list that has any dated entry, even when nothing
/// in it lies later, so that its presence tells nothing either. Each entry carries its
/// episode, for the "new" marks.
#[component]
pub fn HeldBackList(entries: Vec<Entry>, #[prop(optional)] class: &'static str) -> impl IntoView {
    let setting = use_setting();
    let reveals = use_page_reveals();
    let dated = entries.iter().any(|entry| entry.reveal != Reveal::Premise);
    let group_key =
        format!("later:{}", entries.iter().map(|entry| entry.key.as_str()).collect::<Vec<_>>().join("|"));
    let ids: Vec<String> = entries.iter().map(|entry| spoiler_id(&entry.key)).collect();
    let reveals_at: Vec<Reveal> = entries.iter().map(|entry| entry.reveal).collect();
    let entries = StoredValue::new(entries);
    let item = |reveal: Reveal, view: AnyView| view! { <li>{view}</li> }.add_any_attr(revealed_in(reveal));
    let collapse = Memo::new(move |_| dated && setting.get().collapses());
    // Outside strict mode, which entries stand as the one line: those held back and not revealed
    // on this page view. The list is built again only when that changes; each entry follows the
    // setting itself otherwise.
    let waiting = Memo::new(move |_| {
        let setting = setting.get();
        (0..ids.len())
            .filter(|&i| held(reveals_at[i], setting).is_some() && !reveals.is_shown(&ids[i]))
            .collect::<Vec<usize>>()
    });
    move || {
        let collapse = collapse.get();
        let waiting = if collapse { Vec::new() } else { waiting.get() };
        entries.with_value(|entries| {
            let mut items: Vec<AnyView> = Vec::new();
            let mut later: Vec<ViewFn> = Vec::new();
            let all = !waiting.is_empty() && waiting.len() == entries.len();
            let grouped = waiting.len() > 1 || all;
            for (i, Entry { reveal, key, view }) in entries.iter().enumerate() {
                if collapse {
                    if reveal.visible_at(setting.get().progress) {
                        items.push(item(*reveal, view.run()).into_any());
                    } else {
                        later.push(view.clone());
                    }
                } else if grouped && waiting.contains(&i) {
                    if waiting.first() == Some(&i) {
                        let group: Vec<&Entry> = waiting.iter().map(|&w| &entries[w]).collect();
                        items.push(view! { <li class="later">{group_line(&group, all)}</li> }.into_any());
                    }
                } else {
                    let view = view.clone();
                    let spoiler = view! { <Spoiler reveal=*reveal key=key.clone()>{view.run()}</Spoiler> };
                    items.push(item(*reveal, spoiler.into_any()).into_any());
                }
            }
            if collapse {
                items.push(view! { <li class="later">{later_line(&group_key, later)}</li> }.into_any());
            }
            view! { <ul class=class>{items}</ul> }
        })
    }
}

/// The one line in place of several held-back entries (or all of a list's), which reveals each
/// of them, the first taking the focus. It names their episodes only as far as a placeholder
/// each would have.
fn group_line(group: &[&Entry], all: bool) -> impl IntoView {
    let reveals = use_page_reveals();
    let ids: Vec<String> = group.iter().map(|entry| spoiler_id(&entry.key)).collect();
    let episodes = group.iter().filter_map(|entry| entry.reveal.episode());
    let (first, last) = (episodes.clone().min(), episodes.max());
    let text = match (all, first, last) {
        (true, _, _) => HELD_BACK_LINE.to_owned(),
        (false, Some(first), Some(last)) if first == last => {
            format!("{} more from episode {first} — reveal", group.len())
        }
        (false, Some(first), Some(last)) => {
            format!("{} more from episodes {first}–{last} — reveal", group.len())
        }
        _ => format!("{} more from later episodes — reveal", group.len()),
    };
    let listed = ids.join(" ");
    view! { <button type="button" class="spoiler" on:click=move |_| reveals.show_all(&ids)>{text}</button> }
        .add_any_attr(custom_attribute(names::SPOILER_ATTR, listed))
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
