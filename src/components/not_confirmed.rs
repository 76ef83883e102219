use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;

/// Stands where the sources are silent: says so plainly and invites a correction.
#[component]
pub fn NotConfirmed() -> impl IntoView {
    view! {
        <span class="not-confirmed">
            "Not yet confirmed "
            <A href=paths::corrections() attr:class="suggest">"(suggest a correction)"</A>
        </span>
    }
}
