use crate::{contribute, paths};
use leptos::prelude::*;

/// Stands where the sources are silent: says so plainly and, where the site has a repository
/// to send one to, invites a correction (without one, an invitation would lead nowhere).
#[component]
pub fn NotConfirmed() -> impl IntoView {
    view! {
        <span class="not-confirmed">
            "Not yet confirmed"
            {contribute::repository().map(|_| view! { " " <a href=paths::corrections() class="suggest">"(suggest a correction)"</a> })}
        </span>
    }
}
