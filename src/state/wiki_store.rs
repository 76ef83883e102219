use crate::load::{load_wiki, LoadError};
use crate::model::Wiki;
use crate::search::SearchIndex;
use leptos::prelude::*;
use std::sync::Arc;

/// The data and the search index built from it, once per load.
#[derive(Clone)]
pub struct Loaded {
    pub wiki: Arc<Wiki>,
    pub search: Arc<SearchIndex>,
}

/// The data, fetched once at start-up and again only when the reader asks to retry.
#[derive(Clone, Copy)]
pub struct WikiStore(LocalResource<Result<Loaded, LoadError>>);

impl WikiStore {
    pub fn provide() -> Self {
        let store = WikiStore(LocalResource::new(|| async {
            let wiki = load_wiki().await?;
            let search = Arc::new(SearchIndex::build(&wiki));
            Ok(Loaded { wiki, search })
        }));
        provide_context(store);
        store
    }

    /// `None` while loading.
    pub fn get(&self) -> Option<Result<Loaded, LoadError>> {
        self.0.get()
    }

    pub fn retry(&self) {
        self.0.refetch();
    }

    /// The search index, once the data has arrived.
    pub fn search(&self) -> Option<Arc<SearchIndex>> {
        self.get().and_then(Result::ok).map(|loaded| loaded.search)
    }
}

pub fn use_store() -> WikiStore {
    expect_context::<WikiStore>()
}

/// The loaded wiki. Pages render only once it has arrived, under the view that provides it, so
/// the context is always there for them.
pub fn use_wiki() -> Arc<Wiki> {
    expect_context::<Arc<Wiki>>()
}
