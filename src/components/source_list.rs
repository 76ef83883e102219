use crate::model::Source;
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;

/// The sources a page draws on, as links, each with how far it can be trusted. A source whose
/// address or description would give away a later episode is listed only from that episode on.
#[component]
pub fn SourceList(keys: Vec<String>) -> impl IntoView {
    let wiki = use_wiki();
    let progress = use_progress();
    let mut keys = keys;
    keys.sort_unstable();
    keys.dedup();
    let items = move || {
        let progress = progress.get();
        keys.iter()
            .filter_map(|key| wiki.source(key))
            .filter(|source| source.revealed_in.visible_at(progress))
            .map(|source| {
                view! {
                    <li>
                        {source_name(source)}
                        ": " {source.about.clone()}
                        <span class="reliability">" (" {source.reliability.label()} ")"</span>
                    </li>
                }
            })
            .collect_view()
    };
    // Said at every level short of the finale, whether or not this page has such sources, so
    // that the note itself tells nothing.
    let note = move || {
        (progress.get() != crate::model::Progress::FINISHED).then(|| {
            view! {
                <p class="hint">"Sources that discuss later episodes are listed once your spoiler setting reaches them."</p>
            }
        })
    };
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources"</h2>
            <ol>{items}</ol>
            {note}
        </section>
    }
}

/// A source by its publisher's name, linked to the page when its address is known.
pub fn source_name(source: &Source) -> AnyView {
    let publisher = source.publisher.clone();
    match source.url.clone() {
        Some(url) => view! { <a href=url rel="noopener noreferrer">{publisher}</a> }.into_any(),
        None => publisher.into_any(),
    }
}
