use super::{storage, SpoilerChoice};
use crate::model::Progress;
use crate::names;
use leptos::prelude::*;

/// The reader's spoiler setting, shared by every view. `None` until the reader has chosen,
/// which is when the first-visit prompt is offered.
#[derive(Clone, Copy)]
pub struct SpoilerSettings {
    choice: RwSignal<Option<SpoilerChoice>>,
    progress: Memo<Progress>,
}

impl SpoilerSettings {
    /// Starts from `start` (in the browser the stored choice, when prerendering the level the
    /// page is rendered at) and follows the stored one when it changes in another tab or on the
    /// prerendered page. Both signals belong to the app, not to a page, so closures that outlive
    /// a page for a moment (the document title's) can still read them.
    pub fn provide(start: Option<SpoilerChoice>) {
        let choice = RwSignal::new(start);
        storage::on_change(move || {
            let stored = SpoilerSettings::stored();
            if choice.get_untracked() != stored {
                choice.set(stored);
            }
        });
        let progress = Memo::new(move |_| choice.get().map_or(Progress::NOT_STARTED, |c| c.progress));
        provide_context(SpoilerSettings { choice, progress });
    }

    /// The choice in storage; a missing or malformed one is `None`.
    pub fn stored() -> Option<SpoilerChoice> {
        SpoilerChoice::parse(&storage::read(names::SPOILER_KEY)?)
    }

    /// What the reader chose; `None` until they choose.
    pub fn choice(&self) -> Option<SpoilerChoice> {
        self.choice.get()
    }

    /// Sets and remembers the reader's choice, which every open tab then follows.
    pub fn choose(&self, choice: SpoilerChoice) {
        self.choice.set(Some(choice));
        storage::write(names::SPOILER_KEY, &choice.to_stored());
    }
}

/// The reader's spoiler setting.
pub fn use_spoiler_settings() -> SpoilerSettings {
    expect_context::<SpoilerSettings>()
}

/// The reader's progress, as a signal views can track. The safe default is "not started": a
/// new visitor sees only the premise.
pub fn use_progress() -> Memo<Progress> {
    use_spoiler_settings().progress
}
