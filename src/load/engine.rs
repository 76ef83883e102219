//! The app's search: answers from the search engine (src/bin/search_engine.rs) that a page
//! searches with before the app, asked through the boot script's global (public/search.js), so
//! that the app carries no search code of its own and finds the engine and index already read.

use crate::model::Setting;
use crate::names;
use crate::search::Answer;
use wasm_bindgen::{JsCast, JsValue};

/// What search answers a reader with `setting` for `query`: the header's list, or with `all`
/// every result. `None` when the engine or its index cannot be had (offline before the service
/// worker kept them, a page without the boot script) or answers something else.
pub async fn answer(setting: Setting, query: &str, all: bool) -> Option<Answer> {
    let get = |on: &JsValue, name: &str| js_sys::Reflect::get(on, &name.into()).ok();
    let ask: js_sys::Function =
        get(&get(&js_sys::global(), names::EARLY_GLOBAL)?, names::EARLY_SEARCH)?.dyn_into().ok()?;
    let asked = ask.call3(&JsValue::NULL, &setting.key().into(), &query.into(), &all.into()).ok()?;
    let words = wasm_bindgen_futures::JsFuture::from(asked.dyn_into::<js_sys::Promise>().ok()?).await.ok()?;
    Answer::read(&words.as_string()?)
}
