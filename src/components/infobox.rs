use leptos::prelude::*;

/// The summary box at the side of a character or creature page.
#[component]
pub fn Infobox(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let label = format!("{title} at a glance");
    view! {
        <aside class="infobox" aria-label=label>
            <h2 class="infobox-title">{title}</h2>
            <dl>{children()}</dl>
        </aside>
    }
}

/// One labelled row of an infobox.
#[component]
pub fn InfoRow(label: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="info-row">
            <dt>{label}</dt>
            <dd>{children()}</dd>
        </div>
    }
}
