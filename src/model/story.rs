use super::{Progress, Reveal, Revealed, Wiki};

/// An entry's page: where a dated statement is written, so a catch-up line can link back to it,
/// and where a link between entries starts or leads (see [`Wiki::links`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// An episode's plot points.
    Episode(u8),
    /// A character's story, abilities or status, by slug.
    Character(String),
    /// A creature's powers, by slug.
    Creature(String),
    /// A glossary term's details, by slug.
    Term(String),
}

/// One statement the data places in an episode, with where it is written and its sources.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The episode that reveals it.
    pub episode: u8,
    /// The statement, or a power's name and detail.
    pub text: String,
    /// The page it comes from.
    pub origin: Origin,
    /// The source keys of that page.
    pub sources: Vec<String>,
}

/// The statements one episode brings, in the order the catch-up page tells them.
#[derive(Clone, Debug)]
pub struct EpisodeEvents {
    /// The episode's number.
    pub episode: u8,
    /// Its plot points first, then what characters' pages, creatures' pages and the glossary
    /// place in it.
    pub events: Vec<Event>,
}

impl Wiki {
    /// Every statement that becomes visible when a reader moves from `before` to `now`: what
    /// is new to them. Nothing when `now` is not past `before`. In episode order; see
    /// [`EpisodeEvents`] for the order within an episode. The catch-up page is this from "not
    /// started", so what is new between two levels is always the difference of their catch-ups.
    pub fn events_between(&self, before: Progress, now: Progress) -> Vec<EpisodeEvents> {
        let episodes = before.watched().saturating_add(1)..=now.watched();
        episodes.map(|episode| EpisodeEvents { episode, events: self.events_in(episode) }).collect()
    }

    /// The story so far: every statement revealed up to `now`, episode by episode, one entry
    /// for each watched episode (an episode with none recorded has an empty list).
    pub fn story_so_far(&self, now: Progress) -> Vec<EpisodeEvents> {
        self.events_between(Progress::NOT_STARTED, now)
    }

    fn events_in(&self, episode: u8) -> Vec<Event> {
        let at = Reveal::Episode(episode);
        let dated = |items| dated(items, at);
        let mut events = Vec::new();
        for e in self.episodes().iter().filter(|e| e.number == episode) {
            events.extend(dated(&e.synopsis).map(|text| Event {
                episode,
                text,
                origin: Origin::Episode(e.number),
                sources: e.sources.clone(),
            }));
        }
        for c in self.characters() {
            let texts = dated(&c.story).chain(dated(&c.abilities)).chain(dated(&c.status));
            events.extend(texts.map(|text| Event {
                episode,
                text,
                origin: Origin::Character(c.slug.clone()),
                sources: c.sources.clone(),
            }));
        }
        for c in self.creatures() {
            let powers = c.powers.iter().filter(|p| p.revealed_in == at);
            events.extend(powers.map(|p| Event {
                episode,
                text: format!("{}: {}", p.name, p.detail),
                origin: Origin::Creature(c.slug.clone()),
                sources: c.sources.clone(),
            }));
        }
        for t in self.glossary() {
            events.extend(dated(&t.details).map(|text| Event {
                episode,
                text,
                origin: Origin::Term(t.slug.clone()),
                sources: t.sources.clone(),
            }));
        }
        events
    }
}

fn dated(items: &[Revealed], at: Reveal) -> impl Iterator<Item = String> + '_ {
    items.iter().filter(move |item| item.revealed_in == at).map(|item| item.text.clone())
}

impl Reveal {
    /// Whether a reader who moved from `before` to `now` sees this for the first time.
    pub fn is_new(self, before: Progress, now: Progress) -> bool {
        self.visible_at(now) && !self.visible_at(before)
    }
}
