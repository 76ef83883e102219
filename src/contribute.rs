//! Where fans fix the wiki: the data files on the repository's host and its issue form. The
//! repository is configured once, in Cargo.toml's `repository`, which the prerenderer reads
//! (`WIKI_REPOSITORY` overrides it, e.g. for a fork's deploy; empty means none) and writes on
//! every page ([`names::REPOSITORY_ATTR`]), where the app reads it. Without one there are no
//! such links.
//!
//! [`names::REPOSITORY_ATTR`]: crate::names::REPOSITORY_ATTR

use crate::format::encode_query_value;
use crate::model::DataFile;
use std::sync::OnceLock;

static REPOSITORY: OnceLock<String> = OnceLock::new();

/// Sets the repository's address ("https://github.com/owner/name") once at start-up.
pub fn set_repository(address: &str) {
    let address = address.trim().trim_end_matches('/');
    let _ = REPOSITORY.set(address.strip_suffix(".git").unwrap_or(address).to_owned());
}

/// The repository's address, if the site was built with one.
pub fn repository() -> Option<&'static str> {
    REPOSITORY.get().map(String::as_str).filter(|address| !address.is_empty())
}

/// The file in the repository's web view, at the entry's line where there is one. The host's
/// editor is one click (the pencil) from there; its edit view cannot be opened at a line.
pub fn edit_address(repository: &str, file: DataFile, line: Option<u32>) -> String {
    let anchor = line.map(|line| format!("#L{line}")).unwrap_or_default();
    format!("{repository}/blob/HEAD/public/data/{}{anchor}", file.file_name())
}

/// The history of the file on the repository's host: every commit that changed it, newest first.
pub fn history_address(repository: &str, file: DataFile) -> String {
    format!("{repository}/commits/HEAD/public/data/{}", file.file_name())
}

/// What a correction is about, as the issue form's fields are filled in.
pub struct Correction<'a> {
    /// The page's address.
    pub page: &'a str,
    /// The entry as the reader sees it ("Tilda Weber"), or the page's name.
    pub entry: &'a str,
    /// The data file the entry is in.
    pub file: DataFile,
}

/// The file of the issue form in `.github/ISSUE_TEMPLATE/`, whose field ids are the query
/// parameters below.
const ISSUE_FORM: &str = "correction.yml";

/// A new issue on the repository's host, from the correction form with the page and entry
/// filled in; the reader adds what is wrong, the source and the episode.
pub fn correction_address(repository: &str, correction: &Correction) -> String {
    let title = format!("Correction: {}", correction.entry);
    let entry = format!("{} ({})", correction.entry, correction.file);
    format!(
        "{repository}/issues/new?template={ISSUE_FORM}&title={}&page={}&entry={}",
        encode_query_value(&title),
        encode_query_value(correction.page),
        encode_query_value(&entry)
    )
}

/// The issue form with nothing filled in, and the guide to editing the data, for the About page's
/// invitation to correct a fact.
pub fn invitation_addresses(repository: &str) -> (String, String) {
    (
        format!("{repository}/issues/new?template={ISSUE_FORM}"),
        format!("{repository}/blob/HEAD/CONTRIBUTING.md"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edit_address_points_at_the_entry_line_when_known() {
        let repository = "https://github.com/fans/wiki";
        assert_eq!(
            edit_address(repository, DataFile::Characters, Some(42)),
            "https://github.com/fans/wiki/blob/HEAD/public/data/characters.json#L42"
        );
        assert_eq!(
            edit_address(repository, DataFile::Show, None),
            "https://github.com/fans/wiki/blob/HEAD/public/data/show.json"
        );
    }

    #[test]
    fn the_history_address_lists_the_commits_of_the_entry_file() {
        assert_eq!(
            history_address("https://github.com/fans/wiki", DataFile::Glossary),
            "https://github.com/fans/wiki/commits/HEAD/public/data/glossary.json"
        );
    }

    #[test]
    fn the_correction_form_is_prefilled_with_page_and_entry() {
        let correction =
            Correction { page: "/characters/juan-ruiz/", entry: "Juan Ruiz", file: DataFile::Characters };
        assert_eq!(
            correction_address("https://github.com/fans/wiki", &correction),
            "https://github.com/fans/wiki/issues/new?template=correction.yml&title=Correction%3A%20Juan%20Ruiz\
             &page=%2Fcharacters%2Fjuan-ruiz%2F&entry=Juan%20Ruiz%20%28characters.json%29"
        );
    }
}
