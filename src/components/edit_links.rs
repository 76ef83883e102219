use crate::contribute::{self, Correction};
use crate::deployment;
use crate::model::{DataFile, Setting, Wiki};
use crate::paths::Href;
use crate::sections;
use crate::state::{use_setting, use_wiki};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// "Edit this page" (the page's data file on the repository's host, at the entry's line) and
/// "Suggest a correction" (the issue form, with the page and entry filled in), at the foot of
/// every page that shows data, when the site knows its repository. A page whose entry the
/// reader's setting holds back gets neither, so no link names it.
#[component]
pub fn EditLinks() -> impl IntoView {
    let repository = contribute::repository();
    let wiki = use_wiki();
    let setting = use_setting();
    let location = use_location();
    move || {
        let repository = repository?;
        let full_path = location.pathname.get();
        let path = full_path.strip_prefix(deployment::base()).unwrap_or(&full_path);
        let (file, id, entry) = page_entry(&wiki, path, setting.get())?;
        let edit = contribute::edit_address(repository, file, id.and_then(|id| wiki.line(file, &id)));
        let here = Href::from_location(&full_path);
        let page = here.canonical().unwrap_or_else(|| here.page_address().to_string());
        let correction =
            contribute::correction_address(repository, &Correction { page: &page, entry: &entry, file });
        Some(view! {
            <nav class="edit-links" aria-label="Improve this page">
                <a href=edit>"Edit this page"</a>
                <a href=correction>"Suggest a correction"</a>
            </nav>
        })
    }
}

/// The data file a page shows, the id of its entry (for the line) and the name a reader knows
/// the entry or page by, from the table of sections; `None` for a page without data, or whose
/// entry is held back.
fn page_entry(wiki: &Wiki, path: &str, setting: Setting) -> Option<(DataFile, Option<String>, String)> {
    let mut parts = path.trim_matches('/').splitn(2, '/');
    let (segment, key) = (parts.next()?, parts.next());
    let section = sections::ALL.iter().find(|section| section.segment == segment)?;
    let (file, page_name) = section.data?;
    match key {
        None => Some((file, None, page_name.to_owned())),
        Some(key) => {
            let name = (section.entries.as_ref()?.name)(wiki, key, setting)?;
            Some((file, Some(key.to_owned()), name))
        }
    }
}
