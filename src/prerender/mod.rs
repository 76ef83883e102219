//! Every page rendered to static HTML at build time, so it is readable without JavaScript,
//! shows its text at once and can be found by search engines and link previews.
//!
//! The pages come from the same view as the app ([`Site`]) over the same data, at each spoiler
//! level: the safe default (a reader who has chosen nothing) is the page every visitor, crawler
//! and link preview gets; a copy at each other level lets a returning reader's own page arrive
//! first (see public/boot.js and public/sw.js). In the browser the app then takes over (see
//! `prerendered`) when a control needs it. [`document`] makes the files.

pub mod document;
pub mod feed;
pub mod history;
mod hooks;
pub mod opensearch;
mod scripts;
pub mod structured_data;

pub use scripts::{actions, search, service_worker};

use crate::app::Site;
use crate::model::Wiki;
use crate::paths;
use crate::state::{SpoilerChoice, WikiStore};
use futures::executor::block_on;
use futures::{stream, StreamExt};
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// One page as HTML: what goes in `<head>` (title, description, link previews) and in `<body>`.
pub struct RenderedPage {
    /// The head tags of the page.
    pub head: String,
    /// The site as the page shows it: header, content, footer.
    pub body: String,
    /// The page's own title (without the site's name), as its `PageMeta` gave it, in plain
    /// text: what the structured data names it by.
    pub title: Option<String>,
    /// Whether the router found no page at the address (an unknown path, or an entry the data
    /// does not have), which no listed address may give.
    pub not_found: bool,
}

/// Set while a page renders if the router answers "not found": what a server would send as
/// status 404, and how the build tells a missing page without reading the markup.
#[derive(Clone, Default)]
struct NotFoundStatus(Arc<AtomicBool>);

/// Where `PageMeta` leaves the page's title while it renders.
#[derive(Clone, Default)]
struct PageTitle(Arc<Mutex<Option<String>>>);

/// Called by `PageMeta` while a page renders.
pub(crate) fn note_page_title(title: String) {
    if let Some(slot) = use_context::<PageTitle>() {
        if let Ok(mut noted) = slot.0.lock() {
            *noted = Some(title);
        }
    }
}

/// Called by the "not found" page while it renders.
pub(crate) fn mark_not_found() {
    if let Some(status) = use_context::<NotFoundStatus>() {
        status.0.store(true, Ordering::Relaxed);
    }
}

/// Renders the page at `path` (without the deployment path, which `deployment::set` gave) for
/// a reader who has made `choice`, in strict mode if `strict`.
pub fn render_page(
    wiki: &Arc<Wiki>,
    path: &str,
    choice: Option<SpoilerChoice>,
    strict: bool,
) -> RenderedPage {
    // The header's tags are collected only after an executor tick; any executor will do.
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(paths::to(path).as_str()));
        let status = NotFoundStatus::default();
        provide_context(status.clone());
        let title = PageTitle::default();
        provide_context(title.clone());
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        let store = WikiStore::ready(Arc::clone(wiki));
        let body =
            block_on(view! { <Site store choice strict/> }.to_html_stream_in_order().collect::<String>());
        let head = block_on(async {
            let empty_head = stream::iter(["<head></head>".to_owned()]);
            meta_output.inject_meta_context(empty_head).await.collect::<String>().await
        });
        let head = head.trim_start_matches("<head>").trim_end_matches("</head>").to_owned();
        // `<!>` marks where text nodes split, for hydration, which this page never has.
        let title = title.0.lock().ok().and_then(|mut title| title.take());
        RenderedPage {
            head,
            body: body.replace("<!>", ""),
            title,
            not_found: status.0.load(Ordering::Relaxed),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sections;
    use std::path::Path;

    fn loaded() -> Arc<Wiki> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        Arc::new(Wiki::load_from_dir(&dir).unwrap_or_else(|e| panic!("{e}")))
    }

    #[test]
    fn a_bad_address_is_not_found_whatever_is_wrong_with_it() {
        let loaded = loaded();
        for path in
            ["/nowhere", "/episodes/04", "/episodes/x", "/episodes/+4", "/episodes/99", "/characters/unknown"]
        {
            let page = render_page(&loaded, path, None, false);
            assert!(page.not_found, "{path} rendered as a page");
            assert!(page.body.contains("Page not found"), "{path}");
        }
    }

    #[test]
    fn each_kind_of_listed_page_is_found() {
        let loaded = loaded();
        let pages = sections::pages(&loaded);
        // A section page, and the first entry of each section that has entries.
        let mut kinds: Vec<&String> = Vec::new();
        for section in sections::ALL {
            kinds.extend(pages.iter().find(|page| **page == section.path()));
            let prefix = format!("{}/", section.path());
            kinds.extend(pages.iter().find(|page| section.entries.is_some() && page.starts_with(&prefix)));
        }
        assert!(kinds.len() > sections::ALL.len());
        for path in kinds {
            let page = render_page(&loaded, path, None, false);
            assert!(!page.not_found, "{path} rendered as \"not found\"");
            // The app removes these once it writes its own.
            assert_eq!(page.head.matches("<meta ").count(), page.head.matches(" data-prerendered").count());
        }
    }
}
