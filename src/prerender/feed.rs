//! The Atom feed of recent changes (`changes.xml`), at the safe default: it is one file for
//! every reader, so it holds only the changes a reader who has not started is shown, named as
//! that reader knows them, and no commit messages (see `model::history`).

use crate::format::markup_text;
use crate::model::{Setting, Wiki};
use crate::{names, paths, sections};

/// How many changes the feed carries.
const LENGTH: usize = 50;

/// The feed, or `None` where it could say nothing true: a build without history, or without its
/// origin (Atom's ids and links are full addresses).
pub fn atom(wiki: &Wiki) -> Option<String> {
    let page = paths::section(&sections::CHANGES).canonical()?;
    let recent = wiki.recent_changes(Setting::default(), LENGTH);
    // The feed changed when its newest change was made; with none shown yet, when the history
    // began, which tells nothing of what came later.
    let updated = recent.shown.first().map(|(change, _)| *change).or(wiki.history().changes.last())?;
    let own = paths::to(&format!("/{}", names::FEED_FILE)).absolute();
    let entries: String = recent
        .shown
        .iter()
        .map(|(change, name)| {
            format!(
                "  <entry>\n    <id>{page}#{}-{}-{}</id>\n    <title>{} {}</title>\n    <updated>{}</updated>\n    <link href=\"{}\"/>\n  </entry>\n",
                change.commit,
                markup_text(change.file.file_name()),
                markup_text(&change.entry),
                markup_text(name),
                change.kind.label(),
                markup_text(&change.date),
                markup_text(&paths::data_entry(change.file, &change.entry).absolute()),
            )
        })
        .collect();
    Some(format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>{page}</id>
  <title>{site}: recent changes</title>
  <subtitle>Corrections and additions, only those a reader who has not started the show may see.</subtitle>
  <updated>{updated}</updated>
  <author><name>{site}'s contributors</name></author>
  <link rel="self" href="{own}"/>
  <link rel="alternate" type="text/html" href="{page}"/>
{entries}</feed>
"#,
        page = markup_text(&page),
        site = markup_text(names::SITE_NAME),
        updated = markup_text(&updated.date),
        own = markup_text(&own),
    ))
}
