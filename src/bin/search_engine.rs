//! The wiki's search: a small wasm of its own, built by trunk beside the app (index.html), that
//! public/search.js loads at the first focus on the header's search box of a page, or at the
//! app's first search. It reads the index file of the reader's setting (written by the
//! prerenderer) and answers each query with `imperfects_wiki::search`, so the page before the app
//! and the app list the same. Nothing of leptos or a JSON parser is in it: the index is plain
//! text, and so is the answer; and the app carries no search code of its own.

use imperfects_wiki::model::Setting;
use imperfects_wiki::search::SearchIndex;
use wasm_bindgen::prelude::wasm_bindgen;

/// An index file, read once, and the setting it was written for.
#[wasm_bindgen]
pub struct Engine {
    setting: Setting,
    index: SearchIndex,
}

#[wasm_bindgen]
impl Engine {
    /// Reads an index file; `undefined` when it is not one (a host's error page, a cut file).
    pub fn read(text: &str) -> Option<Engine> {
        let (setting, index) = SearchIndex::read_file(text)?;
        Some(Engine { setting, index })
    }

    /// The setting's key ("5", "5s"), to check the file is the reader's.
    pub fn setting(&self) -> String {
        self.setting.key()
    }

    /// What search shows for `query` (`Listed::answer`): the header's list, or with `all`
    /// the results page's every result.
    pub fn answer(&self, query: &str, all: bool) -> String {
        match all {
            true => self.index.results(query, self.setting),
            false => self.index.listed(query, self.setting),
        }
        .answer()
    }
}

/// Nothing runs at load: the page calls [`Engine::read`] once the index file is there.
fn main() {}
