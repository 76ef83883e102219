use crate::components::{FirstVisitPrompt, LoadFailure, LoadingIndicator, SiteFooter, SiteHeader};
use crate::pages::{
    AbilityIndex, About, CharacterIndex, CharacterPage, CreaturePage, EpisodeGuide, EpisodePage,
    Glossary, Home, NotFound, SearchPage,
};
use crate::paths;
use crate::prerendered;
use crate::state::{SpoilerSettings, ThemeSetting, WikiStore};
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

/// The wiki in the browser: it fetches the data and takes over from the page's prerendered
/// HTML once it can show the same page itself.
#[component]
pub fn App() -> impl IntoView {
    let (origin, base) = document_base();
    paths::set_site(&origin, &base);
    view! { <Site store=WikiStore::fetch()/> }
}

/// The whole site: header, the page for the current address, and footer. Until the data is
/// there the page shows a loading note, and if it fails, what failed and a retry. The same view
/// is rendered to static HTML at build time (see `prerender`), with the data already read.
#[component]
pub fn Site(store: WikiStore) -> impl IntoView {
    // The head tags of prerendered pages; the app sets its own (see `PageMeta`).
    #[cfg(feature = "ssr")]
    leptos_meta::provide_meta_context();
    SpoilerSettings::provide();
    ThemeSetting::provide();
    provide_context(store);
    view! {
        <Router base=paths::base()>
            <SiteHeader/>
            <FirstVisitPrompt/>
            <main id="main" tabindex="-1">
                <Suspense fallback=|| view! { <LoadingIndicator/> }>
                    {move || {
                        store.get().map(|loaded| {
                            let page = match loaded {
                                Ok(loaded) => {
                                    provide_context(loaded.wiki);
                                    view! { <WikiRoutes/> }.into_any()
                                }
                                Err(error) => view! {
                                    <LoadFailure error on_retry=move || store.retry()/>
                                }
                                .into_any(),
                            };
                            // Runs once the page above is in the document, so the prerendered
                            // copy goes in the same frame as the app's own appears.
                            Effect::new(prerendered::hand_over);
                            page
                        })
                    }}
                </Suspense>
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// Every page of the wiki by address; anything else is "not found". Each route's pages are
/// listed in `paths::pages` too, to be prerendered (tests/routes.rs holds the two together).
/// No route nests, so the flat router does: it is about 9 KB smaller (brotli) than `Routes`.
#[component]
fn WikiRoutes() -> impl IntoView {
    view! {
        <FlatRoutes fallback=NotFound>
            <Route path=path!("/") view=Home/>
            <Route path=path!("/characters") view=CharacterIndex/>
            <Route path=path!("/characters/:slug") view=CharacterPage/>
            <Route path=path!("/episodes") view=EpisodeGuide/>
            <Route path=path!("/episodes/:number") view=EpisodePage/>
            <Route path=path!("/abilities") view=AbilityIndex/>
            <Route path=path!("/abilities/:slug") view=CreaturePage/>
            <Route path=path!("/glossary") view=Glossary/>
            <Route path=path!("/about") view=About/>
            <Route path=path!("/search") view=SearchPage/>
        </FlatRoutes>
    }
}

/// The origin and path of the document's `<base href>`, which trunk sets from `--public-url`:
/// path "/" for a root deploy, "/imperfects/" for a sub-path one.
fn document_base() -> (String, String) {
    document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| (url.origin(), url.pathname()))
        .unwrap_or_default()
}
