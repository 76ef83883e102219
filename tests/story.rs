//! The story so far and what is new, checked as rules over the shipped data at every level: the
//! catch-up holds exactly the dated statements up to a level, in episode order, and what is new
//! between two levels is exactly the difference of their catch-ups.

use imperfects_wiki::model::{EpisodeEvents, Origin, Progress, Reveal, Revealed, Wiki};
use std::path::Path;

fn shipped() -> Wiki {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    Wiki::load_from_dir(&dir).unwrap_or_else(|errors| panic!("{errors}"))
}

/// Every dated statement in the data, as (episode, text), counted independently of the model's
/// own assembly: each list of the data that holds a reveal point.
fn dated_statements(wiki: &Wiki) -> Vec<(u8, String)> {
    let dated = |items: &[Revealed]| -> Vec<(u8, String)> {
        items.iter().filter_map(|i| i.revealed_in.episode().map(|n| (n, i.text.clone()))).collect()
    };
    let mut all = Vec::new();
    for e in wiki.episodes() {
        all.extend(dated(&e.synopsis));
    }
    for c in wiki.characters() {
        all.extend(dated(&c.story));
        all.extend(dated(&c.abilities));
        all.extend(dated(&c.status));
    }
    for c in wiki.creatures() {
        for p in &c.powers {
            if let Reveal::Episode(n) = p.revealed_in {
                all.push((n, format!("{}: {}", p.name, p.detail)));
            }
        }
    }
    for t in wiki.glossary() {
        all.extend(dated(&t.details));
    }
    all
}

fn flatten(story: &[EpisodeEvents]) -> Vec<(u8, String)> {
    story.iter().flat_map(|e| e.events.iter().map(|ev| (ev.episode, ev.text.clone()))).collect()
}

fn sorted(mut items: Vec<(u8, String)>) -> Vec<(u8, String)> {
    items.sort();
    items
}

#[test]
fn the_catch_up_holds_exactly_what_is_revealed_up_to_each_level() {
    let wiki = shipped();
    let all = dated_statements(&wiki);
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
