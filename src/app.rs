use crate::components::{FirstVisitPrompt, LoadFailure, LoadingIndicator, PageFoot, SiteFooter, SiteHeader};
use crate::deployment;
use crate::names;
use crate::pages::NotFound;
use crate::prerendered;
use crate::sections;
use crate::state::{
    use_page_reveals, use_setting, PageReveals, SpoilerChoice, SpoilerSettings, ThemeSetting, WikiStore,
};
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, FlatRoutesProps, RouteChildren, Router};

/// The wiki in the browser: it fetches the data and takes over from the page's prerendered
/// HTML once it can show the same page itself.
#[component]
pub fn App() -> impl IntoView {
    let (origin, base) = document_base();
    deployment::set(&origin, &base);
    let root = document().document_element();
    if let Some(repository) = root.and_then(|root| root.get_attribute(names::REPOSITORY_ATTR)) {
        crate::contribute::set_repository(&repository);
    }
    view! { <Site store=WikiStore::fetch() choice=SpoilerSettings::stored() strict=SpoilerSettings::stored_strict()/> }
}

/// The whole site: header, the page for the current address, and footer, for a reader who has
/// made `choice`. Until the data is there the page shows a loading note, and if it fails, what
/// failed and a retry. The same view is rendered to static HTML at build time (see
/// `prerender`), with the data already read, at each spoiler setting (`strict` is strict mode).
#[component]
pub fn Site(store: WikiStore, choice: Option<SpoilerChoice>, strict: bool) -> impl IntoView {
    // The head tags of prerendered pages; the app sets its own (see `PageMeta`).
    #[cfg(feature = "ssr")]
    leptos_meta::provide_meta_context();
    SpoilerSettings::provide(choice, strict);
    ThemeSetting::provide();
    PageReveals::provide();
    provide_context(store);
    let setting = use_setting();
    Effect::new(move || prerendered::show_level(setting.get()));
    view! {
        <Router base=deployment::base()>
            <SiteHeader/>
            <FirstVisitPrompt/>
            <main id=names::MAIN_ID tabindex="-1">
                {move || match store.get() {
                    None => view! { <LoadingIndicator/> }.into_any(),
                    Some(Ok(wiki)) => {
                        provide_context(wiki);
                        // Runs once the page is in the document, so the prerendered copy goes
                        // in the same frame as the app's own appears.
                        let reveals = use_page_reveals();
                        Effect::new(move || prerendered::hand_over(reveals, setting.get_untracked()));
                        view! { <WikiRoutes/> <PageFoot/> }.into_any()
                    }
                    Some(Err(error)) => {
                        let why = error.to_string();
                        Effect::new(move || prerendered::cannot_take_over(setting.get_untracked(), &why));
                        view! { <LoadFailure error on_retry=move || store.retry()/> }.into_any()
                    }
                }}
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// Every page of the wiki by address, from the table of sections; anything else is "not
/// found". No route nests, so the flat router does: it is about 9 KB smaller (brotli) than
/// `Routes`.
#[component]
fn WikiRoutes() -> impl IntoView {
    // A new page view holds back every spoiler again.
    let reveals = use_page_reveals();
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            reveals.clear();
        }
        path
    });
    view! {
        {FlatRoutes(
            FlatRoutesProps::builder()
                .fallback(NotFound)
                .children(RouteChildren::to_children(sections::routes))
                .build(),
        )}
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
