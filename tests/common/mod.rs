//! What the native page tests share: the strings a setting must not show anywhere.

use imperfects_wiki::model::{
    Change, ChangeKind, DataFile, History, Progress, Revealed, Setting, Wiki, EPISODE_COUNT,
};

/// Every string the data marks as later than `setting`: none may be anywhere in a page. In
/// strict mode the titles of episodes not yet watched join them. A string that stands inside a
/// title the setting shows (the show's own, or an episode's) is not a secret there.
pub fn hidden(wiki: &Wiki, setting: Setting) -> Vec<String> {
    let progress = setting.progress;
    let later = |items: &[Revealed]| -> Vec<String> {
        items.iter().filter(|item| !item.visible_at(progress)).map(|item| item.text.clone()).collect()
    };
    let mut hidden: Vec<String> = Vec::new();
    for c in wiki.characters() {
        if !c.visible_at(progress) {
            hidden.extend([c.name.clone(), c.summary.clone()]);
            hidden.extend(c.aliases.iter().chain(&c.trivia).cloned());
        }
        hidden.extend(later(&c.story).into_iter().chain(later(&c.abilities)).chain(later(&c.status)));
        hidden.extend(
            c.relationships.iter().filter(|r| !r.revealed_in.visible_at(progress)).map(|r| r.label.clone()),
        );
    }
    for creature in wiki.creatures() {
        for power in creature.powers.iter().filter(|p| !p.revealed_in.visible_at(progress)) {
            hidden.extend([power.name.clone(), power.detail.clone(), power.cost.clone()]);
        }
    }
    for episode in wiki.episodes() {
        if progress.has_seen(episode.number) {
            hidden.extend(later(&episode.synopsis));
        } else {
            hidden.extend(episode.synopsis.iter().map(|s| s.text.clone()));
        }
    }
    for term in wiki.glossary() {
        if !term.visible_at(progress) {
            hidden.extend([term.term.clone(), term.definition.clone()]);
            hidden.extend(term.aliases.iter().cloned());
        }
        hidden.extend(later(&term.details));
    }
    for source in wiki.source_keys().filter_map(|key| wiki.source(key)) {
        if !source.revealed_in.visible_at(progress) {
            hidden.push(source.about.clone());
            hidden.extend(source.url.clone());
        }
    }
    let titles: Vec<String> = std::iter::once(wiki.show().title.clone())
        .chain(wiki.episodes().iter().filter_map(|e| e.title_for(setting).map(str::to_owned)))
        .map(|title| title.to_lowercase())
        .collect();
    hidden.retain(|secret| !titles.iter().any(|title| title.contains(&secret.to_lowercase())));
    hidden.extend(
        wiki.episodes().iter().filter(|e| !setting.shows_title_of(e.number)).filter_map(|e| e.title.clone()),
    );
    hidden.sort();
    hidden.dedup();
    hidden
}

/// A history with one change to every entry a page can be about (characters, episodes, terms,
/// creatures, then the show's facts), each said to touch only what the premise shows, and
/// whose message is a secret until the season's end: what the pages must still hold back is
/// then the names of entries the setting holds back, a title in strict mode, and the messages.
#[allow(dead_code)]
pub fn scripted_history(wiki: &Wiki) -> History {
    let secret = hidden(wiki, Setting::from(Progress::up_to(EPISODE_COUNT - 1)));
    let message = secret.last().cloned().unwrap_or_default();
    let entries = wiki
        .characters()
        .iter()
        .map(|c| (DataFile::Characters, c.slug.clone(), 0))
        .chain(wiki.episodes().iter().map(|e| (DataFile::Episodes, e.number.to_string(), e.number)))
        .chain(wiki.glossary().iter().map(|t| (DataFile::Glossary, t.slug.clone(), 0)))
        .chain(wiki.creatures().iter().map(|c| (DataFile::Creatures, c.slug.clone(), 0)))
        .chain(wiki.show().facts().map(|f| (DataFile::Show, f.id.clone(), 0)));
    let kinds = [ChangeKind::Added, ChangeKind::Corrected, ChangeKind::Sourced];
    let changes = entries
        .zip(kinds.into_iter().cycle())
        .enumerate()
        .map(|(i, ((file, entry, strict_from), kind))| Change {
            commit: format!("{i:040x}"),
            date: format!("2026-11-{:02}T12:00:00+00:00", 28 - i % 28),
            file,
            entry,
            kind,
            shown_from: 0,
            strict_from,
            message: message.clone(),
        })
        .collect();
    History { changes, feed: true }
}
