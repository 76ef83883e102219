use super::{storage, SpoilerChoice};
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

fn read_stored() -> Option<SpoilerChoice> {
    SpoilerChoice::parse(&storage::read(STORAGE_KEY)?)
}

fn write_stored(choice: SpoilerChoice) {
    storage::write(STORAGE_KEY, &choice.to_stored());
}
