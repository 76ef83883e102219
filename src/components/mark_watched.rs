use crate::model::{Episode, Progress};
use crate::names;
use crate::state::{use_spoiler_settings, SpoilerChoice};
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// At the foot of an episode the reader has not marked yet: one press moves the setting to
/// that episode, with an undo that returns to the setting before. It only ever moves the
/// setting forward; on a prerendered copy the boot script does the same, by the button's
/// [`names::MARK_WATCHED_ATTR`].
#[component]
pub fn MarkWatched(number: u8) -> impl IntoView {
    let settings = use_spoiler_settings();
    let target = Progress::up_to(number);
    let progress = move || settings.choice().map_or(Progress::NOT_STARTED, |c| c.progress);
    // The setting before the press, on this page view only: what undo returns to.
    let before = RwSignal::new(None::<Option<SpoilerChoice>>);
    let mark = move |_| {
        if progress() < target {
            before.set(Some(settings.choice()));
            settings.choose(SpoilerChoice::watched(target));
        }
    };
    let undo = move |_| {
        if let Some(previous) = before.get_untracked() {
            before.set(None);
            settings.choose(previous.unwrap_or(SpoilerChoice::watched(Progress::NOT_STARTED)));
        }
    };
    move || {
        if before.get().is_some() {
            view! {
                <p class="mark-watched" role="status">
                    {marked_text(number)} " "
                    <button type="button" class="button" on:click=undo>"Undo"</button>
                </p>
            }
            .into_any()
        } else if progress() < target {
            view! {
                <p class="mark-watched">
                    {view! {
                        <button type="button" class="button" on:click=mark>
                            {format!("I've watched {}", Episode::label(number))}
                        </button>
                    }
                    .add_any_attr(custom_attribute(names::MARK_WATCHED_ATTR, number.to_string()))}
                </p>
            }
            .into_any()
        } else {
            ().into_any()
        }
    }
}

/// What the note after a press says; the boot script says the same (see `names`).
pub fn marked_text(number: u8) -> String {
    names::MARKED_TEXT.replace("{episode}", &Episode::label(number))
}
