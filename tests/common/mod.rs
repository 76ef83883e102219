//! What the native page tests share: the strings a setting must not show anywhere.

use imperfects_wiki::model::{Revealed, Setting, Wiki};

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
