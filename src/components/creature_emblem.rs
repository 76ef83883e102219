use leptos::prelude::*;

/// A small drawn emblem for each creature, inline so it needs no request and takes the text
/// colour of whatever it sits in.
#[component]
pub fn CreatureEmblem(#[prop(into)] slug: String, #[prop(optional)] size: Option<u32>) -> impl IntoView {
    let size = size.unwrap_or(48);
    let shape = match slug.as_str() {
        // A screaming mouth with sound rings.
        "banshee" => view! {
            <g>
                <ellipse cx="24" cy="26" rx="6" ry="9" fill="currentColor"/>
                <path d="M12 14 a16 16 0 0 0 0 24 M36 14 a16 16 0 0 1 0 24" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>
                <path d="M6 8 a24 24 0 0 0 0 36 M42 8 a24 24 0 0 1 0 36" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" opacity="0.6"/>
            </g>
        }
        .into_any(),
        // A spined beast's head with bared fangs.
        "chupacabra" => view! {
            <g fill="currentColor">
                <path d="M8 30 L14 12 L20 22 L24 8 L28 22 L34 12 L40 30 Q24 46 8 30 Z"/>
                <path d="M17 31 L20 38 L23 31 Z M25 31 L28 38 L31 31 Z" fill="var(--emblem-bg, #fff)"/>
            </g>
        }
        .into_any(),
        // A heart crowned with horns.
        "succubus" => view! {
            <g fill="currentColor">
                <path d="M24 42 C8 30 6 20 14 15 C19 12 23 15 24 19 C25 15 29 12 34 15 C42 20 40 30 24 42 Z"/>
                <path d="M14 15 C10 10 10 5 13 2 C13 7 16 10 18 12 Z M34 15 C38 10 38 5 35 2 C35 7 32 10 30 12 Z"/>
            </g>
        }
        .into_any(),
        _ => view! { <circle cx="24" cy="24" r="10" fill="currentColor"/> }.into_any(),
    };
    view! {
        <svg class="emblem" viewBox="0 0 48 48" width=size height=size aria-hidden="true" focusable="false">
            {shape}
        </svg>
    }
}
