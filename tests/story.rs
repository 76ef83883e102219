//! The story so far and what is new, checked as rules over the shipped data at every level: the
//! catch-up holds exactly the dated statements up to a level, in episode order, and what is new
//! between two levels is exactly the difference of their catch-ups.

use imperfects_wiki::model::{EpisodeEvents, Origin, Progress, Reveal, Revealed, Wiki};
use std::path::Path;

fn shipped() -> Wiki {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    Wiki::load_from_dir(&dir).unwrap_or_else(|errors| panic!("{errors}"))
}

/// Every dated statement in the data, as (episode, text, the page that says it, its event key),
/// in the order of the data (episodes, characters, creatures, glossary), counted independently
/// of the model's own assembly: each list of the data that holds a reveal point.
fn dated_statements(wiki: &Wiki) -> Vec<(u8, String, Origin, Option<String>)> {
    let dated = |items: &[Revealed], origin: Origin| -> Vec<(u8, String, Origin, Option<String>)> {
        items
            .iter()
            .filter_map(|i| {
                i.revealed_in.episode().map(|n| (n, i.text.clone(), origin.clone(), i.event.clone()))
            })
            .collect()
    };
    let mut all = Vec::new();
    for e in wiki.episodes() {
        all.extend(dated(&e.synopsis, Origin::Episode(e.number)));
    }
    for c in wiki.characters() {
        let origin = Origin::Character(c.slug.clone());
        all.extend(dated(&c.story, origin.clone()));
        all.extend(dated(&c.abilities, origin.clone()));
        all.extend(dated(&c.status, origin));
    }
    for c in wiki.creatures() {
        for p in &c.powers {
            if let Reveal::Episode(n) = p.revealed_in {
                all.push((n, format!("{}: {}", p.name, p.detail), Origin::Creature(c.slug.clone()), None));
            }
        }
    }
    for t in wiki.glossary() {
        all.extend(dated(&t.details, Origin::Term(t.slug.clone())));
    }
    all
}

/// What the catch-up tells: each event once, in the words of the first page that tells it (an
/// episode's plot point before a character's page); a statement without a key is its own event.
fn told(wiki: &Wiki) -> Vec<(u8, String)> {
    let all = dated_statements(wiki);
    let teller = |key: &str| all.iter().find(|s| s.3.as_deref() == Some(key)).map(|s| s.2.clone());
    all.iter()
        .filter(|(_, _, origin, key)| key.as_deref().is_none_or(|key| teller(key).as_ref() == Some(origin)))
        .map(|(n, text, _, _)| (*n, text.clone()))
        .collect()
}

fn flatten(story: &[EpisodeEvents]) -> Vec<(u8, String)> {
    story.iter().flat_map(|e| e.events.iter().map(|ev| (ev.episode, ev.text.clone()))).collect()
}

fn sorted(mut items: Vec<(u8, String)>) -> Vec<(u8, String)> {
    items.sort();
    items
}

#[test]
fn the_catch_up_tells_each_event_revealed_up_to_each_level_exactly_once() {
    let wiki = shipped();
    let all = told(&wiki);
    assert!(all.len() < dated_statements(&wiki).len(), "the data links some statements as one event");
    for level in Progress::all() {
        let story = wiki.story_so_far(level);
        let expected: Vec<(u8, String)> =
            all.iter().filter(|(n, _)| *n <= level.watched()).cloned().collect();
        assert_eq!(sorted(flatten(&story)), sorted(expected), "at {level:?}");
        let episodes: Vec<u8> = story.iter().map(|e| e.episode).collect();
        assert_eq!(episodes, (1..=level.watched()).collect::<Vec<_>>(), "one entry per watched episode");
        for entry in &story {
            assert!(entry.events.iter().all(|ev| ev.episode == entry.episode), "episode {}", entry.episode);
        }
    }
}

#[test]
fn an_episodes_plot_points_come_first() {
    let wiki = shipped();
    for entry in wiki.story_so_far(Progress::FINISHED) {
        let first_other = entry.events.iter().position(|ev| !matches!(ev.origin, Origin::Episode(_)));
        if let Some(first_other) = first_other {
            assert!(
                entry.events[first_other..].iter().all(|ev| !matches!(ev.origin, Origin::Episode(_))),
                "episode {}: a plot point after another page's statement",
                entry.episode
            );
        }
    }
}

#[test]
fn what_is_new_is_the_difference_of_two_catch_ups() {
    let wiki = shipped();
    for before in Progress::all() {
        for now in Progress::all() {
            let new = flatten(&wiki.events_between(before, now));
            if now <= before {
                assert!(new.is_empty(), "nothing is new going from {before:?} back to {now:?}");
                continue;
            }
            let mut difference = flatten(&wiki.story_so_far(now));
            for seen in flatten(&wiki.story_so_far(before)) {
                let at = difference.iter().position(|item| *item == seen);
                difference.remove(at.unwrap_or_else(|| panic!("{seen:?} vanished going forward")));
            }
            assert_eq!(sorted(new.clone()), sorted(difference), "from {before:?} to {now:?}");
            for (episode, _) in new {
                let reveal = Reveal::Episode(episode);
                assert!(reveal.is_new(before, now), "{episode} counted new from {before:?} to {now:?}");
            }
        }
    }
}

#[test]
fn a_reveal_is_new_only_when_the_setting_passes_it() {
    for before in Progress::all() {
        for now in Progress::all() {
            assert!(!Reveal::Premise.is_new(before, now));
            for n in 1..=Progress::FINISHED.watched() {
                let expected = before.watched() < n && n <= now.watched();
                assert_eq!(
                    Reveal::Episode(n).is_new(before, now),
                    expected,
                    "{n} from {before:?} to {now:?}"
                );
            }
        }
    }
}

#[test]
fn every_event_links_to_a_page_that_exists() {
    let wiki = shipped();
    for event in wiki.story_so_far(Progress::FINISHED).iter().flat_map(|e| &e.events) {
        let exists = match &event.origin {
            Origin::Episode(n) => wiki.episode(*n).is_some(),
            Origin::Character(slug) => wiki.character(slug).is_some(),
            Origin::Creature(slug) => wiki.creature(slug).is_some(),
            Origin::Term(slug) => wiki.term(slug).is_some(),
        };
        assert!(exists, "{event:?}");
        assert!(!event.sources.is_empty(), "{event:?} has no sources to cite");
    }
}

#[test]
fn an_event_told_once_names_every_other_page_that_tells_it() {
    let wiki = shipped();
    let story = wiki.story_so_far(Progress::FINISHED);
    let events: Vec<_> = story.iter().flat_map(|e| &e.events).collect();
    for (episode, text, origin, key) in dated_statements(&wiki) {
        let Some(key) = key else { continue };
        let event = events.iter().find(|e| e.key.as_deref() == Some(key.as_str()));
        let event = event.unwrap_or_else(|| panic!("event {key} is not told"));
        assert_eq!(event.episode, episode, "{key}: {text}");
        assert!(event.origin == origin || event.also.contains(&origin), "{key}: {origin:?} is not named");
    }
    for event in events {
        assert!(!event.also.contains(&event.origin), "{event:?} names its own page twice");
        let mut also = event.also.clone();
        also.dedup();
        assert_eq!(also, event.also, "{event:?} names a page twice");
    }
}
