//! Spoiler safety of the shipped data at every level a reader can choose: what the wiki shows
//! at a level never names a character or term that the level still hides.

use imperfects_wiki::model::{Progress, Revealed, Wiki};
use std::path::Path;

fn shipped() -> Wiki {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    Wiki::load_from_dir(&dir).unwrap_or_else(|errors| panic!("{errors}"))
}

fn shown(items: &[Revealed], progress: Progress) -> impl Iterator<Item = &str> {
    items.iter().filter(move |item| item.visible_at(progress)).map(|item| item.text.as_str())
}

/// Every piece of prose a reader at `progress` can see, with where it comes from.
fn visible_prose(wiki: &Wiki, progress: Progress) -> Vec<(String, String)> {
    let mut prose = vec![("show premise".to_owned(), wiki.show().premise.clone())];
    // The facts about the show are shown at every setting, so none may name what comes later.
    for fact in wiki.show().facts() {
        let place = format!("show fact {}", fact.id);
        let texts = [&fact.label, &fact.value].into_iter().chain(&fact.note).chain(&fact.asked_as);
        prose.extend(texts.map(|text| (place.clone(), text.clone())));
    }
    for group in &wiki.show().groups {
        let texts = std::iter::once(&group.heading).chain(&group.asked_as);
        prose.extend(texts.map(|text| (format!("show group {}", group.id), text.clone())));
    }
    for c in wiki.characters().iter().filter(|c| c.visible_at(progress)) {
        let place = format!("character {}", c.slug);
        prose.push((place.clone(), c.summary.clone()));
        for text in
            shown(&c.story, progress).chain(shown(&c.abilities, progress)).chain(shown(&c.status, progress))
        {
            prose.push((place.clone(), text.to_owned()));
        }
        for r in c.relationships.iter().filter(|r| r.revealed_in.visible_at(progress)) {
            prose.push((place.clone(), r.label.clone()));
        }
    }
    for creature in wiki.creatures() {
        let place = format!("creature {}", creature.slug);
        prose.push((place.clone(), creature.folklore.clone()));
        prose.push((place.clone(), creature.adaptation.clone()));
        for power in creature.powers.iter().filter(|p| p.revealed_in.visible_at(progress)) {
            prose.push((place.clone(), format!("{} {} {}", power.name, power.detail, power.cost)));
        }
    }
    for episode in wiki.episodes().iter().filter(|e| progress.has_seen(e.number)) {
        let place = format!("episode {}", episode.number);
        for text in shown(&episode.synopsis, progress) {
            prose.push((place.clone(), text.to_owned()));
        }
    }
    for key in wiki.source_keys() {
        if let Some(source) = wiki.source(key).filter(|s| s.revealed_in.visible_at(progress)) {
            let place = format!("source {key}");
            prose.push((place.clone(), source.about.clone()));
            prose.push((place, source.url.clone().unwrap_or_default()));
        }
    }
    for term in wiki.glossary().iter().filter(|t| t.visible_at(progress)) {
        let place = format!("term {}", term.slug);
        prose.push((place.clone(), term.definition.clone()));
        for text in shown(&term.details, progress) {
            prose.push((place.clone(), text.to_owned()));
        }
    }
    prose
}

/// Names that a level hides: characters and terms introduced later. Episode titles and the
/// show's title are always shown, so a name in one (Zoe, the Imperfects) is not a secret.
fn hidden_names(wiki: &Wiki, progress: Progress) -> Vec<String> {
    let episode_titles = wiki.episodes().iter().filter_map(|e| e.title.as_deref());
    let titles: Vec<&str> = episode_titles.chain([wiki.show().title.as_str()]).collect();
    let characters = wiki
        .characters()
        .iter()
        .filter(|c| !c.visible_at(progress))
        .flat_map(|c| std::iter::once(c.name.clone()).chain(c.aliases.clone()));
    let terms = wiki
        .glossary()
        .iter()
        .filter(|t| !t.visible_at(progress))
        .flat_map(|t| std::iter::once(t.term.clone()).chain(t.aliases.clone()));
    characters
        .chain(terms)
        .filter(|name| !titles.iter().any(|title| title.to_lowercase().contains(&name.to_lowercase())))
        .collect()
}

#[test]
fn no_level_names_what_it_hides() {
    let wiki = shipped();
    let mut leaks = Vec::new();
    for progress in Progress::all() {
        let hidden = hidden_names(&wiki, progress);
        for (place, text) in visible_prose(&wiki, progress) {
            // Addresses spell names in lowercase with hyphens ("who-is-dr-hallenbeck").
            let slug_form = text.to_lowercase();
            for name in hidden.iter().filter(|name| {
                text.contains(name.as_str()) || slug_form.contains(&name.to_lowercase().replace(' ', "-"))
            }) {
                leaks.push(format!("{}: {place} names \"{name}\"", progress.label()));
            }
        }
    }
    assert!(leaks.is_empty(), "leaks:\n{}", leaks.join("\n"));
}

#[test]
fn more_is_shown_at_every_later_level() {
    let wiki = shipped();
    let counts: Vec<usize> = Progress::all().map(|p| visible_prose(&wiki, p).len()).collect();
    assert!(counts.windows(2).all(|pair| pair[0] <= pair[1]), "{counts:?}");
    assert!(counts[0] < counts[10], "the finale reveals something: {counts:?}");
}

#[test]
fn a_new_visitor_learns_neither_big_twist() {
    let wiki = shipped();
    let prose: Vec<String> =
        visible_prose(&wiki, Progress::NOT_STARTED).into_iter().map(|(_, text)| text).collect();
    let all = prose.join("\n");
    assert!(!all.contains("Hallenbeck"), "Hallenbeck is named before episode 10");
    assert!(!all.contains("clone"), "the cloning twist shows before episode 10");
    assert!(!all.contains("keeps her powers") && !all.contains("powers intact"));
    let finished: String = visible_prose(&wiki, Progress::FINISHED)
        .into_iter()
        .map(|(_, text)| text)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(finished.contains("Hallenbeck"), "a fan who has finished sees the finale");
}
