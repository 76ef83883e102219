//! Every page rendered to static HTML at build time, so it is readable without JavaScript,
//! shows its text at once and can be found by search engines and link previews.
//!
//! The pages come from the same view as the app ([`Site`]) over the same data, at each spoiler
//! level: the safe default (a reader who has chosen nothing) is the page every visitor, crawler
//! and link preview gets; a copy at each other level lets a returning reader's own page arrive
//! first (see public/boot.js and public/sw.js). In the browser the app then takes over (see
//! `prerendered`) when a control needs it. [`document`] makes the files.

pub mod document;

use crate::app::Site;
use crate::paths;
use crate::state::{Loaded, SpoilerChoice, WikiStore};
use futures::executor::block_on;
use futures::{stream, StreamExt};
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

/// One page as HTML: what goes in `<head>` (title, description, link previews) and in `<body>`.
pub struct RenderedPage {
    pub head: String,
    pub body: String,
}

impl RenderedPage {
    /// Whether this is the "not found" page, which no listed address should give.
    pub fn is_not_found(&self) -> bool {
        self.body.contains(r#"class="not-found""#)
    }
}

/// Renders the page at `path` (without the deployment path, which `paths::set_site` gave) for
/// a reader who has made `choice`.
pub fn render_page(loaded: &Loaded, path: &str, choice: Option<SpoilerChoice>) -> RenderedPage {
    // The header's tags are collected only after an executor tick; any executor will do.
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&paths::to(path)));
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        let store = WikiStore::ready(loaded.clone());
        let body = block_on(view! { <Site store choice/> }.to_html_stream_in_order().collect::<String>());
        let head = block_on(async {
            let empty_head = stream::iter(["<head></head>".to_owned()]);
            meta_output.inject_meta_context(empty_head).await.collect::<String>().await
        });
        let head = head.trim_start_matches("<head>").trim_end_matches("</head>");
        // Marked so the app can remove them once it writes its own.
        let head =
            head.replace("<meta ", "<meta data-prerendered ").replace("<link ", "<link data-prerendered ");
        // `<!>` marks where text nodes split, for hydration, which this page never has.
        RenderedPage { head, body: body.replace("<!>", "") }
    })
}
