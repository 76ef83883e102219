use crate::paths;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The document title and description of a page, and its link-preview tags. Title and
/// description follow the reader's spoiler setting, since tabs and history show them. Link
/// previews are read by crawlers that have no setting, so they are written at the safe default:
/// a page whose title or description depends on the setting passes a `preview` of its own.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
    #[prop(optional)] preview: Option<(String, String)>,
) -> impl IntoView {
    let (preview_title, preview_description) = match preview {
        Some((title, description)) => (Signal::from(title), Signal::from(description)),
        None => (title, description),
    };
    let card = paths::to("/og-card.png");
    view! {
        <Title text=move || title.get()/>
        <Meta name="description" content=move || description.get()/>
        <Meta property="og:site_name" content="The Imperfects Wiki"/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:title" content=move || preview_title.get()/>
        <Meta property="og:description" content=move || preview_description.get()/>
        <Meta property="og:image" content=card.clone()/>
        <Meta name="twitter:card" content="summary_large_image"/>
        <Meta name="twitter:title" content=move || preview_title.get()/>
        <Meta name="twitter:description" content=move || preview_description.get()/>
        <Meta name="twitter:image" content=card/>
    }
}
