use crate::state::use_wiki;
use leptos::prelude::*;

/// The sources a page draws on, as links, each with how far it can be trusted.
#[component]
pub fn SourceList(keys: Vec<String>) -> impl IntoView {
    let wiki = use_wiki();
    let mut keys = keys;
    keys.sort();
    keys.dedup();
    let items = keys
        .iter()
        .filter_map(|key| wiki.source(key))
        .map(|source| {
            let publisher = source.publisher.clone();
            let name = match source.url.clone() {
                Some(url) => view! { <a href=url rel="noopener noreferrer">{publisher}</a> }.into_any(),
                None => publisher.into_any(),
            };
            view! {
                <li>
                    {name}
                    ": " {source.about.clone()}
                    <span class="reliability">" (" {source.reliability.label()} ")"</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources"</h2>
            <ol>{items}</ol>
        </section>
    }
}
