use super::{storage, SpoilerChoice};
use crate::model::Progress;
use leptos::prelude::*;

const STORAGE_KEY: &str = "imperfects-wiki.spoilers";

/// The reader's spoiler setting, shared by every view. `None` until the reader has chosen,
/// which is when the first-visit prompt is offered.
#[derive(Clone, Copy)]
pub struct SpoilerSettings {
    choice: RwSignal<Option<SpoilerChoice>>,
    progress: Memo<Progress>,
}

impl SpoilerSettings {
    /// Reads the stored choice once at start-up. Both signals belong to the app, not to a page,
    /// so closures that outlive a page for a moment (the document title's) can still read them.
    pub fn provide() {
        let choice = RwSignal::new(read_stored());
        let progress =
            Memo::new(move |_| choice.get().map_or(Progress::NOT_STARTED, |c| c.progress));
        provide_context(SpoilerSettings { choice, progress });
    }

    pub fn choice(&self) -> Option<SpoilerChoice> {
        self.choice.get()
    }


    pub fn choose(&self, choice: SpoilerChoice) {
        self.choice.set(Some(choice));
        write_stored(choice);
    }
}

pub fn use_spoiler_settings() -> SpoilerSettings {
    expect_context::<SpoilerSettings>()
}

/// The reader's progress, as a signal views can track. The safe default is "not started": a
/// new visitor sees only the premise.
pub fn use_progress() -> Memo<Progress> {
    use_spoiler_settings().progress
}

fn read_stored() -> Option<SpoilerChoice> {
    SpoilerChoice::parse(&storage::read(STORAGE_KEY)?)
}

fn write_stored(choice: SpoilerChoice) {
    storage::write(STORAGE_KEY, &choice.to_stored());
}
