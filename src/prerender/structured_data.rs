//! What search engines read about a page besides its text: schema.org structured data
//! (JSON-LD) for each page at the safe default. The show is a `TVSeries`, an episode a
//! `TVEpisode`, and a character the `Person` a page is `about` (schema.org describes a
//! work's characters as people: `CreativeWork.character` takes a `Person`; `Person` claims
//! nothing of being real). Every page is a `WebPage` with its `BreadcrumbList`.
//!
//! Only the page itself carries it, never a copy at another level (see `document`), so it says
//! nothing the default holds back: the cast is the actors of the characters met in the premise
//! (with their characters' names where a source names the part), an entry is named only where
//! the default names it, and every page is named by its title at the default, which the
//! spoiler sweep reads. All of it comes from the data: the facts of show.json give their names
//! and dates apart from their sentences.

use super::RenderedPage;
use crate::model::{Character, Episode, Group, Setting, Wiki};
use crate::names;
use crate::paths;
use crate::sections::{self, Section};
use serde_json::{json, Map, Value};

/// The facts of show.json the series' structured data reads, by their ids there.
const CREATORS: &str = "created-by";
const PRODUCTION_COMPANY: &str = "production-company";
/// Netflix, which released it: schema.org's `publisher` (it has no "network" for a series).
const PUBLISHER: &str = "where-to-watch";
const PREMIERE: &str = "premiere";

/// The season every episode belongs to: the wiki's model has one season (episode addresses
/// carry no season), as the show had (show.json's "season-2").
const SEASON: u8 = 1;

/// The JSON-LD of each of `pages` (each address with its render at the safe default), in
/// their order, ready for a `<script>` element. A page is named by its own title (its meta
/// description says the rest), its breadcrumbs name the pages above it by theirs.
pub fn for_pages(wiki: &Wiki, pages: &[(String, RenderedPage)]) -> Result<Vec<String>, String> {
    let title_of =
        |path: &str| pages.iter().find(|(p, _)| p == path).and_then(|(_, page)| page.title.clone());
    pages
        .iter()
        .map(|(path, _)| match title_of(path) {
            Some(title) => Ok(for_page(wiki, path, &title, &title_of)),
            None => Err(format!("{path} renders without a title")),
        })
        .collect()
}

fn for_page(wiki: &Wiki, path: &str, title: &str, title_of: &impl Fn(&str) -> Option<String>) -> String {
    let mut page = json!({
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": title,
        "url": paths::to(path).page_address().absolute(),
        "breadcrumb": breadcrumbs(path, title_of),
        "about": about(wiki, path),
    });
    if path == sections::HOME.path() {
        // The site and the search browsers and search engines can send a query to (as
        // opensearch.xml does), once, on the home page: every page carries its structured data
        // to a first visit, which has a budget (docs/benchmarks.md).
        page["isPartOf"] = json!({
            "@type": "WebSite",
            "name": names::SITE_NAME,
            "url": paths::home().page_address().absolute(),
            "potentialAction": {
                "@type": "SearchAction",
                "target": format!("{}?q={{search_term_string}}", paths::to("/search").absolute()),
                "query-input": "required name=search_term_string",
            },
        });
    }
    // Inside `<script>`, `</script>` or `<!--` in a string would end or change it; JSON's
    // own escape keeps every `<` out of the markup.
    tidy(page).to_string().replace('<', "\\u003c")
}

/// The trail from the home page to the page: none for the home page itself, a trail of one.
fn breadcrumbs(path: &str, title_of: &impl Fn(&str) -> Option<String>) -> Value {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.is_empty() {
        return Value::Null;
    }
    let trail = (0..=segments.len()).map(|depth| format!("/{}", segments[..depth].join("/")));
    let items: Vec<Value> = trail
        .map_while(|crumb| Some((title_of(&crumb)?, crumb)))
        .enumerate()
        .map(|(i, (name, crumb))| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": name,
                "item": paths::to(&crumb).page_address().absolute(),
            })
        })
        .collect();
    json!({ "@type": "BreadcrumbList", "itemListElement": items })
}

/// What the page is about, where the default may name it: the show, an episode, a character.
fn about(wiki: &Wiki, path: &str) -> Value {
    let default = Setting::default();
    let entry = |section: &Section| path.strip_prefix(&format!("{}/", section.path())).map(str::to_owned);
    if path == sections::HOME.path() || path == sections::SHOW.path() {
        return series(wiki);
    }
    if let Some(number) = entry(&sections::EPISODES) {
        return number
            .parse()
            .ok()
            .and_then(|number| wiki.episode(number))
            .map_or(Value::Null, |episode| self::episode(wiki, episode, default));
    }
    let character = entry(&sections::CHARACTERS).or_else(|| entry(&sections::MAP));
    // A part no source names yet is not a person to describe.
    let named = |c: &&Character| c.visible_at(default.progress) && c.group != Group::UnconfirmedRoles;
    match character.and_then(|slug| wiki.character(&slug).filter(named)) {
        Some(character) => json!({ "@type": "Person", "name": character.name }),
        None => Value::Null,
    }
}

/// The show, as far as the default tells it.
fn series(wiki: &Wiki) -> Value {
    let show = wiki.show();
    let names = |id: &str| show.fact(id).map_or_else(Vec::new, |fact| fact.names.clone());
    let organizations = |id: &str| -> Vec<Value> {
        names(id).into_iter().map(|name| json!({ "@type": "Organization", "name": name })).collect()
    };
    let premiere = show.fact(PREMIERE).and_then(|fact| fact.date.clone());
    let cast: Vec<Value> = wiki
        .characters()
        .iter()
        .filter(|c| c.visible_at(Setting::default().progress))
        .filter_map(|c| {
            let actor = json!({ "@type": "Person", "name": c.actor.as_ref()? });
            // An actor whose part no source names yet is in the cast, but as no character.
            Some(match c.group {
                Group::UnconfirmedRoles => actor,
                _ => json!({ "@type": "PerformanceRole", "actor": actor, "characterName": c.name }),
            })
        })
        .collect();
    let mut series = series_reference(wiki);
    let fields = json!({
        "url": paths::to(&sections::SHOW.path()).page_address().absolute(),
        "description": show.premise,
        "creator": names(CREATORS).into_iter().map(|name| json!({ "@type": "Person", "name": name })).collect::<Vec<_>>(),
        "productionCompany": organizations(PRODUCTION_COMPANY),
        "publisher": organizations(PUBLISHER),
        "datePublished": premiere,
        "startDate": premiere,
        "numberOfSeasons": SEASON,
        "numberOfEpisodes": wiki.episodes().len(),
        "actor": cast,
    });
    if let (Value::Object(series), Value::Object(fields)) = (&mut series, fields) {
        series.extend(fields);
    }
    series
}

/// The show as another item names it: the full description is the show page's.
fn series_reference(wiki: &Wiki) -> Value {
    json!({
        "@type": "TVSeries",
        "@id": format!("{}#series", paths::to(&sections::SHOW.path()).page_address().absolute()),
        "name": wiki.show().title,
    })
}

/// An episode: its title only where the data confirms it (and the setting shows it).
fn episode(wiki: &Wiki, episode: &Episode, setting: Setting) -> Value {
    json!({
        "@type": "TVEpisode",
        "episodeNumber": episode.number,
        "name": episode.title_for(setting),
        "datePublished": episode.released,
        "url": paths::episode(episode.number).page_address().absolute(),
        "partOfSeason": {
            "@type": "TVSeason",
            "seasonNumber": SEASON,
            "partOfSeries": series_reference(wiki),
        },
        "partOfSeries": series_reference(wiki),
    })
}

/// Leaves out what is not known (`null`) or empty, rather than stating it as nothing.
fn tidy(value: Value) -> Value {
    match value {
        Value::Object(object) => Value::Object(
            object
                .into_iter()
                .map(|(key, value)| (key, tidy(value)))
                .filter(|(_, value)| {
                    !value.is_null() && value.as_array().is_none_or(|items| !items.is_empty())
                })
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(tidy).collect()),
        other => other,
    }
}
