use leptos::prelude::*;

/// The spoilers the reader has revealed on this page view, by their id (see
/// `components::Spoiler`; a line standing for several reveals each of their ids): each stays shown until the reader leaves the page, whatever else
/// changes meanwhile, such as the spoiler setting. Spoilers revealed on the prerendered copy
/// before the app arrived are handed over into it (see `prerendered`).
#[derive(Clone, Copy)]
pub struct PageReveals {
    shown: RwSignal<Vec<String>>,
    /// The spoiler whose revealed content should take the focus once it is in the page.
    focus: StoredValue<Option<String>>,
}

impl PageReveals {
    /// Starts with nothing revealed, for the whole site (see `app`).
    pub fn provide() {
        provide_context(PageReveals { shown: RwSignal::new(Vec::new()), focus: StoredValue::new(None) });
    }

    /// Whether the reader revealed spoiler `id` on this page view.
    pub fn is_shown(&self, id: &str) -> bool {
        self.shown.with(|shown| shown.iter().any(|s| s == id))
    }

    /// Shows the spoiler `id`; with `focus`, what it reveals takes the focus, as the reader
    /// was on its placeholder.
    pub fn show(&self, id: &str, focus: bool) {
        if focus {
            self.focus.set_value(Some(id.to_owned()));
        }
        if !self.shown.with_untracked(|shown| shown.iter().any(|s| s == id)) {
            self.shown.update(|shown| shown.push(id.to_owned()));
        }
    }

    /// Shows every spoiler of `ids` at once, as one line standing for several does (see
    /// `components::HeldBackList`); the first takes the focus.
    pub fn show_all(&self, ids: &[String]) {
        if let Some(first) = ids.first() {
            self.focus.set_value(Some(first.clone()));
        }
        let new: Vec<String> =
            self.shown.with_untracked(|shown| ids.iter().filter(|id| !shown.contains(id)).cloned().collect());
        if !new.is_empty() {
            self.shown.update(|shown| shown.extend(new));
        }
    }

    /// Whether the spoiler `id` should take the focus now; asks only once.
    pub fn take_focus(&self, id: &str) -> bool {
        let wanted = self.focus.with_value(|focus| focus.as_deref() == Some(id));
        if wanted {
            self.focus.set_value(None);
        }
        wanted
    }

    /// A new page view starts with every spoiler held back again.
    pub fn clear(&self) {
        self.focus.set_value(None);
        if self.shown.with_untracked(|shown| !shown.is_empty()) {
            self.shown.set(Vec::new());
        }
    }
}

/// The spoilers revealed on this page view.
pub fn use_page_reveals() -> PageReveals {
    expect_context::<PageReveals>()
}
