//! The search of a page before the app: a small wasm of its own, built by trunk beside the app
//! (index.html), that public/search.js loads at the first focus on the header's search box. It
//! reads the index file of the reader's setting (written by the prerenderer) and answers each
//! query with the app's own search (`imperfects_wiki::search`), so the list shows what the app
//! would. Nothing of leptos or a JSON parser is in it: the index is plain text, and so is the
//! answer.

use imperfects_wiki::model::Setting;
use imperfects_wiki::search::SearchIndex;
use wasm_bindgen::prelude::wasm_bindgen;

/// What separates the fields of an answer.
const FIELD: &str = "\u{1f}";

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

    /// What the header's list shows for `query`: "1" when it found something ("0" when it
    /// offers the nearest entries instead), then each entry's title, kind, address and
    /// snippet, every field apart by U+001F.
    pub fn listed(&self, query: &str) -> String {
        let listed = self.index.listed(query, self.setting);
        let found = if listed.found { "1" } else { "0" };
        let entries = listed
            .documents
            .iter()
            .flat_map(|doc| [doc.title.as_str(), doc.kind.label(), doc.href.as_str(), doc.snippet.as_str()]);
        std::iter::once(found).chain(entries).collect::<Vec<_>>().join(FIELD)
    }
}

/// Nothing runs at load: the page calls [`Engine::read`] once the index file is there.
fn main() {}
