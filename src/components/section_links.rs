use crate::paths;
use crate::sections;
use leptos::prelude::*;

/// The sections a reader can start from, each with its invitation from the table of sections.
#[component]
pub fn SectionLinks() -> impl IntoView {
    let links = sections::ALL
        .iter()
        .filter_map(|section| {
            let invitation = section.invitation?;
            Some(view! { <li><a href=paths::section(section)>{invitation}</a></li> })
        })
        .collect_view();
    view! { <ul class="start-links">{links}</ul> }
}
