use crate::paths;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

/// The document title and description of a page, and its link-preview tags. Title and
/// description follow the reader's spoiler setting, since tabs and history show them. Link
/// previews are read by crawlers that have no setting, so they are written at the safe default:
/// a page whose title or description depends on the setting passes a `preview` of its own.
///
/// The texts are plain closures rather than signals owned by the page: the head's tags may
/// read them once more while the page is being torn down.
///
/// Only pages set the title, so until the data has arrived the prerendered page's title stays.
#[component]
pub fn PageMeta(
    #[prop(into)] title: TextProp,
    #[prop(into)] description: TextProp,
    #[prop(optional)] preview: Option<(String, String)>,
) -> impl IntoView {
    let (preview_title, preview_description) = match preview {
        Some((title, description)) => (TextProp::from(title), TextProp::from(description)),
        None => (title.clone(), description.clone()),
    };
    let card = paths::absolute("/og-card.png");
    // One address per page, though hosts also answer it without the trailing slash.
    let canonical = paths::canonical(&use_location().pathname.get_untracked());
    view! {
        <Link rel="canonical" href=canonical.clone()/>
        <Meta property="og:url" content=canonical/>
        <Title formatter=|page: String| format!("{page} · The Imperfects Wiki") text=title/>
        <Meta name="description" content=description/>
        <Meta property="og:site_name" content="The Imperfects Wiki"/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:title" content=preview_title.clone()/>
        <Meta property="og:description" content=preview_description.clone()/>
        <Meta property="og:image" content=card.clone()/>
        <Meta name="twitter:card" content="summary_large_image"/>
        <Meta name="twitter:title" content=preview_title/>
        <Meta name="twitter:description" content=preview_description/>
        <Meta name="twitter:image" content=card/>
    }
}
