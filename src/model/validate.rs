//! Checks that hold across the data files; each failure names the file and the entry.

use super::{DataError, DataFile, Reveal, WikiParts, EPISODE_COUNT};
use std::collections::HashSet;

pub(super) fn validate(parts: &WikiParts) -> Vec<DataError> {
    let mut check = Checker::default();
    let source_keys = check.unique(DataFile::Sources, parts.sources.iter().map(|s| s.key.as_str()));
    let character_slugs =
        check.unique(DataFile::Characters, parts.characters.iter().map(|c| c.slug.as_str()));
    let creature_slugs = check.unique(DataFile::Creatures, parts.creatures.iter().map(|c| c.slug.as_str()));
    let term_slugs = check.unique(DataFile::Glossary, parts.glossary.iter().map(|t| t.slug.as_str()));
    let numbers: Vec<String> = parts.episodes.iter().map(|e| e.number.to_string()).collect();
    check.unique(DataFile::Episodes, numbers.iter().map(String::as_str));

    let sources = Refs { file: DataFile::Sources, what: "source", known: &source_keys };
    let characters = Refs { file: DataFile::Characters, what: "character", known: &character_slugs };
    let creatures = Refs { file: DataFile::Creatures, what: "creature", known: &creature_slugs };
    let terms = Refs { file: DataFile::Glossary, what: "glossary term", known: &term_slugs };

    check.sources(DataFile::Show, "show", &parts.show.sources, &sources);
    for fact in &parts.show.facts {
        check.sources(DataFile::Show, &fact.label, &fact.sources, &sources);
    }
    for source in &parts.sources {
        let web = |url: &&String| url.starts_with("https://") || url.starts_with("http://");
        if let Some(url) = source.url.as_ref().filter(|url| !web(url)) {
            check.fail(DataFile::Sources, &source.key, format!("\"{url}\" is not a web address"));
        }
        check.reveals(DataFile::Sources, &source.key, [source.revealed_in]);
    }

    for c in &parts.characters {
        let (file, id) = (DataFile::Characters, c.slug.as_str());
        check.slug(file, id);
        check.sources(file, id, &c.sources, &sources);
        check.refs(file, id, c.creature.iter(), &creatures);
        check.refs(file, id, c.relationships.iter().map(|r| &r.with), &characters);
        check.episode(file, id, c.first_appearance);
        let reveals = c.story.iter().chain(&c.abilities).chain(&c.status).map(|r| r.revealed_in);
        check.reveals(file, id, reveals.chain(c.relationships.iter().map(|r| r.revealed_in)));
        check.reveals(file, id, [c.introduced]);
    }

    for creature in &parts.creatures {
        let (file, id) = (DataFile::Creatures, creature.slug.as_str());
        check.slug(file, id);
        check.sources(file, id, &creature.sources, &sources);
        check.refs(file, id, [&creature.bearer], &characters);
        check.reveals(file, id, creature.powers.iter().map(|p| p.revealed_in));
        if creature.powers.is_empty() {
            check.fail(file, id, "lists no powers");
        }
    }

    for episode in &parts.episodes {
        let id = episode.number.to_string();
        let file = DataFile::Episodes;
        check.episode(file, &id, Some(episode.number));
        check.sources(file, &id, &episode.sources, &sources);
        check.refs(file, &id, episode.characters.iter(), &characters);
        check.reveals(file, &id, episode.synopsis.iter().map(|s| s.revealed_in));
    }
    for number in 1..=EPISODE_COUNT {
        if !parts.episodes.iter().any(|e| e.number == number) {
            check.fail(DataFile::Episodes, &number.to_string(), "this episode is missing");
        }
    }

    for term in &parts.glossary {
        let (file, id) = (DataFile::Glossary, term.slug.as_str());
        check.slug(file, id);
        check.sources(file, id, &term.sources, &sources);
        check.refs(file, id, term.see_also.iter(), &terms);
        check.refs(file, id, term.characters.iter(), &characters);
        check.reveals(file, id, term.details.iter().map(|d| d.revealed_in).chain([term.introduced]));
    }
    check.errors
}

/// A set of ids that references of one kind must point into.
struct Refs<'a> {
    file: DataFile,
    what: &'static str,
    known: &'a HashSet<String>,
}

#[derive(Default)]
struct Checker {
    errors: Vec<DataError>,
}

impl Checker {
    fn fail(&mut self, file: DataFile, entry: &str, problem: impl Into<String>) {
        self.errors.push(DataError::new(file, Some(entry.to_owned()), problem));
    }

    fn unique<'a>(&mut self, file: DataFile, ids: impl Iterator<Item = &'a str>) -> HashSet<String> {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id.to_owned()) {
                self.fail(file, id, "this id is used by more than one entry");
            }
        }
        seen
    }

    /// Slugs become URLs, so they stay lowercase words joined by hyphens.
    fn slug(&mut self, file: DataFile, slug: &str) {
        let clean = slug.split('-').all(|word| {
            !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
        if !clean {
            self.fail(file, slug, "a slug is lowercase words joined by hyphens, e.g. \"tilda-weber\"");
        }
    }

    fn refs<'a>(
        &mut self,
        file: DataFile,
        entry: &str,
        targets: impl IntoIterator<Item = &'a String>,
        refs: &Refs,
    ) {
        for target in targets {
            if !refs.known.contains(target) {
                let problem =
                    format!("refers to {} \"{target}\", which {} does not have", refs.what, refs.file);
                self.fail(file, entry, problem);
            }
        }
    }

    fn sources(&mut self, file: DataFile, entry: &str, keys: &[String], refs: &Refs) {
        if keys.is_empty() {
            self.fail(file, entry, "cites no source; every page needs at least one");
        }
        self.refs(file, entry, keys, refs);
    }

    fn episode(&mut self, file: DataFile, entry: &str, episode: Option<u8>) {
        if let Some(n) = episode.filter(|n| !(1..=EPISODE_COUNT).contains(n)) {
            self.fail(file, entry, format!("episode {n} is outside the season (1 to {EPISODE_COUNT})"));
        }
    }

    fn reveals(&mut self, file: DataFile, entry: &str, reveals: impl IntoIterator<Item = Reveal>) {
        for reveal in reveals {
            self.episode(file, entry, reveal.episode());
        }
    }
}
