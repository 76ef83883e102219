use crate::components::{AppearanceGrid, PageMeta, SeasonTimeline, KEPT_BACK};
use crate::format::long_date;
use crate::model::Episode;
use crate::paths;
use crate::state::{use_setting, use_wiki};
use leptos::prelude::*;

/// All ten episodes with number, title and release date; titles are no spoilers, except to a
/// reader in strict mode, who sees only the titles of what they have watched.
#[component]
pub fn EpisodeGuide() -> impl IntoView {
    let wiki = use_wiki();
    let setting = use_setting();
    let rows = move || {
        let setting = setting.get();
        let progress = setting.progress;
        wiki.episodes()
            .iter()
            .map(|episode| {
                // The episode page carries the correction link; here it would repeat seven times.
                let title = match (episode.title_for(setting), setting.shows_title_of(episode.number)) {
                    (Some(title), _) => title.to_owned().into_any(),
                    (None, true) => view! { <span class="muted">"Title not yet confirmed"</span> }.into_any(),
                    (None, false) => view! { <span class="muted">{KEPT_BACK}</span> }.into_any(),
                };
                let seen = if progress.has_seen(episode.number) { "Watched" } else { "Not watched yet" };
                view! {
                    <li class="episode-row">
                        <a href=paths::episode(episode.number) class="episode-number">
                            {Episode::label(episode.number)}
                        </a>
                        <span class="episode-title">{title}</span>
                        <span class="episode-date">{long_date(&episode.released)}</span>
                        <span class="episode-seen">{seen}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <PageMeta title="Episode guide" description="All ten episodes of The Imperfects season 1, released together on 8 September 2022."/>
        <h1>"Episode guide"</h1>
        <p class="lede">"Season 1, the only season: ten episodes, all released on Netflix on the same day."</p>
        <ol class="episode-list">{rows}</ol>
        <SeasonTimeline/>
        <AppearanceGrid/>
    }
}
