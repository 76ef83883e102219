use crate::model::Progress;
use crate::names;
use crate::state::{use_spoiler_settings, SpoilerChoice};
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// On a first visit, asks how far the reader has watched, without blocking the page; until they
/// answer, the wiki keeps to the premise.
#[component]
pub fn FirstVisitPrompt() -> impl IntoView {
    let settings = use_spoiler_settings();
    let choose = move |progress: Progress| settings.choose(SpoilerChoice::watched(progress));
    move || {
        settings.choice().is_none().then(|| {
            view! {
                <section class="first-visit" aria-label="Spoiler setting">
                    <p>
                        <strong>"How far have you watched?"</strong>
                        " This wiki shows the story only up to that point. "
                        "Until you choose, you see just the premise."
                    </p>
                    <div class="first-visit-actions">
                        {choice_button(Progress::NOT_STARTED, "I haven't started", choose)}
                        {choice_button(Progress::FINISHED, "I've seen all 10 episodes", choose)}
                    </div>
                    <p class="hint">"Part-way through? Pick your episode under “Watched” at the top."</p>
                </section>
            }
        })
    }
}

/// A button that chooses `level`, marked with it so that the boot script can make the choice
/// before the app is there.
fn choice_button(level: Progress, label: &'static str, choose: impl Fn(Progress) + 'static) -> impl IntoView {
    view! { <button type="button" class="button" on:click=move |_| choose(level)>{label}</button> }
        .add_any_attr(custom_attribute(names::WATCHED_ATTR, level.watched().to_string()))
}
