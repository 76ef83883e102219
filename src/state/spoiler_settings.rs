use super::storage::{self, Kept};
use super::{new_since, SpoilerChoice};
use crate::model::{Progress, Setting};
use crate::names;
use leptos::prelude::*;

/// The reader's spoiler setting, shared by every view. `None` until the reader has chosen,
/// which is when the first-visit prompt is offered.
#[derive(Clone, Copy)]
pub struct SpoilerSettings {
    choice: RwSignal<Option<SpoilerChoice>>,
    progress: Memo<Progress>,
    strict: RwSignal<bool>,
    setting: Memo<Setting>,
    /// Where "what is new" starts on this visit (see `new_since`).
    new_since: RwSignal<Option<Progress>>,
}

impl SpoilerSettings {
    /// Starts from `start` and `strict` (in the browser what is stored, when prerendering the
    /// setting the page is rendered at) and follows what is stored when it changes in another
    /// tab or on the prerendered page. Both signals belong to the app, not to a page, so closures that outlive
    /// a page for a moment (the document title's) can still read them.
    pub fn provide(start: Option<SpoilerChoice>, strict: bool) {
        let choice = RwSignal::new(start);
        let strict = RwSignal::new(strict);
        let new_since = RwSignal::new(stored_new_since());
        storage::on_change(move || {
            let stored = SpoilerSettings::stored();
            if choice.get_untracked() != stored {
                choice.set(stored);
            }
            new_since.set(stored_new_since());
            let stored = SpoilerSettings::stored_strict();
            if strict.get_untracked() != stored {
                strict.set(stored);
            }
        });
        let progress = Memo::new(move |_| choice.get().map_or(Progress::NOT_STARTED, |c| c.progress));
        let setting = Memo::new(move |_| Setting { progress: progress.get(), strict: strict.get() });
        provide_context(SpoilerSettings { choice, progress, strict, setting, new_since });
    }

    /// The choice in storage; a missing or malformed one is `None`.
    pub fn stored() -> Option<SpoilerChoice> {
        SpoilerChoice::parse(&storage::read(names::SPOILER_KEY)?)
    }

    /// Whether strict mode is stored as on; anything but the exact word is off.
    pub fn stored_strict() -> bool {
        storage::read(names::STRICT_KEY).as_deref() == Some(names::STRICT_ON)
    }

    /// Whether strict mode is on.
    pub fn strict(&self) -> bool {
        self.strict.get()
    }

    /// Switches strict mode and remembers it, for every open tab.
    pub fn set_strict(&self, on: bool) {
        self.strict.set(on);
        storage::write(names::STRICT_KEY, if on { names::STRICT_ON } else { "off" });
    }

    /// What the reader chose; `None` until they choose.
    pub fn choice(&self) -> Option<SpoilerChoice> {
        self.choice.get()
    }

    /// Sets and remembers the reader's choice, which every open tab then follows.
    pub fn choose(&self, choice: SpoilerChoice) {
        let from = self.choice.get_untracked().map(|c| c.progress);
        let new_since = new_since::after_move(self.new_since.get_untracked(), from, choice.progress);
        storage::keep(
            Kept::ThisVisit,
            names::NEW_SINCE_KEY,
            new_since.map(|p| p.watched().to_string()).as_deref(),
        );
        self.new_since.set(new_since);
        self.choice.set(Some(choice));
        storage::write(names::SPOILER_KEY, &choice.to_stored());
    }

    /// The level the setting stood at before it moved forward on this visit, if it did: what
    /// lies between that and the setting is new to the reader.
    pub fn new_since(&self) -> Option<Progress> {
        self.new_since.get()
    }
}

fn stored_new_since() -> Option<Progress> {
    new_since::parse(&storage::read_kept(Kept::ThisVisit, names::NEW_SINCE_KEY)?)
}

/// The reader's spoiler setting.
pub fn use_spoiler_settings() -> SpoilerSettings {
    expect_context::<SpoilerSettings>()
}

/// The reader's whole setting, strict mode included, as a signal views can track.
pub fn use_setting() -> Memo<Setting> {
    use_spoiler_settings().setting
}

/// The reader's progress, as a signal views can track. The safe default is "not started": a
/// new visitor sees only the premise.
pub fn use_progress() -> Memo<Progress> {
    use_spoiler_settings().progress
}
