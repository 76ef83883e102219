use leptos::prelude::*;

/// Shown while the data files are on their way.
#[component]
pub fn LoadingIndicator() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading-dot" aria-hidden="true"></span>
            "Loading the wiki…"
        </div>
    }
}
