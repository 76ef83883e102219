use crate::names;
use leptos::prelude::*;

/// The document title and description of a page, and its link-preview tags. Title and
/// description follow the reader's spoiler setting, since tabs and history show them. Link
/// previews are read by crawlers that have no setting, so they are written at the safe default:
/// a page whose title or description depends on the setting passes a `preview` of its own.
///
/// Link previews (and the canonical address) are written only into the prerendered HTML, which
/// is what crawlers read; in the browser the app keeps just the title and the description up to
/// date, itself, since leptos_meta would cost about 6 KB of compressed wasm for two tags.
///
/// Only pages set the title, so until the data has arrived the prerendered page's title stays.
#[component]
pub fn PageMeta(
    #[prop(into)] title: TextProp,
    #[prop(into)] description: TextProp,
    #[prop(optional)] preview: Option<(String, String)>,
) -> impl IntoView {
    #[cfg(feature = "ssr")]
    return head_tags(title, description, preview);
    #[cfg(not(feature = "ssr"))]
    {
        // Link previews are the static HTML's alone (see above).
        let _ = preview;
        document_tags(title, description)
    }
}

/// Every tag, for the prerendered page's head.
#[cfg(feature = "ssr")]
fn head_tags(title: TextProp, description: TextProp, preview: Option<(String, String)>) -> impl IntoView {
    use crate::paths::{self, Href};
    use leptos_meta::{Link, Meta, Title};
    use leptos_router::hooks::use_location;

    let (preview_title, preview_description) = match preview {
        Some((title, description)) => (TextProp::from(title), TextProp::from(description)),
        None => (title.clone(), description.clone()),
    };
    let card = paths::to("/og-card.png").absolute();
    // One address per page, though hosts also answer it without the trailing slash.
    let canonical = Href::from_location(&use_location().pathname.get_untracked()).canonical();
    view! {
        {canonical.map(|canonical| view! {
            <Link rel="canonical" href=canonical.clone()/>
            <Meta property="og:url" content=canonical/>
        })}
        <Title formatter=|page: String| format!("{page} · The Imperfects Wiki") text=title/>
        <Meta name="description" content=description/>
        <Meta property="og:site_name" content="The Imperfects Wiki"/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:title" content=preview_title/>
        <Meta property="og:description" content=preview_description/>
        <Meta property="og:image" content=card/>
        // X reads the title, description and image from the Open Graph tags when its own are
        // absent; only the card's size has no Open Graph form.
        <Meta name="twitter:card" content="summary_large_image"/>
    }
    // Marked so the app can remove them once it writes its own (see `prerendered`).
    .add_any_attr(leptos::attr::custom::custom_attribute(names::PRERENDERED_ATTR, ""))
}

/// The title and description, kept by the app itself. The effect belongs to the page, so it
/// stops with it; the next page's runs first, as the router builds the new page before it drops
/// the old one.
#[cfg(not(feature = "ssr"))]
fn document_tags(title: TextProp, description: TextProp) {
    let effect = RenderEffect::new(move |_| {
        let document = document();
        document.set_title(&format!("{} · The Imperfects Wiki", title.get()));
        if let Some(meta) = description_meta(&document) {
            let _ = meta.set_attribute("content", &description.get());
        }
    });
    on_cleanup(move || drop(effect));
}

/// The app's own description tag, made the first time: the prerendered page's (and the bare
/// shell's) is marked `data-prerendered` and goes at the hand-over (see `prerendered`).
#[cfg(not(feature = "ssr"))]
fn description_meta(document: &web_sys::Document) -> Option<web_sys::Element> {
    let own = format!(r#"meta[name="description"]:not([{}])"#, names::PRERENDERED_ATTR);
    if let Ok(Some(meta)) = document.query_selector(&own) {
        return Some(meta);
    }
    let meta = document.create_element("meta").ok()?;
    meta.set_attribute("name", "description").ok()?;
    document.head()?.append_child(&meta).ok()?;
    Some(meta)
}
