use crate::paths;
use leptos::prelude::*;

/// Stands where the sources are silent: says so plainly and invites a correction.
#[component]
pub fn NotConfirmed() -> impl IntoView {
    view! {
        <span class="not-confirmed">
            "Not yet confirmed "
            <a href=paths::corrections() class="suggest">"(suggest a correction)"</a>
        </span>
    }
}
