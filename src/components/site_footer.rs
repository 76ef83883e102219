use super::ThemeSwitch;
use crate::{contribute, pages, paths, sections};
use leptos::prelude::*;

/// The foot of every page: what this site is and, where the site has a repository to send
/// corrections to, how to help.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "A fan-made wiki, not affiliated with Netflix or the show's makers. "
                "Every fact cites its sources"
                {contribute::repository().map(|_| view! { "; " <a href=paths::corrections()>"corrections are welcome"</a> })}
                "."
            </p>
            <p>
                <a href=paths::section(&sections::SHOW)>{pages::SHOW_TITLE}</a>" · "
                <a href=paths::section(&sections::CHANGES)>{pages::CHANGES_TITLE}</a>
            </p>
            <ThemeSwitch/>
        </footer>
    }
}
