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

/// One event the data places in an episode: a statement, with where it is written, its sources,
/// and the other pages that tell the same event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The episode that reveals it.
    pub episode: u8,
    /// The statement, or a power's name and detail.
    pub text: String,
    /// What the sources leave open about it, apart from the statement.
    pub note: Option<String>,
    /// The key the data links the statements of one event by, if it has one.
    pub key: Option<String>,
    /// The page it comes from: the first page in the catch-up's order that tells it.
    pub origin: Origin,
    /// The other pages that tell the same event (see [`Revealed::event`]), in the data's order.
    pub also: Vec<Origin>,
    /// The source keys of its page.
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
        let mut events = Vec::new();
        let add = |events: &mut Vec<Event>, items: &[Revealed], origin: Origin, sources: &[String]| {
            events.extend(items.iter().filter(|item| item.revealed_in == at).map(|item| Event {
                episode,
                text: item.text.clone(),
                note: item.note.clone(),
                key: item.event.clone(),
                origin: origin.clone(),
                also: Vec::new(),
                sources: sources.to_vec(),
            }));
        };
        for e in self.episodes().iter().filter(|e| e.number == episode) {
            add(&mut events, &e.synopsis, Origin::Episode(e.number), &e.sources);
        }
        for c in self.characters() {
            for items in [&c.story, &c.abilities, &c.status] {
                add(&mut events, items, Origin::Character(c.slug.clone()), &c.sources);
            }
        }
        for c in self.creatures() {
            let powers = c.powers.iter().filter(|p| p.revealed_in == at);
            events.extend(powers.map(|p| Event {
                episode,
                text: format!("{}: {}", p.name, p.detail),
                note: None,
                key: None,
                origin: Origin::Creature(c.slug.clone()),
                also: Vec::new(),
                sources: c.sources.clone(),
            }));
        }
        for t in self.glossary() {
            add(&mut events, &t.details, Origin::Term(t.slug.clone()), &t.sources);
        }
        told_once(events)
    }
}

/// Each event once: the statements of the first page that tells it stay (a plot point before a
/// character's page), and every later page that tells it is named on the first of them instead.
fn told_once(events: Vec<Event>) -> Vec<Event> {
    let mut told: Vec<Event> = Vec::with_capacity(events.len());
    for event in events {
        let teller = event.key.as_ref().and_then(|key| told.iter().position(|e| e.key.as_ref() == Some(key)));
        match teller {
            Some(first) if told[first].origin != event.origin => {
                if !told[first].also.contains(&event.origin) {
                    told[first].also.push(event.origin);
                }
            }
            _ => told.push(event),
        }
    }
    told
}

impl Reveal {
    /// Whether a reader who moved from `before` to `now` sees this for the first time.
    pub fn is_new(self, before: Progress, now: Progress) -> bool {
        self.visible_at(now) && !self.visible_at(before)
    }
}
