//! The relationship map and "Mentioned on", checked as rules at every level: the map holds
//! exactly the characters met and the ties revealed by then, and grows with the level; a page is
//! listed as mentioning another only through a link the reader's setting shows.

use imperfects_wiki::model::{DataFile, Node, Origin, Progress, Reveal, SerdeJson, Wiki, MAP_WIDTH};
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

fn shipped() -> Wiki {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    Wiki::load_from_dir(&dir).unwrap_or_else(|errors| panic!("{errors}"))
}

/// The characters a reader at `level` has met, by slug.
fn met(wiki: &Wiki, level: Progress) -> BTreeSet<String> {
    wiki.characters().iter().filter(|c| c.visible_at(level)).map(|c| c.slug.clone()).collect()
}

/// Every relationship the data reveals by `level` between two characters met by then, as
/// (from, to, label), counted from the data without the map.
fn revealed_ties(wiki: &Wiki, level: Progress) -> BTreeSet<(String, String, String)> {
    let met = met(wiki, level);
    wiki.characters()
        .iter()
        .filter(|c| met.contains(&c.slug))
        .flat_map(|c| {
            c.relationships
                .iter()
                .filter(|r| r.revealed_in.visible_at(level) && met.contains(&r.with) && r.with != c.slug)
                .map(|r| (c.slug.clone(), r.with.clone(), r.label.clone()))
        })
        .collect()
}

/// The centres worth trying: none, every character, and a slug the data does not have.
fn centres(wiki: &Wiki) -> Vec<Option<String>> {
    let mut all = vec![None, Some("nobody-at-all".to_owned())];
    all.extend(wiki.characters().iter().map(|c| Some(c.slug.clone())));
    all
}

#[test]
fn the_map_at_each_level_holds_exactly_the_characters_met_and_the_ties_revealed() {
    let wiki = shipped();
    for level in Progress::all() {
        let expected = revealed_ties(&wiki, level);
        for centre in centres(&wiki) {
            let graph = wiki.graph(level, centre.as_deref());
            let nodes: BTreeSet<String> = graph.nodes.iter().map(|n| n.slug.clone()).collect();
            assert_eq!(nodes, met(&wiki, level), "at {level:?} centred on {centre:?}");
            assert_eq!(nodes.len(), graph.nodes.len(), "each character once");
            let mut drawn = BTreeSet::new();
            for edge in &graph.edges {
                assert!(edge.a < edge.b && edge.b < graph.nodes.len(), "an edge joins two nodes");
                assert!(edge.revealed_in.visible_at(level), "at {level:?}: an edge from a later episode");
                for tie in &edge.ties {
                    assert!(tie.from == edge.a || tie.from == edge.b);
                    let to = if tie.from == edge.a { edge.b } else { edge.a };
                    let (from, to) = (&graph.nodes[tie.from].slug, &graph.nodes[to].slug);
                    assert!(tie.revealed_in.visible_at(level));
                    drawn.insert((from.clone(), to.clone(), tie.label.clone()));
                }
            }
            // A label both sides give is drawn once, so compare labels per pair.
            let pairs = |ties: &BTreeSet<(String, String, String)>| -> BTreeSet<(String, String, String)> {
                ties.iter().map(|(a, b, label)| (a.min(b).clone(), a.max(b).clone(), label.clone())).collect()
            };
            assert_eq!(pairs(&drawn), pairs(&expected), "at {level:?} centred on {centre:?}");
            for node in &graph.nodes {
                for (line, reveal) in &node.tie_lines {
                    assert!(
                        reveal.visible_at(level),
                        "at {level:?}: {line} is labelled from a later episode"
                    );
                }
            }
        }
    }
}

#[test]
fn the_map_grows_as_the_level_rises() {
    let wiki = shipped();
    let levels: Vec<Progress> = Progress::all().collect();
    for pair in levels.windows(2) {
        let (before, after) = (wiki.graph(pair[0], None), wiki.graph(pair[1], None));
        let names = |g: &imperfects_wiki::model::Graph| -> BTreeSet<String> {
            g.nodes.iter().map(|n| n.slug.clone()).collect()
        };
        let pairs = |g: &imperfects_wiki::model::Graph| -> BTreeSet<(String, String)> {
            g.edges
                .iter()
                .map(|e| {
                    let (a, b) = (&g.nodes[e.a].slug, &g.nodes[e.b].slug);
                    (a.min(b).clone(), a.max(b).clone())
                })
                .collect()
        };
        assert!(names(&before).is_subset(&names(&after)), "{:?} to {:?}", pair[0], pair[1]);
        assert!(pairs(&before).is_subset(&pairs(&after)), "{:?} to {:?}", pair[0], pair[1]);
        // What the step adds is exactly what its episode introduces or reveals.
        let episode = Reveal::Episode(pair[1].watched());
        for node in after.nodes.iter().filter(|n| !names(&before).contains(&n.slug)) {
            assert_eq!(node.introduced, episode, "{} is new without being introduced", node.slug);
        }
        for edge in after.edges.iter().filter(|e| e.revealed_in == episode) {
            let pair = (&after.nodes[edge.a].slug, &after.nodes[edge.b].slug);
            assert!(!pairs(&before).contains(&(pair.0.min(pair.1).clone(), pair.0.max(pair.1).clone())));
        }
    }
}

#[test]
fn the_map_is_laid_out_inside_its_drawing_centre_first_and_the_same_every_time() {
    let wiki = shipped();
    for level in Progress::all() {
        for centre in centres(&wiki) {
            let graph = wiki.graph(level, centre.as_deref());
            assert_eq!(graph, wiki.graph(level, centre.as_deref()), "the layout is deterministic");
            let shown =
                centre.as_deref().and_then(|slug| wiki.character(slug)).filter(|c| c.visible_at(level));
            match shown {
                Some(c) => {
                    assert_eq!(graph.centre, Some(0));
                    assert_eq!(graph.nodes[0].slug, c.slug);
                }
                None => assert_eq!(graph.centre, None, "at {level:?}: centred on {centre:?}"),
            }
            let drawn: Vec<&Node> = graph
                .nodes
                .iter()
                .enumerate()
                .filter(|&(i, n)| n.tied || graph.centre == Some(i))
                .map(|(_, n)| n)
                .collect();
            for (i, node) in drawn.iter().enumerate() {
                let label = node.placed_label_box();
                let inside = 0.0 <= label.left && label.right <= MAP_WIDTH && label.bottom <= graph.height;
                assert!(inside, "{}'s name and ties leave the drawing: {label:?}", node.slug);
                assert!((0.0..=graph.height).contains(&node.y), "{} at y {}", node.slug, node.y);
                for other in &drawn[i + 1..] {
                    let apart = (node.x - other.x).abs() + (node.y - other.y).abs();
                    assert!(apart > 1.0, "{} and {} overlap", node.slug, other.slug);
                    assert!(
                        !label.overlaps(&other.placed_label_box()),
                        "at {level:?} centred on {centre:?}: the labels of {} and {} overlap",
                        node.slug,
                        other.slug
                    );
                }
            }
        }
    }
}

#[test]
fn mentioned_on_lists_only_pages_the_reader_can_see_and_every_visible_relationship() {
    let wiki = shipped();
    let pages: Vec<Origin> = wiki
        .characters()
        .iter()
        .map(|c| Origin::Character(c.slug.clone()))
        .chain(wiki.creatures().iter().map(|c| Origin::Creature(c.slug.clone())))
        .chain(wiki.episodes().iter().map(|e| Origin::Episode(e.number)))
        .chain(wiki.glossary().iter().map(|t| Origin::Term(t.slug.clone())))
        .collect();
    for level in Progress::all() {
        for page in &pages {
            let listed = wiki.mentioned_on(page, level);
            for from in &listed {
                let named = wiki.named_from(from).map(|r| r.visible_at(level));
                assert_eq!(named, Some(true), "at {level:?}: {from:?} listed on {page:?} is held back");
                assert_ne!(from, page, "a page does not mention itself");
            }
            let unique: BTreeSet<String> = listed.iter().map(|o| format!("{o:?}")).collect();
            assert_eq!(unique.len(), listed.len(), "each page once");
        }
        for (from, to, _) in revealed_ties(&wiki, level) {
            let listed = wiki.mentioned_on(&Origin::Character(to.clone()), level);
            assert!(listed.contains(&Origin::Character(from.clone())), "at {level:?}: {from} → {to}");
        }
    }
}

/// The shipped files as values, with one character's relationships to another replaced by a
/// single one revealed in `episode`: a link that only a reader past it may count.
fn with_late_relationship(episode: u8) -> (Wiki, String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let mut values: HashMap<String, Value> = HashMap::new();
    for file in DataFile::ALL {
        let text = std::fs::read_to_string(dir.join(file.file_name())).unwrap_or_default();
        values.insert(file.file_name().to_owned(), serde_json::from_str(&text).unwrap_or(Value::Null));
    }
    let characters = values["characters.json"]["entries"].as_array().cloned().unwrap_or_default();
    let premise: Vec<String> = characters
        .iter()
        .filter(|c| c["introduced"] == json!("premise"))
        .filter_map(|c| c["slug"].as_str().map(str::to_owned))
        .collect();
    assert!(premise.len() >= 2, "the test needs two characters of the premise");
    let (from, to) = (premise[0].clone(), premise[1].clone());
    if let Some(entries) = values.get_mut("characters.json").and_then(|v| v["entries"].as_array_mut()) {
        for c in entries.iter_mut().filter(|c| c["slug"] == json!(from)) {
            let mut kept: Vec<Value> = c["relationships"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|r| r["with"] != json!(to))
                .collect();
            kept.push(json!({ "with": to, "label": "a tie told late", "revealed_in": episode }));
            c["relationships"] = Value::Array(kept);
        }
    }
    let texts: HashMap<String, String> = values.iter().map(|(k, v)| (k.clone(), v.to_string())).collect();
    let wiki = Wiki::from_texts(&SerdeJson, |file| texts.get(file.file_name()).map_or("", String::as_str));
    let wiki = wiki
        .unwrap_or_else(|errors| panic!("{:?}", errors.iter().map(ToString::to_string).collect::<Vec<_>>()));
    (wiki, from, to)
}

#[test]
fn a_link_inside_a_held_back_statement_counts_only_from_its_episode() {
    let (wiki, from, to) = with_late_relationship(7);
    for level in Progress::all() {
        let listed = wiki.mentioned_on(&Origin::Character(to.clone()), level);
        assert_eq!(
            listed.contains(&Origin::Character(from.clone())),
            level.watched() >= 7,
            "at {level:?}: {from} on {to}'s list"
        );
        // Centred on the character whose entry states it, the tie is written under the other.
        let graph = wiki.graph(level, Some(&from));
        let labelled = graph.nodes.iter().any(|n| n.tie_lines.iter().any(|(line, _)| line.contains("told")));
        assert_eq!(labelled, level.watched() >= 7, "at {level:?}: the late tie on the map");
    }
}

#[test]
fn a_character_lists_each_other_character_once_its_tie_growing_by_episode() {
    let wiki = shipped();
    for c in wiki.characters() {
        let ties = c.ties();
        let withs: BTreeSet<&str> = ties.iter().map(|tie| tie.with).collect();
        assert_eq!(withs.len(), ties.len(), "{}: a pair listed twice", c.slug);
        let parts: usize = ties.iter().map(|tie| tie.parts.len()).sum();
        assert_eq!(parts, c.relationships.len(), "{}: every part of every tie kept", c.slug);
        for tie in &ties {
            for level in Progress::all() {
                let label = tie.label(level);
                for part in &tie.parts {
                    let shown = part.revealed_in.visible_at(level) || part.revealed_in == tie.revealed_in();
                    assert_eq!(
                        label.contains(&part.label),
                        shown,
                        "{} and {} at {level:?}: {label}",
                        c.slug,
                        tie.with
                    );
                }
            }
        }
    }
}

#[test]
fn a_character_without_a_tie_is_listed_apart_and_the_rest_are_drawn() {
    let wiki = shipped();
    let mut apart = 0;
    for level in Progress::all() {
        for centre in centres(&wiki) {
            let graph = wiki.graph(level, centre.as_deref());
            for (i, node) in graph.nodes.iter().enumerate() {
                let tied = graph.edges.iter().any(|e| e.a == i || e.b == i);
                assert_eq!(node.tied, tied, "{} at {level:?}", node.slug);
                apart += usize::from(!tied);
            }
        }
    }
    assert!(apart > 0, "the data has a character without a tie at some level");
}
