//! Search over the whole wiki: an index built once from the data, queried on every keystroke.
//!
//! Spoiler safety is part of the index: every document carries the point from which it may be
//! shown, and a query only ever looks at documents the reader's setting shows. A hidden
//! document does not count, rank or leave a trace in the results.
//!
//! Pure Rust, so native tests and the benchmark use it as it is.

use crate::model::{Episode, Reveal, Setting, Wiki};
use crate::paths::{self, Href};

/// What a result points to, which decides its label in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A character's page.
    Character,
    /// A creature's page.
    Creature,
    /// One power, on its creature's page.
    Power,
    /// An episode's page.
    Episode,
    /// A term, on the glossary page.
    Term,
    /// A fact about the show, or a group of them, on the show page.
    Show,
}

impl Kind {
    /// Every kind, in the order the index files number them.
    const ALL: [Kind; 6] =
        [Kind::Character, Kind::Creature, Kind::Power, Kind::Episode, Kind::Term, Kind::Show];

    /// How a result names what it is.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Character => "Character",
            Kind::Creature => "Creature",
            Kind::Power => "Power",
            Kind::Episode => "Episode",
            Kind::Term => "Glossary",
            Kind::Show => "About the show",
        }
    }
}

/// One thing search can find, with everything needed to show it as a result.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// What the result is.
    pub kind: Kind,
    /// What the result is called.
    pub title: String,
    /// A line of context, safe to show from `reveal` on.
    pub snippet: String,
    /// Where the result leads.
    pub href: Href,
    /// From when the result may be found at all.
    pub reveal: Reveal,
    /// The episode whose title `title` holds, which strict mode keeps back until it is watched.
    titled: Option<u8>,
    keys: Vec<Key>,
}

impl Document {
    /// The result as a reader with `setting` sees it.
    fn seen_with(&self, setting: Setting) -> Document {
        match self.titled.filter(|&episode| !setting.shows_title_of(episode)) {
            Some(episode) => Document { title: Episode::label(episode), ..self.clone() },
            None => self.clone(),
        }
    }
}

/// How many results the header's list shows; the results page lists them all.
pub const LISTED: usize = 8;

/// What the header's list shows for a query: the best results, or, when there are none, the
/// entries offered instead.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listed {
    /// Whether the query found anything (else `documents` are the entries offered instead).
    pub found: bool,
    /// What the list shows, in order.
    pub documents: Vec<Document>,
}

/// One result as the search engine answers it (see [`Listed::answer`]): all a list shows of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// What the result is.
    pub kind: Kind,
    /// What the result is called.
    pub title: String,
    /// Where the result leads.
    pub href: Href,
    /// A line of context.
    pub snippet: String,
}

/// What search answered, as the app reads it from the engine's words: the results, or, when
/// the query found nothing, the entries offered instead.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answer {
    /// Whether the query found anything (else `hits` are the entries offered instead).
    pub found: bool,
    /// In order.
    pub hits: Vec<Hit>,
}

impl Listed {
    /// The engine's answer (src/bin/search_engine.rs), which public/search.js and the app read
    /// ([`Answer::read`]): "1" when it found something ("0" when it offers the nearest entries
    /// instead), then each entry's title, kind, address and snippet, every field apart by
    /// [`FIELD`]. The index file's texts hold no separator (`encode` checks).
    pub fn answer(&self) -> String {
        let found = if self.found { "1" } else { "0" };
        let fields = self
            .documents
            .iter()
            .flat_map(|doc| [doc.title.as_str(), doc.kind.label(), doc.href.as_str(), doc.snippet.as_str()]);
        std::iter::once(found).chain(fields).collect::<Vec<_>>().join(&FIELD.to_string())
    }
}

impl Answer {
    /// An answer as [`Listed::answer`] wrote it; `None` for anything else.
    pub fn read(text: &str) -> Option<Answer> {
        let mut fields = text.split(FIELD);
        let found = match fields.next()? {
            "1" => true,
            "0" => false,
            _ => return None,
        };
        let fields: Vec<&str> = fields.collect();
        let hits = fields
            .chunks(4)
            .map(|hit| match *hit {
                [title, label, href, snippet] => Some(Hit {
                    kind: *Kind::ALL.iter().find(|kind| kind.label() == label)?,
                    title: title.to_owned(),
                    href: paths::Href::read_back(href),
                    snippet: snippet.to_owned(),
                }),
                _ => None,
            })
            .collect::<Option<_>>()?;
        Some(Answer { found, hits })
    }
}

/// A searchable text of a document: its normalized form and its words, as characters so that
/// matching a keystroke allocates nothing.
#[derive(Clone, Debug, PartialEq)]
struct Key {
    /// Names rank above aliases and actors, which rank above words in a definition.
    weight: u8,
    /// The episode whose title this is, which strict mode keeps back until it is watched.
    title_of: Option<u8>,
    /// From when the key may match: a cast member's name only once the reader has met them.
    shown_from: Reveal,
    text: Vec<char>,
    words: Vec<Vec<char>>,
}

/// Words that carry no meaning of their own in a fan's question ("is there a season 2"): they
/// are left out of a query that has other words. The show's own title joins them, since every
/// fact is about the show ("who created the imperfects").
const FILLER: &[&str] = &[
    "a", "an", "and", "any", "are", "be", "been", "can", "could", "did", "do", "does", "for", "going", "has",
    "have", "how", "i", "in", "is", "it", "its", "me", "of", "on", "s", "the", "there", "to", "was", "were",
    "what", "whats", "when", "where", "which", "who", "will", "would", "you",
];

/// Number words a fan may type for digits ("season two"); "one" stays a word, since an episode
/// title starts with it.
const NUMBER_WORDS: [&str; 9] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// A query, normalized once per keystroke.
struct Query {
    /// All of it.
    text: Vec<char>,
    /// Its words without the filler, joined: "season 2" for "is there a season 2".
    content: Vec<char>,
    /// The words without the filler, or all of them when every word is filler.
    words: Vec<Vec<char>>,
}

impl Query {
    fn new(text: &str, filler: &[Vec<char>]) -> Self {
        let text = searchable(text);
        let all: Vec<Vec<char>> = text.split(' ').map(|w| w.chars().collect()).collect();
        let content: Vec<Vec<char>> = all.iter().filter(|w| !filler.contains(w)).cloned().collect();
        let words = if content.is_empty() { all } else { content };
        Query { content: words.join(&' '), words, text: text.chars().collect() }
    }
}

/// How well a query matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Exact,
    Prefix,
    Word,
    Typo,
}

/// Every document search can find, built once when the data arrives.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    documents: Vec<Document>,
    /// [`FILLER`] and the words of the show's title, as a query's words are compared.
    filler: Vec<Vec<char>>,
}

/// What separates the fields of a document in an index file: a control character no text of
/// the wiki holds (encoding checks).
const FIELD: char = '\u{1f}';

const NAME: u8 = 0;
const ALIAS: u8 = 1;
const OTHER_NAME: u8 = 2;
const DESCRIPTION: u8 = 3;

impl SearchIndex {
    /// Indexes every character, creature, power, episode, term and fact about the show of `wiki`.
    pub fn build(wiki: &Wiki) -> Self {
        let mut documents = Vec::new();
        for c in wiki.characters() {
            let mut keys = vec![Key::new(NAME, &c.name)];
            keys.extend(c.aliases.iter().map(|a| Key::new(ALIAS, a)));
            keys.extend(c.actor.iter().map(|a| Key::new(OTHER_NAME, a)));
            documents.push(Document {
                kind: Kind::Character,
                title: c.name.clone(),
                snippet: c.summary.clone(),
                href: paths::character(&c.slug),
                reveal: c.introduced,
                titled: None,
                keys,
            });
        }
        for creature in wiki.creatures() {
            documents.push(Document {
                kind: Kind::Creature,
                title: creature.name.clone(),
                snippet: creature.adaptation.clone(),
                href: paths::creature(&creature.slug),
                reveal: Reveal::Premise,
                titled: None,
                keys: vec![Key::new(NAME, &creature.name)],
            });
            for power in &creature.powers {
                documents.push(Document {
                    kind: Kind::Power,
                    title: power.name.clone(),
                    snippet: format!("{} power. {}", creature.name, power.detail),
                    href: paths::creature(&creature.slug),
                    reveal: power.revealed_in,
                    titled: None,
                    keys: vec![Key::new(NAME, &power.name)],
                });
            }
        }
        for e in wiki.episodes() {
            let mut keys = vec![
                Key::new(NAME, &Episode::label(e.number)),
                Key::new(ALIAS, &format!("e{}", e.number)),
                Key::new(ALIAS, &format!("s1e{}", e.number)),
                Key::new(ALIAS, &format!("ep {}", e.number)),
                Key::new(ALIAS, &e.number.to_string()),
            ];
            keys.extend(e.title.iter().map(|t| Key { title_of: Some(e.number), ..Key::new(NAME, t) }));
            documents.push(Document {
                kind: Kind::Episode,
                title: e.heading(Setting::default()),
                snippet: format!("Released {}", crate::format::long_date(&e.released)),
                href: paths::episode(e.number),
                // Numbers are never spoilers, titles only in strict mode; synopses are not
                // indexed.
                reveal: Reveal::Premise,
                titled: e.title.as_ref().map(|_| e.number),
                keys,
            });
        }
        for t in wiki.glossary() {
            let mut keys = vec![Key::new(NAME, &t.term)];
            keys.extend(t.aliases.iter().map(|a| Key::new(ALIAS, a)));
            keys.push(Key::new(DESCRIPTION, &t.definition));
            documents.push(Document {
                kind: Kind::Term,
                title: t.term.clone(),
                snippet: t.definition.clone(),
                href: paths::term(&t.slug),
                reveal: t.introduced,
                titled: None,
                keys,
            });
        }
        // Last, so that an entry ties ahead of a fact that mentions it.
        for group in &wiki.show().groups {
            if group.cast || !group.asked_as.is_empty() {
                let mut keys = vec![Key::new(NAME, &group.heading)];
                keys.extend(group.asked_as.iter().map(|a| Key::new(ALIAS, a)));
                // "who plays tilda": the cast list answers, with each name only once it is met.
                let cast = wiki.characters().iter().filter(|_| group.cast);
                for (c, actor) in cast.filter_map(|c| Some((c, c.actor.as_ref()?))) {
                    for name in [&c.name, actor] {
                        keys.push(Key { shown_from: c.introduced, ..Key::new(DESCRIPTION, name) });
                    }
                }
                let labels = group.facts.iter().map(|fact| fact.label.as_str());
                let snippet: Vec<&str> = group.cast.then_some("The cast").into_iter().chain(labels).collect();
                documents.push(Document {
                    kind: Kind::Show,
                    title: group.heading.clone(),
                    snippet: snippet.join(", "),
                    href: paths::show(&group.id),
                    reveal: Reveal::Premise,
                    titled: None,
                    keys,
                });
            }
            for fact in &group.facts {
                let mut keys = vec![Key::new(NAME, &fact.label)];
                keys.extend(fact.asked_as.iter().map(|a| Key::new(ALIAS, a)));
                keys.push(Key::new(DESCRIPTION, &fact.value));
                documents.push(Document {
                    kind: Kind::Show,
                    title: fact.label.clone(),
                    snippet: fact.value.clone(),
                    href: paths::show(&fact.id),
                    // Facts about the making of the show; none tells the story.
                    reveal: Reveal::Premise,
                    titled: None,
                    keys,
                });
            }
        }
        let title = searchable(&wiki.show().title);
        let filler = FILLER.iter().copied().chain(title.split(' ')).map(|w| w.chars().collect()).collect();
        SearchIndex { documents, filler }
    }

    /// The documents a reader with `setting` may see that match `query`, best first, as that
    /// reader may see them (in strict mode, an unwatched episode by its number alone). Each is
    /// made only as it is taken, so a caller that shows the first few copies only those.
    pub fn search(&self, query: &str, setting: Setting) -> impl Iterator<Item = Document> + '_ {
        let query = Query::new(query, &self.filler);
        let documents = if query.text.is_empty() { &[][..] } else { &self.documents[..] };
        let mut hits: Vec<(Tier, u8, &Document)> = documents
            .iter()
            .filter(|doc| doc.reveal.visible_at(setting.progress))
            .filter_map(|doc| doc.matches(&query, setting).map(|(tier, weight)| (tier, weight, doc)))
            .collect();
        // A stable sort keeps ties in the index's order: the trio first, episodes by number.
        hits.sort_by_key(|&(tier, weight, _)| (tier, weight));
        hits.into_iter().map(move |(_, _, doc)| doc.seen_with(setting))
    }

    /// What to offer when `query` finds nothing: up to three entries whose names are nearest to
    /// it (two slips in a long word), or else a few places to start (the first fact about the
    /// show, the first character, the first episode). Only what the reader's setting shows is
    /// weighed, so the offer says nothing about the rest.
    pub fn nearest(&self, query: &str, setting: Setting) -> Vec<Document> {
        let query = Query::new(query, &self.filler);
        let visible = || self.documents.iter().filter(|doc| doc.reveal.visible_at(setting.progress));
        let mut near: Vec<(usize, u8, &Document)> = visible()
            .filter_map(|doc| {
                doc.keys
                    .iter()
                    .filter(|key| key.weight < DESCRIPTION && key.visible(setting))
                    .flat_map(|key| key.words.iter().map(move |word| (key.weight, word)))
                    .flat_map(|(weight, word)| {
                        query.words.iter().map(move |q| (edit_distance(q, word), weight, q))
                    })
                    .filter(|&(distance, _, q)| q.len() >= 3 && distance <= (q.len() / 3).max(1))
                    .map(|(distance, weight, _)| (distance, weight))
                    .min()
                    .map(|(distance, weight)| (distance, weight, doc))
            })
            .collect();
        near.sort_by_key(|&(distance, weight, _)| (distance, weight));
        let mut offer: Vec<&Document> = near.into_iter().map(|(_, _, doc)| doc).take(3).collect();
        if offer.is_empty() {
            offer = [Kind::Show, Kind::Character, Kind::Episode]
                .iter()
                .filter_map(|&kind| visible().find(|doc| doc.kind == kind))
                .collect();
        }
        offer.into_iter().map(|doc| doc.seen_with(setting)).collect()
    }

    /// What the header's list shows a reader with `setting` for `query`, as the search engine
    /// (src/bin/search_engine.rs) answers the page before the app and the app alike.
    pub fn listed(&self, query: &str, setting: Setting) -> Listed {
        self.answered(query, setting, LISTED)
    }

    /// What the results page shows: every result, or the entries offered instead.
    pub fn results(&self, query: &str, setting: Setting) -> Listed {
        self.answered(query, setting, usize::MAX)
    }

    fn answered(&self, query: &str, setting: Setting, most: usize) -> Listed {
        let found: Vec<Document> = self.search(query, setting).take(most).collect();
        match found.is_empty() && !query.trim().is_empty() {
            true => Listed { found: false, documents: self.nearest(query, setting) },
            false => Listed { found: true, documents: found },
        }
    }

    /// Only what a reader with `setting` may search, as they may see it: the documents, keys
    /// and titles the setting holds back are not in it at all, so it can be written to a file
    /// of its own (see [`SearchIndex::encode`]) and answer that reader exactly as this index does.
    pub fn for_setting(&self, setting: Setting) -> SearchIndex {
        let documents = self
            .documents
            .iter()
            .filter(|doc| doc.reveal.visible_at(setting.progress))
            .map(|doc| Document {
                titled: None,
                keys: doc
                    .keys
                    .iter()
                    .filter(|key| key.visible(setting))
                    .map(|key| Key { title_of: None, shown_from: Reveal::Premise, ..key.clone() })
                    .collect(),
                ..doc.seen_with(setting)
            })
            .collect();
        SearchIndex { documents, filler: self.filler.clone() }
    }

    /// The file of the index for a reader with `setting`, which the prerenderer writes for each
    /// setting: the setting's key and the number of documents on the first line (a file cut
    /// short does not read back), then only what the setting may search
    /// ([`SearchIndex::for_setting`]), [`SearchIndex::encode`]d.
    pub fn file(&self, setting: Setting) -> Result<String, String> {
        let index = self.for_setting(setting);
        Ok(format!("{} {}\n{}", setting.key(), index.len(), index.encode()?))
    }

    /// A file as [`SearchIndex::file`] wrote it: the setting it is for and its index; `None`
    /// for anything else.
    pub fn read_file(text: &str) -> Option<(Setting, SearchIndex)> {
        let (head, index) = text.split_once('\n')?;
        let (key, count) = head.split_once(' ')?;
        let setting = Setting::all().find(|setting| setting.key() == key)?;
        let index = SearchIndex::decode(index).filter(|index| count.parse() == Ok(index.len()))?;
        Some((setting, index))
    }

    /// The index as text, for the page before the app: the filler words on the first line,
    /// then a line per document (its kind's number, reveal, title, snippet, address, and each
    /// key as its weight and searchable text), fields apart by [`FIELD`]. Plain text keeps a
    /// JSON parser out of the engine's wasm. Fails on a text that holds a separator.
    fn encode(&self) -> Result<String, String> {
        let field = FIELD.to_string();
        let mut lines =
            vec![self.filler.iter().map(|w| w.iter().collect::<String>()).collect::<Vec<_>>().join(" ")];
        for doc in &self.documents {
            let kind = Kind::ALL.iter().position(|&k| k == doc.kind).unwrap_or_default();
            let reveal = match doc.reveal {
                Reveal::Premise => String::new(),
                Reveal::Episode(n) => n.to_string(),
            };
            let mut fields =
                vec![kind.to_string(), reveal, doc.title.clone(), doc.snippet.clone(), doc.href.to_string()];
            fields.extend(
                doc.keys.iter().map(|key| format!("{}{}", key.weight, key.text.iter().collect::<String>())),
            );
            if let Some(text) = fields.iter().find(|text| text.contains([FIELD, '\n'])) {
                return Err(format!("a searchable text holds a separator: {text:?}"));
            }
            lines.push(fields.join(&field));
        }
        Ok(lines.join("\n"))
    }

    /// An index as [`SearchIndex::encode`] wrote it; `None` for anything else.
    fn decode(text: &str) -> Option<SearchIndex> {
        let mut lines = text.split('\n');
        let filler = lines.next()?.split(' ').map(|w| w.chars().collect()).collect();
        let documents = lines
            .map(|line| {
                let mut fields = line.split(FIELD);
                let kind = *Kind::ALL.get(fields.next()?.parse::<usize>().ok()?)?;
                let reveal = match fields.next()? {
                    "" => Reveal::Premise,
                    n => Reveal::Episode(n.parse().ok()?),
                };
                let (title, snippet) = (fields.next()?.to_owned(), fields.next()?.to_owned());
                let href = paths::Href::read_back(fields.next()?);
                let keys = fields.map(Key::read_back).collect::<Option<_>>()?;
                Some(Document { kind, title, snippet, href, reveal, titled: None, keys })
            })
            .collect::<Option<_>>()?;
        Some(SearchIndex { documents, filler })
    }

    /// How many documents the index holds, for the benchmark.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// Whether the index holds nothing.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// The same index with every document repeated `times` times, for the benchmark.
    pub fn repeated(&self, times: usize) -> Self {
        let documents = (0..times).flat_map(|_| self.documents.iter().cloned()).collect();
        SearchIndex { documents, filler: self.filler.clone() }
    }
}

impl Document {
    /// How well the document's keys that `setting` shows match `query`, if at all, and the
    /// weight of the keys that matched.
    fn matches(&self, query: &Query, setting: Setting) -> Option<(Tier, u8)> {
        let keys = || self.keys.iter().filter(|key| key.visible(setting));
        let whole = keys().filter_map(|key| key.matches(query).map(|tier| (tier, key.weight))).min();
        if let Some(hit) = whole.filter(|&(tier, _)| tier < Tier::Word) {
            return Some(hit);
        }
        // Every word found in some key, not necessarily the same one ("who plays tilda": a
        // phrase fans use and a name); as heavy as the lightest key that holds the last word.
        let spread = query.words.iter().try_fold(NAME, |heaviest, q| {
            let weight =
                keys().filter(|key| key.words.iter().any(|w| w.starts_with(q))).map(|k| k.weight).min()?;
            Some(heaviest.max(weight))
        });
        whole.into_iter().chain(spread.map(|weight| (Tier::Word, weight))).min()
    }
}

impl Key {
    fn new(weight: u8, text: &str) -> Self {
        Key::searchable(weight, &searchable(text))
    }

    /// A key of text already [`searchable`].
    fn searchable(weight: u8, text: &str) -> Self {
        let words = text.split(' ').filter(|w| !w.is_empty()).map(|w| w.chars().collect()).collect();
        Key { weight, title_of: None, shown_from: Reveal::Premise, text: text.chars().collect(), words }
    }

    /// A key as [`SearchIndex::encode`] wrote it: its weight's digit, then its text.
    fn read_back(field: &str) -> Option<Key> {
        let weight = field.chars().next()?.to_digit(10)?;
        Some(Key::searchable(u8::try_from(weight).ok()?, &field[1..]))
    }

    /// Whether a reader with `setting` may find the document by this key.
    fn visible(&self, setting: Setting) -> bool {
        self.shown_from.visible_at(setting.progress)
            && self.title_of.is_none_or(|episode| setting.shows_title_of(episode))
    }

    /// How well the key as a whole matches; a match of words spread over several keys is the
    /// document's to find ([`Document::matches`]).
    fn matches(&self, query: &Query) -> Option<Tier> {
        if self.text == query.text || self.text == query.content {
            return Some(Tier::Exact);
        }
        // Descriptions only match on whole words or word starts: a prefix of a long definition
        // or a typo in one would be noise.
        if self.weight < DESCRIPTION
            && (self.text.starts_with(&query.text) || self.text.starts_with(&query.content))
        {
            return Some(Tier::Prefix);
        }
        // One typo, for queries long enough that one letter is not half the word; in a word
        // still being typed, only for longer ones ("cure" is one slip from the start of
        // "credits").
        let typo_ok = |q: &[char], w: &[char]| {
            q.len() >= 4 && within_one_edit(q, w) || q.len() >= 5 && prefix_within_one_edit(q, w)
        };
        let one_typo = self.weight < DESCRIPTION
            && (typo_ok(&query.text, &self.text)
                || query.words.iter().all(|q| self.words.iter().any(|w| typo_ok(q, w))));
        one_typo.then_some(Tier::Typo)
    }
}

/// A text as search compares it: [`normalize`]d, with number words as digits.
fn searchable(text: &str) -> String {
    let text = normalize(text);
    let digit = |word: &str| NUMBER_WORDS.iter().position(|&n| n == word).map(|i| (i + 2).to_string());
    text.split(' ').map(|word| digit(word).unwrap_or_else(|| word.to_owned())).collect::<Vec<_>>().join(" ")
}

/// How many insertions, deletions and substitutions turn `a` into `b`.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(x != y)).min(row[j] + 1).min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Lowercase, accents folded (so "Inaki" finds "Iñaki"), punctuation as spaces.
pub fn normalize(text: &str) -> String {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `a` becomes `b` by at most one insertion, deletion, substitution or swap of
/// neighbours.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[start..], &b[start..]);
    let tail = |skip_a: usize, skip_b: usize| ra.get(skip_a..) == rb.get(skip_b..);
    ra.is_empty() && rb.len() <= 1
        || rb.is_empty() && ra.len() <= 1
        || tail(1, 1)
        || tail(1, 0)
        || tail(0, 1)
        || (ra.len() >= 2 && rb.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && tail(2, 2))
}

/// Whether the query, with one typo, is the start of `word` ("chupacabr" with a slip).
fn prefix_within_one_edit(query: &[char], word: &[char]) -> bool {
    let n = query.len();
    [n.saturating_sub(1), n, n + 1]
        .iter()
        .any(|&len| word.get(..len).is_some_and(|prefix| within_one_edit(query, prefix)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_reads_back_as_the_engine_wrote_it() {
        let doc = |kind, title: &str, href: &str| Document {
            kind,
            title: title.to_owned(),
            snippet: format!("About {title}, “quoted”."),
            href: Href::read_back(href),
            reveal: Reveal::Premise,
            titled: None,
            keys: Vec::new(),
        };
        for found in [true, false] {
            let listed = Listed {
                found,
                documents: Kind::ALL.iter().map(|&kind| doc(kind, kind.label(), "/glossary#agds")).collect(),
            };
            let Some(answer) = Answer::read(&listed.answer()) else { panic!("{found}: no answer read back") };
            assert_eq!(answer.found, found);
            let hits: Vec<_> =
                answer.hits.iter().map(|h| (h.kind, &h.title, h.href.as_str(), &h.snippet)).collect();
            let docs: Vec<_> =
                listed.documents.iter().map(|d| (d.kind, &d.title, d.href.as_str(), &d.snippet)).collect();
            assert_eq!(hits, docs);
        }
        assert_eq!(Answer::read("1"), Some(Answer { found: true, hits: Vec::new() }));
        for broken in ["", "yes", "1\u{1f}Tilda", "1\u{1f}a\u{1f}Nothing\u{1f}/\u{1f}b", "<!DOCTYPE html>"] {
            assert_eq!(Answer::read(broken), None, "{broken:?}");
        }
    }

    #[test]
    fn normalizing_folds_case_accents_and_punctuation() {
        assert_eq!(normalize("  Iñaki GODOY! "), "inaki godoy");
        assert_eq!(normalize("\"Terror of Tacoma\""), "terror of tacoma");
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn one_edit_covers_each_kind_of_slip() {
        let one = |a: &str, b: &str| within_one_edit(&chars(a), &chars(b));
        assert!(one("tilde", "tilda"));
        assert!(one("tlda", "tilda"));
        assert!(one("tillda", "tilda"));
        assert!(one("itlda", "tilda"));
        assert!(!one("tuldo", "tilda"));
        assert!(prefix_within_one_edit(&chars("chupacabr"), &chars("chupacabra")));
        assert!(prefix_within_one_edit(&chars("chupacobr"), &chars("chupacabra")));
    }
}
