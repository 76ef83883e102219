#[cfg(not(target_arch = "wasm32"))]
use super::validate::validate;
use super::{
    parse_list, parse_object, Character, Creature, DataError, DataFile, Episode, History, Json, Reveal,
    Revealed, Show, Source, Term,
};

/// Every data file, parsed but not yet checked against the others.
#[derive(Clone, Debug)]
pub struct WikiParts {
    /// `show.json`.
    pub show: Show,
    /// `sources.json`.
    pub sources: Vec<Source>,
    /// `characters.json`.
    pub characters: Vec<Character>,
    /// `creatures.json`.
    pub creatures: Vec<Creature>,
    /// `episodes.json`.
    pub episodes: Vec<Episode>,
    /// `glossary.json`.
    pub glossary: Vec<Term>,
}

/// The whole wiki. Natively (tests, and the build, whose prerenderer reads the very files the app
/// will fetch) it is checked: every id is unique and every cross-reference resolves. Views still
/// treat a reference that does not resolve as absent, so the app can skip the checks.
#[derive(Clone, Debug)]
pub struct Wiki {
    parts: WikiParts,
    /// Where each entry stands in its file, for "Edit this page".
    lines: Vec<EntryLine>,
    /// What changed in the data and when; empty until the build's history is added.
    history: History,
}

#[derive(Clone, Debug)]
struct EntryLine {
    file: DataFile,
    id: String,
    line: u32,
}

impl Wiki {
    /// Parses and checks the data files, given each file's text (as fetched, or read from disk)
    /// and a JSON reader. Reports every file that fails, not just the first, so one round of
    /// fixes is enough.
    pub fn from_texts<'a>(
        json: &impl Json,
        text: impl Fn(DataFile) -> &'a str,
    ) -> Result<Wiki, Vec<DataError>> {
        let mut errors = Vec::new();
        let show = keep(parse_object(json, DataFile::Show, text(DataFile::Show)), &mut errors);
        let sources = keep(parse_list(json, DataFile::Sources, text(DataFile::Sources)), &mut errors);
        let characters =
            keep(parse_list(json, DataFile::Characters, text(DataFile::Characters)), &mut errors);
        let creatures = keep(parse_list(json, DataFile::Creatures, text(DataFile::Creatures)), &mut errors);
        let episodes = keep(parse_list(json, DataFile::Episodes, text(DataFile::Episodes)), &mut errors);
        let glossary = keep(parse_list(json, DataFile::Glossary, text(DataFile::Glossary)), &mut errors);
        match (show, sources, characters, creatures, episodes, glossary) {
            (
                Some(show),
                Some(sources),
                Some(characters),
                Some(creatures),
                Some(episodes),
                Some(glossary),
            ) => {
                let lines =
                    [DataFile::Characters, DataFile::Creatures, DataFile::Episodes, DataFile::Glossary]
                        .into_iter()
                        .flat_map(|file| entry_lines(file, text(file)))
                        .collect();
                let parts = WikiParts { show, sources, characters, creatures, episodes, glossary };
                Wiki::assemble(parts).map(|wiki| Wiki { lines, ..wiki })
            }
            _ => Err(errors),
        }
    }

    /// The line of `file` where the entry `id` (a slug, or an episode's number) stands, once
    /// the wiki was made from the files' text.
    pub fn line(&self, file: DataFile, id: &str) -> Option<u32> {
        self.lines.iter().find(|entry| entry.file == file && entry.id == id).map(|entry| entry.line)
    }

    /// Checks the parts against each other, except in the browser: the build has checked the
    /// same files, and the checks would cost about 3 KB of compressed wasm.
    pub fn assemble(mut parts: WikiParts) -> Result<Wiki, Vec<DataError>> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let errors = validate(&parts);
            if !errors.is_empty() {
                return Err(errors);
            }
        }
        parts.episodes.sort_unstable_by_key(|episode| episode.number);
        Ok(Wiki { parts, lines: Vec::new(), history: History::default() })
    }

    /// The same wiki with the data's history.
    pub fn with_history(self, history: History) -> Wiki {
        Wiki { history, ..self }
    }

    /// The data's history, as the build read it (see `history`).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The series as a whole.
    pub fn show(&self) -> &Show {
        &self.parts.show
    }

    /// Every character, in the file's order.
    pub fn characters(&self) -> &[Character] {
        &self.parts.characters
    }

    /// The three creatures.
    pub fn creatures(&self) -> &[Creature] {
        &self.parts.creatures
    }

    /// In episode order.
    pub fn episodes(&self) -> &[Episode] {
        &self.parts.episodes
    }

    /// Every term, in the file's order.
    pub fn glossary(&self) -> &[Term] {
        &self.parts.glossary
    }

    /// The character with this slug.
    pub fn character(&self, slug: &str) -> Option<&Character> {
        self.parts.characters.iter().find(|c| c.slug == slug)
    }

    /// The creature with this slug.
    pub fn creature(&self, slug: &str) -> Option<&Creature> {
        self.parts.creatures.iter().find(|c| c.slug == slug)
    }

    /// The episode with this number.
    pub fn episode(&self, number: u8) -> Option<&Episode> {
        self.parts.episodes.iter().find(|e| e.number == number)
    }

    /// The glossary term with this slug.
    pub fn term(&self, slug: &str) -> Option<&Term> {
        self.parts.glossary.iter().find(|t| t.slug == slug)
    }

    /// The key of every source, for checking citations.
    pub fn source_keys(&self) -> impl Iterator<Item = &str> {
        self.parts.sources.iter().map(|s| s.key.as_str())
    }

    /// The source with this key.
    pub fn source(&self, key: &str) -> Option<&Source> {
        self.parts.sources.iter().find(|s| s.key == key)
    }

    /// What an episode brings: characters and terms first met in it, and how many statements
    /// the wiki records as revealed there.
    pub fn reveals_in(&self, episode: u8) -> EpisodeReveals<'_> {
        let at = Reveal::Episode(episode);
        let count = |items: &[Revealed]| items.iter().filter(|i| i.revealed_in == at).count();
        let characters: usize = self
            .characters()
            .iter()
            .map(|c| {
                count(&c.story)
                    + count(&c.abilities)
                    + count(&c.status)
                    + c.relationships.iter().filter(|r| r.revealed_in == at).count()
            })
            .sum();
        let powers = self.creatures().iter().flat_map(|c| &c.powers).filter(|p| p.revealed_in == at).count();
        let episodes: usize = self.episodes().iter().map(|e| count(&e.synopsis)).sum();
        let terms: usize = self.glossary().iter().map(|t| count(&t.details)).sum();
        EpisodeReveals {
            characters: self.characters().iter().filter(|c| c.introduced == at).collect(),
            terms: self.glossary().iter().filter(|t| t.introduced == at).collect(),
            statements: characters + powers + episodes + terms,
        }
    }

    /// Episodes in which sources place the character, in order.
    pub fn appearances(&self, slug: &str) -> Vec<&Episode> {
        self.episodes().iter().filter(|e| e.characters.iter().any(|c| c == slug)).collect()
    }
}

/// See [`Wiki::reveals_in`].
pub struct EpisodeReveals<'a> {
    /// Characters first met in the episode.
    pub characters: Vec<&'a Character>,
    /// Glossary terms first met in the episode.
    pub terms: Vec<&'a Term>,
    /// How many statements the episode reveals.
    pub statements: usize,
}

/// The line each entry's id stands on: the files hold one field to a line (as every JSON
/// formatter writes them), so a scan of the lines finds them without a parser that keeps places.
fn entry_lines(file: DataFile, text: &str) -> impl Iterator<Item = EntryLine> + '_ {
    text.lines().zip(1..).filter_map(move |(line, number)| {
        let line = line.trim_start();
        let id = line.strip_prefix("\"slug\": ").or_else(|| line.strip_prefix("\"number\": "))?;
        Some(EntryLine { file, id: id.trim_end_matches(',').trim_matches('"').to_owned(), line: number })
    })
}

fn keep<T>(result: Result<T, DataError>, errors: &mut Vec<DataError>) -> Option<T> {
    result.map_err(|error| errors.push(error)).ok()
}
