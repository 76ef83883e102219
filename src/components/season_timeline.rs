use crate::paths::{self, Href};
use crate::state::{use_setting, use_wiki};
use leptos::prelude::*;

/// The season as a line of ten episodes: for each one watched, who and what it introduces and
/// how much it reveals, drawn as dots; episodes not yet watched say only that.
#[component]
pub fn SeasonTimeline() -> impl IntoView {
    let wiki = use_wiki();
    let setting = use_setting();
    let items = move || {
        let setting = setting.get();
        let progress = setting.progress;
        wiki.episodes()
            .iter()
            .map(|episode| {
                let number = episode.number;
                let heading = episode.heading(setting);
                if !progress.has_seen(number) {
                    return view! {
                        <li class="timeline-item unwatched">
                            <a href=paths::episode(number)>{heading}</a>
                            <p class="hint">"Not watched yet"</p>
                        </li>
                    }
                    .into_any();
                }
                let reveals = wiki.reveals_in(number);
                let count = reveals.statements;
                let names: Vec<(Href, String)> = reveals
                    .characters
                    .iter()
                    .map(|c| (paths::character(&c.slug), c.name.clone()))
                    .collect();
                let terms: Vec<(Href, String)> =
                    reveals.terms.iter().map(|t| (paths::term(&t.slug), t.term.clone())).collect();
                view! {
                    <li class="timeline-item">
                        <a href=paths::episode(number)>{heading}</a>
                        <p class="dots" aria-hidden="true">{"●".repeat(count.min(12))}</p>
                        <p class="visually-hidden">{format!("{count} plot points recorded")}</p>
                        {(!names.is_empty()).then(|| view! {
                            <p>"First met: "
                                {names.into_iter().map(|(href, name)| view! { <a href=href>{name}</a>" " }).collect_view()}
                            </p>
                        })}
                        {(!terms.is_empty()).then(|| view! {
                            <p>"New terms: "
                                {terms.into_iter().map(|(href, name)| view! { <a href=href>{name}</a>" " }).collect_view()}
                            </p>
                        })}
                    </li>
                }
                .into_any()
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Reveals, episode by episode"</h2>
            <p class="hint">"Each dot is a plot point this wiki records for that episode. Points it cannot place yet sit at the latest episode they could belong to."</p>
            <ol class="timeline">{items}</ol>
        </section>
    }
}
