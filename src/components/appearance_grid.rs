use crate::model::EPISODE_COUNT;
use crate::paths;
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;

/// Who appears in which episode, as sources confirm it: a table, so screen readers read it by
/// row and column. Only characters the reader has met, and only episodes they have watched.
#[component]
pub fn AppearanceGrid() -> impl IntoView {
    let wiki = use_wiki();
    let progress = use_progress();
    let numbers: Vec<u8> = (1..=EPISODE_COUNT).collect();
    let header = numbers
        .iter()
        .map(|&n| view! { <th scope="col"><a href=paths::episode(n)>{n.to_string()}</a></th> })
        .collect_view();
    let rows = move || {
        let progress = progress.get();
        wiki.characters()
            .iter()
            .filter(|c| c.visible_at(progress))
            .map(|character| {
                let cells = wiki
                    .episodes()
                    .iter()
                    .map(|episode| {
                        let (mark, words, class) = if !progress.has_seen(episode.number) {
                            ("·", "not watched yet", "unwatched")
                        } else if episode.characters.contains(&character.slug) {
                            ("●", "appears", "appears")
                        } else {
                            ("", "not confirmed", "unknown")
                        };
                        view! {
                            <td class=class>
                                <span aria-hidden="true">{mark}</span>
                                <span class="visually-hidden">{words}</span>
                            </td>
                        }
                    })
                    .collect_view();
                let name = character.name.clone();
                view! {
                    <tr>
                        <th scope="row"><a href=paths::character(&character.slug)>{name}</a></th>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="grid-heading">
            <h2 id="grid-heading">"Who appears where"</h2>
            // Where the table is wider than the screen (a phone), say that it scrolls: its names
            // stay put and the episodes move under them.
            <p class="hint grid-hint" aria-hidden="true">"Scroll the table sideways for every episode →"</p>
            <div class="grid-scroll" role="region" aria-labelledby="grid-heading" tabindex="0">
                <table class="appearance-grid">
                    <caption class="hint">"● confirmed by a source · blank: not confirmed either way · ·: an episode you have not watched"</caption>
                    <thead><tr><th scope="col">"Character"</th>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
