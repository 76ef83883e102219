//! What search engines and browsers read besides the pages' text, made as the build makes it:
//! the structured data (JSON-LD) of every page at the safe default, from the same renders and
//! the same function as the prerenderer, and the OpenSearch description. Run at a sub-path with
//! a known origin, so every address must carry both.
#![cfg(feature = "ssr")]

mod common;

use common::hidden;
use imperfects_wiki::deployment;
use imperfects_wiki::model::{Group, Setting, Wiki};
use imperfects_wiki::paths;
use imperfects_wiki::prerender::{opensearch, render_page, structured_data};
use imperfects_wiki::sections;
use serde_json::Value;
use std::path::Path;
use std::sync::{Arc, OnceLock};

const ORIGIN: &str = "https://fans.example";
const BASE: &str = "/imperfects/";

/// The schema.org types the wiki may use, each with the properties it must have and those it
/// may have besides (`@type` and `@id` anywhere, `@context` at the top): schema.org's own
/// definitions, narrowed to what the data can state.
const TYPES: &[(&str, &[&str], &[&str])] = &[
    ("WebPage", &["name", "url"], &["breadcrumb", "about", "isPartOf"]),
    ("WebSite", &["name", "url", "potentialAction"], &[]),
    ("SearchAction", &["target", "query-input"], &[]),
    ("BreadcrumbList", &["itemListElement"], &[]),
    ("ListItem", &["position", "name", "item"], &[]),
    (
        "TVSeries",
        &["name"],
        &[
            "url",
            "description",
            "creator",
            "productionCompany",
            "publisher",
            "datePublished",
            "startDate",
            "numberOfSeasons",
            "numberOfEpisodes",
            "actor",
        ],
    ),
    ("TVSeason", &["seasonNumber", "partOfSeries"], &[]),
    ("TVEpisode", &["episodeNumber", "partOfSeason", "partOfSeries", "url"], &["name", "datePublished"]),
    ("PerformanceRole", &["actor", "characterName"], &[]),
    ("Person", &["name"], &[]),
    ("Organization", &["name"], &[]),
];

fn wiki() -> Arc<Wiki> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    Arc::new(Wiki::load_from_dir(&dir).unwrap_or_else(|e| panic!("the shipped data does not load: {e}")))
}

/// Every listed page's JSON-LD at the default, parsed.
fn every_page() -> &'static [(String, Value)] {
    static PAGES: OnceLock<Vec<(String, Value)>> = OnceLock::new();
    PAGES.get_or_init(|| {
        deployment::set(ORIGIN, BASE);
        let wiki = wiki();
        let rendered: Vec<_> = sections::pages(&wiki)
            .into_iter()
            .map(|path| {
                let page = render_page(&wiki, &path, None, false);
                (path, page)
            })
            .collect();
        let data = structured_data::for_pages(&wiki, &rendered).unwrap_or_else(|e| panic!("{e}"));
        rendered
            .into_iter()
            .zip(data)
            .map(|((path, _), json)| {
                assert!(!json.contains("</"), "{path}: the JSON-LD could end its script element");
                let value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{path}: {e}: {json}"));
                (path, value)
            })
            .collect()
    })
}

/// Every object in `value` that has a type, with the property it hangs from.
fn typed_objects<'a>(value: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match value {
        Value::Object(object) => {
            if object.contains_key("@type") {
                out.push(object);
            }
            object.values().for_each(|value| typed_objects(value, out));
        }
        Value::Array(items) => items.iter().for_each(|value| typed_objects(value, out)),
        _ => {}
    }
}

fn strings(value: &Value, out: &mut String) {
    match value {
        Value::String(text) => {
            out.push_str(text);
            out.push('\n');
        }
        Value::Object(object) => object.values().for_each(|value| strings(value, out)),
        Value::Array(items) => items.iter().for_each(|value| strings(value, out)),
        _ => {}
    }
}

fn of_type<'a>(value: &'a Value, wanted: &str) -> Vec<&'a serde_json::Map<String, Value>> {
    let mut objects = Vec::new();
    typed_objects(value, &mut objects);
    objects.retain(|object| object.get("@type").and_then(Value::as_str) == Some(wanted));
    objects
}

#[test]
fn every_page_has_valid_structured_data_of_the_allowed_types() {
    let mut problems = Vec::new();
    for (path, data) in every_page() {
        if data.get("@context").and_then(Value::as_str) != Some("https://schema.org") {
            problems.push(format!("{path}: no schema.org @context"));
        }
        if data.get("@type").and_then(Value::as_str) != Some("WebPage") {
            problems.push(format!("{path}: the top item is not a WebPage"));
        }
        let top = data.as_object();
        let mut objects = Vec::new();
        typed_objects(data, &mut objects);
        for object in objects {
            let kind = object.get("@type").and_then(Value::as_str).unwrap_or("(not text)");
            let Some((_, required, allowed)) = TYPES.iter().find(|(name, _, _)| *name == kind) else {
                problems.push(format!("{path}: type {kind} is not one the wiki uses"));
                continue;
            };
            for property in *required {
                if !object.contains_key(*property) {
                    problems.push(format!("{path}: {kind} has no {property}"));
                }
            }
            for property in object.keys() {
                let known = required.contains(&property.as_str())
                    || allowed.contains(&property.as_str())
                    || ["@type", "@id"].contains(&property.as_str())
                    || (property == "@context" && top.is_some_and(|top| std::ptr::eq(top, object)));
                if !known {
                    problems
                        .push(format!("{path}: {kind} has {property}, which the wiki does not allow there"));
                }
            }
            for (property, value) in object {
                if value.is_null() || value.as_array().is_some_and(Vec::is_empty) || value == "" {
                    problems.push(format!("{path}: {kind}.{property} is empty"));
                }
            }
        }
        // Every address is a full one, under the deployment's base.
        let mut text = String::new();
        strings(data, &mut text);
        for line in text.lines().filter(|line| line.starts_with("http")) {
            if !line.starts_with(&format!("{ORIGIN}{BASE}")) && !line.starts_with("https://schema.org") {
                problems.push(format!("{path}: {line} is not under the site's address"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems, the first: {:#?}",
        problems.len(),
        &problems[..problems.len().min(20)]
    );
}

#[test]
fn structured_data_holds_nothing_the_default_holds_back() {
    let wiki = wiki();
    let secrets = hidden(&wiki, Setting::default());
    assert!(!secrets.is_empty());
    for (path, data) in every_page() {
        let mut text = String::new();
        strings(data, &mut text);
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{path} tells {secret:?}");
        }
    }
}

#[test]
fn the_series_states_what_the_data_confirms() {
    let wiki = wiki();
    let show = every_page().iter().find(|(path, _)| *path == sections::SHOW.path()).map(|(_, data)| data);
    let series = show.map(|data| of_type(data, "TVSeries")).unwrap_or_default();
    let [series] = series.as_slice() else { panic!("the show page is about one series: {series:?}") };
    assert_eq!(series["name"], wiki.show().title.as_str());
    assert_eq!(series["numberOfEpisodes"], wiki.episodes().len());
    // The cast is the actors of the characters a reader who has not started has met, each with
    // the character's name unless no source names the part.
    let met: Vec<(String, Option<String>)> = wiki
        .characters()
        .iter()
        .filter(|c| c.visible_at(Setting::default().progress))
        .filter_map(|c| {
            Some((c.actor.clone()?, (c.group != Group::UnconfirmedRoles).then(|| c.name.clone())))
        })
        .collect();
    let cast: Vec<(String, Option<String>)> = series["actor"]
        .as_array()
        .map(|cast| {
            cast.iter()
                .map(|member| match member["@type"].as_str() {
                    Some("PerformanceRole") => (
                        member["actor"]["name"].as_str().unwrap_or_default().to_owned(),
                        member["characterName"].as_str().map(str::to_owned),
                    ),
                    _ => (member["name"].as_str().unwrap_or_default().to_owned(), None),
                })
                .collect()
        })
        .unwrap_or_default();
    assert!(!met.is_empty());
    assert_eq!(cast, met);
    let creators = wiki.show().facts().flat_map(|fact| &fact.names).count();
    assert!(creators > 0, "show.json names no one for the structured data");
    let named: Vec<&str> = ["creator", "productionCompany", "publisher"]
        .iter()
        .flat_map(|property| series[*property].as_array().cloned().unwrap_or_default())
        .filter_map(|who| who["name"].as_str().map(str::to_owned))
        .map(|name| {
            wiki.show().facts().flat_map(|fact| &fact.names).find(|n| **n == name).map_or("", String::as_str)
        })
        .collect();
    assert!(
        named.iter().all(|name| !name.is_empty()) && !named.is_empty(),
        "names not from show.json: {named:?}"
    );
    let dates: Vec<&str> = wiki.show().facts().filter_map(|fact| fact.date.as_deref()).collect();
    assert!(dates.contains(&series["datePublished"].as_str().unwrap_or("none")));
}

#[test]
fn each_episode_is_a_tv_episode_named_only_when_its_title_is_confirmed() {
    let wiki = wiki();
    for episode in wiki.episodes() {
        let path = sections::EPISODES.entry_path(&episode.number.to_string());
        let data = every_page().iter().find(|(p, _)| *p == path).map(|(_, data)| data);
        let found = data.map(|data| of_type(data, "TVEpisode")).unwrap_or_default();
        let [item] = found.as_slice() else { panic!("{path}: {found:?}") };
        assert_eq!(item["episodeNumber"], episode.number);
        assert_eq!(item["datePublished"], episode.released.as_str());
        assert_eq!(item.get("name").and_then(Value::as_str), episode.title.as_deref(), "{path}");
        assert_eq!(item["partOfSeason"]["@type"], "TVSeason");
    }
}

#[test]
fn every_page_but_the_home_page_has_its_trail_from_home() {
    for (path, data) in every_page() {
        let trail = of_type(data, "BreadcrumbList");
        if path == "/" {
            assert!(trail.is_empty(), "the home page's trail would be itself alone");
            continue;
        }
        let [trail] = trail.as_slice() else { panic!("{path}: {trail:?}") };
        let items = trail["itemListElement"].as_array().cloned().unwrap_or_default();
        let depth = path.split('/').filter(|s| !s.is_empty()).count();
        assert_eq!(items.len(), depth + 1, "{path}");
        assert_eq!(items[0]["item"], paths::home().page_address().absolute());
        assert_eq!(items[depth]["item"], paths::to(path).page_address().absolute());
        assert_eq!(items[depth]["name"], data["name"], "{path}: the last crumb is the page");
    }
}

#[test]
fn the_opensearch_description_is_xml_that_sends_a_query_to_the_search_page() {
    let _ = every_page();
    let xml = opensearch::description();
    let document = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "OpenSearchDescription");
    assert_eq!(root.tag_name().namespace(), Some("http://a9.com/-/spec/opensearch/1.1/"));
    let child = |name: &str| root.children().find(|node| node.has_tag_name(name));
    let short = child("ShortName").and_then(|node| node.text()).unwrap_or_default();
    assert!(!short.is_empty() && short.chars().count() <= 16, "ShortName {short:?}");
    let html = root
        .children()
        .find(|node| node.has_tag_name("Url") && node.attribute("type") == Some("text/html"))
        .and_then(|node| node.attribute("template"));
    assert_eq!(html, Some(format!("{ORIGIN}{BASE}search?q={{searchTerms}}").as_str()));
}

#[test]
fn only_the_home_page_names_the_site_and_its_search() {
    let sites: Vec<&str> = every_page()
        .iter()
        .filter(|(_, data)| !of_type(data, "WebSite").is_empty())
        .map(|(path, _)| path.as_str())
        .collect();
    assert_eq!(sites, ["/"]);
    let home = every_page().iter().find(|(path, _)| path == "/").map(|(_, data)| data);
    let target = home.and_then(|data| data["isPartOf"]["potentialAction"]["target"].as_str());
    assert_eq!(target, Some(format!("{ORIGIN}{BASE}search?q={{search_term_string}}").as_str()));
}
