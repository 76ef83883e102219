use crate::components::PageMeta;
use crate::format::long_date;
use crate::state::{use_setting, use_wiki};
use crate::{names, paths};
use leptos::prelude::*;

/// The changes page's title, which the footer links it by.
pub const CHANGES_TITLE: &str = "Recent changes";

/// How many changes the page lists.
const LENGTH: usize = 50;

/// `/changes`: the latest changes to the data, newest first, as far as the reader's setting
/// shows them (see `model::history`): the date, the entry as the reader knows it, what kind of
/// change, and the commit's message once the season is finished. What the setting holds back
/// is at most one line that counts it; in strict mode not even that.
#[component]
pub fn ChangesPage() -> impl IntoView {
    let wiki = use_wiki();
    let setting = use_setting();
    let feed = wiki.history().feed.then(|| {
        view! {
            " Follow the changes a new visitor sees in a feed reader: "
            <a href=paths::to(&format!("/{}", names::FEED_FILE))>"Atom feed"</a>"."
        }
    });
    let body = move || {
        let setting = setting.get();
        if wiki.history().changes.is_empty() {
            return view! { <p>"This copy of the wiki was built without its history, so it cannot list changes."</p> }
                .into_any();
        }
        let recent = wiki.recent_changes(setting, LENGTH);
        let later = (recent.later > 0 && !setting.collapses()).then(|| {
            let (changes, concern) =
                if recent.later == 1 { ("change", "concerns") } else { ("changes", "concern") };
            view! { <p>{format!("{} {changes} {concern} later episodes.", recent.later)}</p> }
        });
        let items = recent
            .shown
            .into_iter()
            .map(|(change, name)| {
                let message = change.message_at(setting).map(|message| view! { <p>{message.to_owned()}</p> });
                view! {
                    <li>
                        <time datetime=change.day().to_owned()>{long_date(change.day())}</time>
                        <a href=paths::data_entry(change.file, &change.entry)>{name}</a>" · "
                        {change.kind.label()}
                        {message}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="change-list">{items}</ol> {later} }.into_any()
    };
    view! {
        <PageMeta
            title=CHANGES_TITLE
            description="The latest corrections and additions to the wiki's facts, newest first, as far as your spoiler setting shows them."
        />
        <article>
            <h1>{CHANGES_TITLE}</h1>
            <p>
                "The latest corrections and additions to the wiki's facts, newest first, only as far as "
                "your spoiler setting shows. The commits' messages show once you have finished the season: "
                "fans write them freely."
                {feed}
            </p>
            {body}
        </article>
    }
}
