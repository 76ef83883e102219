use crate::load::{load_wiki, LoadError};
use crate::model::Wiki;
use crate::search::SearchIndex;
use leptos::prelude::*;
use std::sync::Arc;

/// The data and the search index built from it, once per load.
#[derive(Clone)]
pub struct Loaded {
    /// The checked data.
    pub wiki: Arc<Wiki>,
    /// The search index over it.
    pub search: Arc<SearchIndex>,
}

impl Loaded {
    /// Builds the search index for `wiki`.
    pub fn new(wiki: Arc<Wiki>) -> Self {
        let search = Arc::new(SearchIndex::build(&wiki));
        Loaded { wiki, search }
    }
}

/// Where the views get the data: in the browser it is fetched once at start-up and again only
/// when the reader asks to retry; when pages are prerendered at build time it is already read.
/// A plain signal filled by a task rather than a resource under `<Suspense>`: the one load
/// needs none of their machinery, which was 10.5 KB of compressed wasm.
#[derive(Clone, Copy)]
pub struct WikiStore(RwSignal<Option<Result<Loaded, LoadError>>>);

impl WikiStore {
    /// Starts fetching the data files.
    pub fn fetch() -> Self {
        let store = WikiStore(RwSignal::new(None));
        store.load();
        store
    }

    /// Data read already (the prerenderer).
    pub fn ready(loaded: Loaded) -> Self {
        WikiStore(RwSignal::new(Some(Ok(loaded))))
    }

    fn load(self) {
        leptos::task::spawn_local(async move {
            let loaded = load_wiki().await.map(Loaded::new);
            self.0.set(Some(loaded));
        });
    }

    /// `None` while loading.
    pub fn get(&self) -> Option<Result<Loaded, LoadError>> {
        self.0.get()
    }

    /// Fetches the data again after a failure, showing that it is loading meanwhile.
    pub fn retry(&self) {
        self.0.set(None);
        self.load();
    }

    /// The search index, once the data has arrived.
    pub fn search(&self) -> Option<Arc<SearchIndex>> {
        self.get().and_then(Result::ok).map(|loaded| loaded.search)
    }
}

/// The data's store: loading, loaded or failed.
pub fn use_store() -> WikiStore {
    expect_context::<WikiStore>()
}

/// The loaded wiki. Pages render only once it has arrived, under the view that provides it, so
/// the context is always there for them.
pub fn use_wiki() -> Arc<Wiki> {
    expect_context::<Arc<Wiki>>()
}
