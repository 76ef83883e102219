use super::SpoilerChoice;
use crate::model::Progress;
use leptos::prelude::*;

const STORAGE_KEY: &str = "imperfects-wiki.spoilers";

/// The reader's spoiler setting, shared by every view. `None` until the reader has chosen,
/// which is when the first-visit prompt is offered.
#[derive(Clone, Copy)]
pub struct SpoilerSettings {
    choice: RwSignal<Option<SpoilerChoice>>,
}

impl SpoilerSettings {
    /// Reads the stored choice once at start-up.
    pub fn provide() {
        let choice = RwSignal::new(read_stored());
        provide_context(SpoilerSettings { choice });
    }

    pub fn choice(&self) -> Option<SpoilerChoice> {
        self.choice.get()
    }

    /// The safe default is "not started": a new visitor sees only the premise.
    pub fn progress(&self) -> Progress {
        self.choice().map_or(Progress::NOT_STARTED, |choice| choice.progress)
    }

    pub fn choose(&self, choice: SpoilerChoice) {
        self.choice.set(Some(choice));
        write_stored(choice);
    }
}

pub fn use_spoiler_settings() -> SpoilerSettings {
    expect_context::<SpoilerSettings>()
}

/// The reader's progress, as a signal views can track.
pub fn use_progress() -> Signal<Progress> {
    let settings = use_spoiler_settings();
    Signal::derive(move || settings.progress())
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn read_stored() -> Option<SpoilerChoice> {
    let stored = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    SpoilerChoice::parse(&stored)
}

/// Storage can be full or switched off (private browsing); the choice then lasts for this visit.
fn write_stored(choice: SpoilerChoice) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, &choice.to_stored());
    }
}
