use crate::load::{load_wiki, LoadError};
use crate::model::Wiki;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the views get the data: in the browser it is fetched once at start-up and again only
/// when the reader asks to retry; when pages are prerendered at build time it is already read.
/// A plain signal filled by a task rather than a resource under `<Suspense>`: the one load
/// needs none of their machinery, which was 10.5 KB of compressed wasm.
#[derive(Clone, Copy)]
pub struct WikiStore(RwSignal<Option<Result<Arc<Wiki>, LoadError>>>);

impl WikiStore {
    /// Starts fetching the data files.
    pub fn fetch() -> Self {
        let store = WikiStore(RwSignal::new(None));
        store.load();
        store
    }

    /// Data read already (the prerenderer).
    pub fn ready(wiki: Arc<Wiki>) -> Self {
        WikiStore(RwSignal::new(Some(Ok(wiki))))
    }

    fn load(self) {
        leptos::task::spawn_local(async move {
            let loaded = load_wiki().await;
            self.0.set(Some(loaded));
        });
    }

    /// `None` while loading.
    pub fn get(&self) -> Option<Result<Arc<Wiki>, LoadError>> {
        self.0.get()
    }

    /// Fetches the data again after a failure, showing that it is loading meanwhile.
    pub fn retry(&self) {
        self.0.set(None);
        self.load();
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
