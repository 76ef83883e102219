use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The document title and description of a page. Both follow the reader's spoiler setting,
/// since tabs, history and link previews show them.
#[component]
pub fn PageMeta(#[prop(into)] title: Signal<String>, #[prop(into)] description: Signal<String>) -> impl IntoView {
    view! {
        <Title text=move || title.get()/>
        <Meta name="description" content=move || description.get()/>
    }
}
