//! What search answers the reader, kept in step with what they typed and their setting. The
//! answers come from the search engine (`load::engine`), a step away, so they arrive in their
//! own time: each is kept with the query it answers, and one that arrives after a later
//! question was asked is dropped, so a slow answer never replaces a newer one.

use crate::load::engine;
use crate::model::Setting;
use crate::search::Answer;
use crate::state::use_setting;
use leptos::prelude::*;

/// What a list says when search cannot be had, in the words of the search before the app
/// (public/search.js).
pub const NO_CONNECTION: &str = "Search needs a connection: try again once you are online.";

/// Where search stands for what the reader typed.
#[derive(Clone, Debug)]
pub enum Searched {
    /// Nothing answered yet (the engine is on its way).
    Waiting,
    /// The latest answer, and the query it answers.
    Answered(String, Answer),
    /// The engine or its index could not be had.
    Failed,
}

/// What search answers for `query` at the reader's setting, following both: the header's
/// list, or with `all` every result (the results page). An empty query is answered at once,
/// with nothing.
pub fn use_search(query: impl Fn() -> String + Send + Sync + 'static, all: bool) -> ReadSignal<Searched> {
    let setting = use_setting();
    let nothing = |query: String| Searched::Answered(query, Answer { found: true, hits: Vec::new() });
    // An empty query is answered from the start, so that a page showing it renders once.
    let first = untrack(&query);
    let searched = RwSignal::new(if first.trim().is_empty() { nothing(first) } else { Searched::Waiting });
    let asked = StoredValue::new(0_u32);
    Effect::new(move || {
        let (query, setting) = (query(), setting.get());
        let this = asked.get_value().wrapping_add(1);
        asked.set_value(this);
        if query.trim().is_empty() {
            let answered = searched.with_untracked(|s| matches!(s, Searched::Answered(q, _) if *q == query));
            if !answered {
                searched.set(nothing(query));
            }
            return;
        }
        leptos::task::spawn_local(async move {
            let answer = engine::answer(setting, &query, all).await;
            if asked.get_value() == this {
                searched.set(answer.map_or(Searched::Failed, |answer| Searched::Answered(query, answer)));
            }
        });
    });
    searched.read_only()
}

/// Has the engine and the index of `setting` loaded at the first focus on the search box, before
/// the first keystroke, as the search before the app does.
pub fn prepare(setting: Setting) {
    leptos::task::spawn_local(async move {
        engine::answer(setting, "", false).await;
    });
}
