use crate::model::Origin;
use crate::paths;
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;

/// The pages whose links lead to `page`, counting only links the reader's setting shows (a
/// link inside a held-back statement waits until it is revealed); nothing while there are none.
#[component]
pub fn MentionedOn(page: Origin) -> impl IntoView {
    let wiki = use_wiki();
    let progress = use_progress();
    move || {
        let links: Vec<_> = wiki
            .mentioned_on(&page, progress.get())
            .iter()
            .filter_map(|from| Some((paths::page(from), wiki.page_name(from)?)))
            .enumerate()
            .map(|(i, (href, name))| view! { {if i == 0 { " " } else { ", " }} <a href=href>{name}</a> })
            .collect();
        (!links.is_empty()).then(|| view! { <p class="see-also mentioned-on">"Mentioned on:" {links}"."</p> })
    }
}
