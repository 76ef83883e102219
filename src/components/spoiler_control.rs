use crate::model::Progress;
use crate::names;
use crate::state::{use_spoiler_settings, SpoilerChoice};
use leptos::prelude::*;

/// The reader's spoiler setting, always in the header: how far they have watched, and a
/// plot-twist switch that is a shortcut to "finished".
#[component]
pub fn SpoilerControl() -> impl IntoView {
    let settings = use_spoiler_settings();
    let current = move || settings.choice().unwrap_or(SpoilerChoice::watched(Progress::NOT_STARTED));
    // `selected` and `checked` as well as the properties: a prerendered copy has only attributes.
    let options = Progress::all()
        .map(|level| {
            view! {
                <option value=level.watched().to_string() selected=move || current().progress == level>
                    {level.label()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="spoiler-control">
            <label for=names::WATCHED_SELECT_ID>"Watched"</label>
            <select
                id=names::WATCHED_SELECT_ID
                aria-describedby="spoiler-hint"
                prop:value=move || current().progress.watched().to_string()
                on:change=move |event| {
                    if let Ok(episode) = event_target_value(&event).parse::<u8>() {
                        settings.choose(SpoilerChoice::watched(Progress::up_to(episode)));
                    }
                }
            >
                {options}
            </select>
            <label class="twist-toggle">
                <input
                    id=names::TWIST_TOGGLE_ID
                    type="checkbox"
                    aria-describedby="spoiler-hint"
                    checked=move || current().shows_twists()
                    prop:checked=move || current().shows_twists()
                    on:change=move |event| {
                        settings.choose(current().with_twists(event_target_checked(&event)));
                    }
                />
                "Show plot twists"
                <span class="toggle-hint">"(= finished)"</span>
            </label>
            <p id="spoiler-hint" class="visually-hidden">
                "The wiki shows the story only up to the episode you have watched. "
                "Showing plot twists is the same as choosing “Finished the season”."
            </p>
        </div>
    }
}
