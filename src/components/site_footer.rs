use super::ThemeSwitch;
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;

/// The foot of every page: what this site is and how to help.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "A fan-made wiki, not affiliated with Netflix or the show's makers. "
                "Every fact cites its sources; "
                <A href=paths::corrections()>"corrections are welcome"</A>
                "."
            </p>
            <ThemeSwitch/>
        </footer>
    }
}
