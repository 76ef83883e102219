use super::{Entry, HeldBackList};
use crate::model::{Reveal, Revealed};
use crate::names;
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// A list of statements about the story, each held back until the reader reaches it, and each
/// marked new while the reader's setting has just passed its episode (see `new_since`).
#[component]
pub fn RevealedList(items: Vec<Revealed>) -> impl IntoView {
    let entries = items
        .into_iter()
        .map(|item| {
            let (text, note) = (item.text, item.note);
            let key = text.clone();
            let view = ViewFn::from(move || statement(text.clone(), note.clone()));
            Entry { reveal: item.revealed_in, key, view }
        })
        .collect();
    view! { <HeldBackList entries class="revealed-list"/> }
}

/// A statement, and what the sources leave open about it as a smaller note beside it, apart
/// from its sentence (the statement in an element of its own, so that it reads as written).
pub fn statement(text: String, note: Option<String>) -> AnyView {
    match note {
        Some(note) => view! { <span>{text}</span>" "<small class="source-note">{note}</small> }.into_any(),
        None => text.into_any(),
    }
}

/// The class by which the stylesheet marks a statement new ("revealed-4"); none for the
/// premise.
pub fn revealed_class(reveal: Reveal) -> Option<String> {
    reveal.episode().map(|n| format!("{}{n}", names::REVEALED_CLASS))
}

/// [`revealed_class`] as the class attribute of an element without another class.
pub fn revealed_in(reveal: Reveal) -> impl leptos::attr::Attribute {
    custom_attribute("class", revealed_class(reveal))
}
