use crate::model::Progress;
use crate::names;
use crate::state::{use_spoiler_settings, SpoilerChoice};
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// On a first visit, asks how far the reader has watched, without blocking the page: a sheet at
/// the foot of the screen, in thumb's reach, where any episode is one press; until they answer,
/// the wiki keeps to the premise. Once answered it says what was chosen, in the same place, so
/// nothing moves under the finger. The sheet comes last in the page's layout (see the
/// stylesheet), so the page's heading keeps the first screen.
#[component]
pub fn FirstVisitPrompt() -> impl IntoView {
    let settings = use_spoiler_settings();
    // The answer given on this page view, until the reader closes the note that confirms it.
    let answered = RwSignal::new(None::<Progress>);
    let choose = move |progress: Progress| {
        answered.set(Some(progress));
        settings.choose(SpoilerChoice::watched(progress));
    };
    move || {
        match (settings.choice(), answered.get()) {
        (None, _) => Some(
            view! {
                <section class="first-visit" aria-labelledby="first-visit-question">
                    <p id="first-visit-question">
                        <strong>"How far have you watched?"</strong>
                        " "
                        <span class="hint">"You'll see the story up to there, and nothing later."</span>
                    </p>
                    <div class="first-visit-actions" role="group" aria-labelledby="first-visit-question">{Progress::all().map(|level| choice_button(level, choose)).collect_view()}</div>
                </section>
            }
            .into_any(),
        ),
        (Some(choice), Some(_)) => Some(
            view! {
                <section class="first-visit" aria-label="Spoiler setting">
                    <p role="status">
                        {chosen_text(choice.progress)} " "
                        <button type="button" class="button" on:click=move |_| answered.set(None)>"OK"</button>
                    </p>
                </section>
            }
            .into_any(),
        ),
        (Some(_), None) => None,
    }
    }
}

/// A button that chooses `level`, marked with it so that the boot script can make the choice
/// before the app is there.
fn choice_button(level: Progress, choose: impl Fn(Progress) + Copy + 'static) -> impl IntoView {
    let label = match level.watched() {
        0 => "Not started".to_owned(),
        n => n.to_string(),
    };
    // A number alone is the episode: the group is named by the question it answers.
    let wide = level == Progress::NOT_STARTED;
    view! {
        <button type="button" class="button episode-choice" class:wide=wide on:click=move |_| choose(level)>
            {label}
        </button>
    }
    .add_any_attr(custom_attribute(names::WATCHED_ATTR, level.watched().to_string()))
}

/// What the first-visit sheet says once answered; the boot script says the same (see `names`).
pub fn chosen_text(level: Progress) -> String {
    let setting = match level.watched() {
        0 => "the premise only".to_owned(),
        n if level == Progress::FINISHED => format!("all {n} episodes"),
        n => format!("up to episode {n}"),
    };
    names::CHOSEN_TEXT.replace("{setting}", &setting)
}
