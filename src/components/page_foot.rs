use crate::contribute::{self, Correction};
use crate::deployment;
use crate::format::long_date;
use crate::paths::Href;
use crate::sections;
use crate::state::{use_setting, use_wiki};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The foot of every page that shows data: when its entry last changed as far as the reader's
/// setting shows (the latest change they may see) and, when the site knows its repository, the
/// file's history there; then "Edit this page" (the page's data file on the repository's host,
/// at the entry's line) and "Suggest a correction" (the issue form, with the page and entry
/// filled in). A page whose entry the reader's setting holds back gets none of it, so no link
/// names it; a build without the data's history says nothing of when it changed.
#[component]
pub fn PageFoot() -> impl IntoView {
    let repository = contribute::repository();
    let wiki = use_wiki();
    let setting = use_setting();
    let location = use_location();
    move || {
        let setting = setting.get();
        let full_path = location.pathname.get();
        let path = full_path.strip_prefix(deployment::base()).unwrap_or(&full_path);
        let (file, id, entry) = sections::page_entry(&wiki, path, setting)?;
        let updated = wiki.last_changed(file, id.as_deref(), setting).map(|change| {
            let history = repository.map(|repository| {
                view! { " · "<a href=contribute::history_address(repository, file)>"History"</a> }
            });
            view! {
                <p class="updated">"Updated "{long_date(change.day())}{history}</p>
            }
        });
        let links = repository.map(|repository| {
            let edit = contribute::edit_address(repository, file, id.and_then(|id| wiki.line(file, &id)));
            let here = Href::from_location(&full_path);
            let page = here.canonical().unwrap_or_else(|| here.page_address().to_string());
            let correction =
                contribute::correction_address(repository, &Correction { page: &page, entry: &entry, file });
            view! {
                <nav class="edit-links" aria-label="Improve this page">
                    <a href=edit>"Edit this page"</a>
                    <a href=correction>"Suggest a correction"</a>
                </nav>
            }
        });
        Some(view! { {updated} {links} })
    }
}
