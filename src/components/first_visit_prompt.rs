use crate::model::Progress;
use crate::state::{use_spoiler_settings, SpoilerChoice};
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
                        <button type="button" class="button" on:click=move |_| choose(Progress::NOT_STARTED)>
                            "I haven't started"
                        </button>
                        <button type="button" class="button" on:click=move |_| choose(Progress::FINISHED)>
                            "I've seen all 10 episodes"
                        </button>
                    </div>
                    <p class="hint">"Part-way through? Pick your episode under “Watched” at the top."</p>
                </section>
            }
        })
    }
}
