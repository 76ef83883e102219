use crate::names;
use crate::state::{use_theme, Theme};
use leptos::prelude::*;

/// Light, dark, or the system's choice; remembered in this browser.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let theme = use_theme();
    view! {
        <div class="theme-switch">
            <label for=names::THEME_SELECT_ID>"Theme"</label>
            <select
                id=names::THEME_SELECT_ID
                // The stored theme decides, not what the browser restores on going back.
                autocomplete="off"
                prop:value=move || theme.get().as_str()
                on:change=move |event| theme.set(Theme::parse(&event_target_value(&event)))
            >
                {Theme::ALL.map(|t| view! { <option value=t.as_str()>{t.label()}</option> })}
            </select>
        </div>
    }
}
