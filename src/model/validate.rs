//! Checks that hold across the data files. Each failure names the file, the entry and the place
//! in the file (a JSON Pointer, which `make check` turns into a line and column).

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

    let show = Entry { file: DataFile::Show, id: "show", at: String::new() };
    check.sources(&show, "/sources", &parts.show.sources, &sources);
    // Groups and facts share the show page's anchors, so one id names one place.
    let anchors = parts.show.groups.iter().enumerate().flat_map(|(g, group)| {
        let facts =
            group.facts.iter().enumerate().map(move |(i, fact)| (format!("/groups/{g}/facts/{i}"), &fact.id));
        std::iter::once((format!("/groups/{g}"), &group.id)).chain(facts)
    });
    let mut seen = HashSet::new();
    for (at, id) in anchors {
        let entry = Entry { file: DataFile::Show, id, at };
        if !seen.insert(id) {
            check.fail(
                &entry,
                "/id",
                "another group or fact has this id; give each its own, since it is an address",
            );
        }
    }
    if parts.show.groups.iter().filter(|group| group.cast).count() > 1 {
        check.fail(&show, "/groups", "more than one group has \"cast\": true; the cast list belongs in one");
    }
    for (g, group) in parts.show.groups.iter().enumerate() {
        for (i, fact) in group.facts.iter().enumerate() {
            let entry = Entry { file: DataFile::Show, id: &fact.id, at: format!("/groups/{g}/facts/{i}") };
            check.sources(&entry, "/sources", &fact.sources, &sources);
            // Search engines read the names apart from the sentence; both must say the same.
            for (n, name) in fact.names.iter().enumerate() {
                if !fact.value.contains(name.as_str()) {
                    check.fail(
                        &entry,
                        &format!("/names/{n}"),
                        format!("\"{name}\" is not in the value; write each name exactly as the value does"),
                    );
                }
            }
        }
    }
    for (index, source) in parts.sources.iter().enumerate() {
        let entry = Entry::listed(DataFile::Sources, &source.key, index);
        let web = |url: &&String| url.starts_with("https://") || url.starts_with("http://");
        if let Some(url) = source.url.as_ref().filter(|url| !web(url)) {
            check.fail(
                &entry,
                "/url",
                format!("\"{url}\" is not a web address; give the page's https:// address"),
            );
        }
        check.reveal(&entry, "/revealed_in", source.revealed_in);
    }

    for (index, c) in parts.characters.iter().enumerate() {
        let entry = Entry::listed(DataFile::Characters, &c.slug, index);
        check.slug(&entry);
        check.sources(&entry, "/sources", &c.sources, &sources);
        check.refs(&entry, c.creature.iter().map(|slug| ("/creature".to_owned(), slug)), &creatures);
        let with =
            c.relationships.iter().enumerate().map(|(i, r)| (format!("/relationships/{i}/with"), &r.with));
        check.refs(&entry, with, &characters);
        check.episode(&entry, "/first_appearance", c.first_appearance);
        for (field, items) in [("story", &c.story), ("abilities", &c.abilities), ("status", &c.status)] {
            for (i, item) in items.iter().enumerate() {
                check.reveal(&entry, &format!("/{field}/{i}/revealed_in"), item.revealed_in);
            }
        }
        for (i, relationship) in c.relationships.iter().enumerate() {
            check.reveal(&entry, &format!("/relationships/{i}/revealed_in"), relationship.revealed_in);
            // A pair is one tie; a part that comes later has its own episode (`Character::ties`).
            let before = &c.relationships[..i];
            if before.iter().any(|r| r.with == relationship.with && r.revealed_in == relationship.revealed_in)
            {
                check.fail(
                    &entry,
                    &format!("/relationships/{i}"),
                    format!(
                        "lists \"{}\" a second time for the same point in the story; say it in the first \
                         item's label, or give this later part the episode that reveals it",
                        relationship.with
                    ),
                );
            }
        }
        check.reveal(&entry, "/introduced", c.introduced);
    }

    for (index, creature) in parts.creatures.iter().enumerate() {
        let entry = Entry::listed(DataFile::Creatures, &creature.slug, index);
        check.slug(&entry);
        check.sources(&entry, "/sources", &creature.sources, &sources);
        check.refs(&entry, [("/bearer".to_owned(), &creature.bearer)], &characters);
        for (i, power) in creature.powers.iter().enumerate() {
            check.reveal(&entry, &format!("/powers/{i}/revealed_in"), power.revealed_in);
        }
        if creature.powers.is_empty() {
            check.fail(&entry, "/powers", "lists no powers; add at least one");
        }
    }

    for (index, episode) in parts.episodes.iter().enumerate() {
        let id = episode.number.to_string();
        let entry = Entry::listed(DataFile::Episodes, &id, index);
        check.episode(&entry, "/number", Some(episode.number));
        check.sources(&entry, "/sources", &episode.sources, &sources);
        let people = episode.characters.iter().enumerate().map(|(i, s)| (format!("/characters/{i}"), s));
        check.refs(&entry, people, &characters);
        for (i, item) in episode.synopsis.iter().enumerate() {
            check.reveal(&entry, &format!("/synopsis/{i}/revealed_in"), item.revealed_in);
        }
        let cited = &episode.cited_for;
        let facts = [
            ("title", episode.title.is_some(), &cited.title),
            ("runtime_minutes", episode.runtime_minutes.is_some(), &cited.runtime_minutes),
            ("directors", !episode.directors.is_empty(), &cited.directors),
            ("writers", !episode.writers.is_empty(), &cited.writers),
        ];
        for (field, given, keys) in facts {
            check.cited(&entry, field, given, keys, &episode.sources, &sources);
        }
    }
    for number in 1..=EPISODE_COUNT {
        if !parts.episodes.iter().any(|e| e.number == number) {
            let entry = Entry { file: DataFile::Episodes, id: "", at: "/entries".to_owned() };
            check.fail(&entry, "", format!("episode {number} is missing; every episode needs an entry"));
        }
    }

    for (index, term) in parts.glossary.iter().enumerate() {
        let entry = Entry::listed(DataFile::Glossary, &term.slug, index);
        check.slug(&entry);
        check.sources(&entry, "/sources", &term.sources, &sources);
        let see_also = term.see_also.iter().enumerate().map(|(i, s)| (format!("/see_also/{i}"), s));
        check.refs(&entry, see_also, &terms);
        let people = term.characters.iter().enumerate().map(|(i, s)| (format!("/characters/{i}"), s));
        check.refs(&entry, people, &characters);
        for (i, detail) in term.details.iter().enumerate() {
            check.reveal(&entry, &format!("/details/{i}/revealed_in"), detail.revealed_in);
        }
        check.reveal(&entry, "/introduced", term.introduced);
    }
    events(&mut check, parts);
    check.errors
}

/// Statements that share an `event` key tell one event: it must be told on at least two pages
/// (a key used on one page alone links nothing, most likely a misspelt one) and by statements
/// of the same episode.
fn events(check: &mut Checker, parts: &WikiParts) {
    // Every statement with a key: its entry, its place, its reveal point and its key.
    type Keyed<'a> = (Entry<'a>, String, Reveal, &'a str);
    let mut keyed: Vec<Keyed> = Vec::new();
    fn add<'a>(keyed: &mut Vec<Keyed<'a>>, entry: Entry<'a>, lists: &[(&str, &'a [super::Revealed])]) {
        for (field, items) in lists {
            for (i, item) in items.iter().enumerate() {
                if let Some(key) = &item.event {
                    let at = Entry { file: entry.file, id: entry.id, at: entry.at.clone() };
                    keyed.push((at, format!("/{field}/{i}/event"), item.revealed_in, key.as_str()));
                }
            }
        }
    }
    let numbers: Vec<String> = parts.episodes.iter().map(|e| e.number.to_string()).collect();
    for (index, (e, id)) in parts.episodes.iter().zip(&numbers).enumerate() {
        add(&mut keyed, Entry::listed(DataFile::Episodes, id, index), &[("synopsis", &e.synopsis)]);
    }
    for (index, c) in parts.characters.iter().enumerate() {
        let lists: [(&str, &[super::Revealed]); 3] =
            [("story", &c.story), ("abilities", &c.abilities), ("status", &c.status)];
        add(&mut keyed, Entry::listed(DataFile::Characters, &c.slug, index), &lists);
    }
    for (index, t) in parts.glossary.iter().enumerate() {
        add(&mut keyed, Entry::listed(DataFile::Glossary, &t.slug, index), &[("details", &t.details)]);
    }
    for (entry, field, reveal, key) in &keyed {
        let same: Vec<_> = keyed.iter().filter(|(_, _, _, k)| k == key).collect();
        let pages: HashSet<(DataFile, &str)> = same.iter().map(|(e, _, _, _)| (e.file, e.id)).collect();
        if pages.len() < 2 {
            let problem = format!(
                "event \"{key}\" is told on no other page; give the same key to a statement of another \
                 page that tells this event (the episode's plot point, most often), or leave it out"
            );
            check.fail(entry, field, problem);
        }
        if let Some((_, _, other, _)) = same.iter().find(|(_, _, r, _)| r != reveal) {
            let episode =
                |r: &Reveal| r.episode().map_or("the premise".to_owned(), |n| format!("episode {n}"));
            let problem = format!(
                "event \"{key}\" is revealed in {} here but in {} elsewhere; statements of one event \
                 come from the same episode",
                episode(reveal),
                episode(other)
            );
            check.fail(entry, field, problem);
        }
    }
}

/// One entry of a file, by its id, and where it stands ("/entries/3").
struct Entry<'a> {
    file: DataFile,
    id: &'a str,
    at: String,
}

impl<'a> Entry<'a> {
    fn listed(file: DataFile, id: &'a str, index: usize) -> Self {
        Entry { file, id, at: format!("/entries/{index}") }
    }
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
    /// `field` is a JSON Pointer inside the entry ("/sources/2"), or "" for the entry itself.
    fn fail(&mut self, entry: &Entry, field: &str, problem: impl Into<String>) {
        let id = (!entry.id.is_empty()).then(|| entry.id.to_owned());
        self.errors.push(DataError::new(entry.file, id, problem).at(format!("{}{field}", entry.at)));
    }

    fn unique<'a>(&mut self, file: DataFile, ids: impl Iterator<Item = &'a str>) -> HashSet<String> {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id.to_owned()) {
                let entry = Entry::listed(file, id, index);
                self.fail(&entry, "", "this id is used by more than one entry; give each entry its own");
            }
        }
        seen
    }

    /// Slugs become URLs, so they stay lowercase words joined by hyphens.
    fn slug(&mut self, entry: &Entry) {
        let clean = entry.id.split('-').all(|word| {
            !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
        if !clean {
            self.fail(entry, "/slug", "a slug is lowercase words joined by hyphens, e.g. \"tilda-weber\"");
        }
    }

    fn refs<'a>(
        &mut self,
        entry: &Entry,
        targets: impl IntoIterator<Item = (String, &'a String)>,
        refs: &Refs,
    ) {
        for (at, target) in targets {
            if !refs.known.contains(target) {
                let problem = format!(
                    "refers to {} \"{target}\", which {} does not have; check the spelling or add it there",
                    refs.what, refs.file
                );
                self.fail(entry, &at, problem);
            }
        }
    }

    fn sources(&mut self, entry: &Entry, field: &str, keys: &[String], refs: &Refs) {
        if keys.is_empty() {
            self.fail(
                entry,
                field,
                "cites no source; every page needs at least one (a key from sources.json)",
            );
        }
        self.refs(entry, keys.iter().enumerate().map(|(i, key)| (format!("{field}/{i}"), key)), refs);
    }

    /// A fact the entry gives (`given`) needs sources of its own in `cited_for`, each also in
    /// the entry's list, so the page lists them.
    fn cited(
        &mut self,
        entry: &Entry,
        field: &str,
        given: bool,
        keys: &[String],
        listed: &[String],
        refs: &Refs,
    ) {
        let at = format!("/cited_for/{field}");
        if given && keys.is_empty() {
            let problem = format!(
                "{field} is given without a source; add \"cited_for\": {{\"{field}\": [\"S…\"]}} with the key of \
                 the source that confirms it, or leave it out while it is not confirmed"
            );
            self.fail(entry, &format!("/{field}"), problem);
        }
        if !given && !keys.is_empty() {
            self.fail(entry, &at, format!("cites sources for {field}, which the entry does not give"));
        }
        self.refs(entry, keys.iter().enumerate().map(|(i, key)| (format!("{at}/{i}"), key)), refs);
        for (i, key) in keys.iter().enumerate().filter(|(_, key)| !listed.contains(key)) {
            let problem = format!(
                "source \"{key}\" is cited for {field} but missing from the entry's sources; add it there"
            );
            self.fail(entry, &format!("{at}/{i}"), problem);
        }
    }

    fn episode(&mut self, entry: &Entry, field: &str, episode: Option<u8>) {
        if let Some(n) = episode.filter(|n| !(1..=EPISODE_COUNT).contains(n)) {
            self.fail(entry, field, format!("episode {n} is outside the season (1 to {EPISODE_COUNT})"));
        }
    }

    fn reveal(&mut self, entry: &Entry, field: &str, reveal: Reveal) {
        self.episode(entry, field, reveal.episode());
    }
}
