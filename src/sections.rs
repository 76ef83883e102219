//! The sections of the wiki in one table: where each lives, how the header and the home page
//! name it, the page that shows it, and the entries that have a page of their own. The router,
//! the list of prerendered pages, the header, the home page, the "not found" page and the tests
//! all read it, so a new section is one entry here (and in [`ALL`]) plus its page component.

use crate::model::{DataFile, Setting, Wiki};
use crate::pages;
use leptos::prelude::*;
use leptos::tachys::view::iterators::StaticVec;
use leptos_router::any_nested_route::{AnyNestedRoute, IntoAnyNestedRoute};
use leptos_router::{NestedRoute, ParamSegment, StaticSegment};

/// One section of the wiki: a page at `/<segment>` and, for some, one per entry at
/// `/<segment>/<key>`.
pub struct Section {
    /// The first segment of its addresses ("characters"); empty for the home page.
    pub segment: &'static str,
    /// Its link in the header; `None` keeps it out of the header.
    pub nav: Option<&'static str>,
    /// Its line under "Where to start" (home page, "not found" page); `None` leaves it out.
    pub invitation: Option<&'static str>,
    /// The section's own page.
    pub page: fn() -> AnyView,
    /// The pages of its entries, if it has any.
    pub entries: Option<Entries>,
    /// The data file its pages show, for "Edit this page" and "Suggest a correction", and the
    /// name its own page goes by in a correction; `None` for pages without data of their own.
    pub data: Option<(DataFile, &'static str)>,
}

/// The entries of a section that have a page each.
pub struct Entries {
    /// The route parameter that names the entry; the page reads it as a typed parameter.
    pub param: &'static str,
    /// An entry's page, which says "not found" for a key the data does not have.
    pub page: fn() -> AnyView,
    /// Every entry's key in the data ("tilda-weber", "4"): the pages that are prerendered.
    pub keys: fn(&Wiki) -> Vec<String>,
    /// The name a reader at a setting knows an entry by; `None` for a key the data does not
    /// have, or an entry the setting holds back.
    pub name: fn(&Wiki, &str, Setting) -> Option<String>,
}

/// A character's name, once the reader has met them.
fn character_name(wiki: &Wiki, slug: &str, setting: Setting) -> Option<String> {
    wiki.entry_name(DataFile::Characters, slug, setting)
}

/// The front page.
pub const HOME: Section = Section {
    segment: "",
    nav: None,
    invitation: None,
    page: || view! { <pages::Home/> }.into_any(),
    entries: None,
    data: Some((DataFile::Show, "Home")),
};

/// The show itself: whether there is a season 2, where to watch it, cast and crew, its making
/// and reception. Out of the header, which has no room for it on a phone; the home page leads
/// to it, and every footer links it.
pub const SHOW: Section = Section {
    segment: "show",
    nav: Some("The show"),
    invitation: Some("About the show: season 2, where to watch, cast and crew"),
    page: || view! { <pages::ShowPage/> }.into_any(),
    entries: None,
    data: Some((DataFile::Show, pages::SHOW_TITLE)),
};

/// Everyone in the show, and a page per character.
pub const CHARACTERS: Section = Section {
    segment: "characters",
    nav: Some("Characters"),
    invitation: Some("Everyone in the show"),
    page: || view! { <pages::CharacterIndex/> }.into_any(),
    entries: Some(Entries {
        param: "slug",
        page: || view! { <pages::CharacterPage/> }.into_any(),
        keys: |wiki| wiki.characters().iter().map(|c| c.slug.clone()).collect(),
        name: character_name,
    }),
    data: Some((DataFile::Characters, "Characters")),
};

/// Who is who to whom: the relationship map, and the same map centred on each character.
pub const MAP: Section = Section {
    segment: "map",
    nav: None,
    invitation: Some("Who is who: the relationship map"),
    page: || view! { <pages::MapPage/> }.into_any(),
    entries: Some(Entries {
        param: "slug",
        page: || view! { <pages::CentredMapPage/> }.into_any(),
        keys: |wiki| wiki.characters().iter().map(|c| c.slug.clone()).collect(),
        name: character_name,
    }),
    data: None,
};

/// The episode guide, and a page per episode.
pub const EPISODES: Section = Section {
    segment: "episodes",
    nav: Some("Episodes"),
    invitation: Some("The ten episodes"),
    page: || view! { <pages::EpisodeGuide/> }.into_any(),
    entries: Some(Entries {
        param: "number",
        page: || view! { <pages::EpisodePage/> }.into_any(),
        keys: |wiki| wiki.episodes().iter().map(|e| e.number.to_string()).collect(),
        name: |wiki, number, setting| wiki.entry_name(DataFile::Episodes, number, setting),
    }),
    data: Some((DataFile::Episodes, "Episode guide")),
};

/// The powers, and a page per creature.
pub const ABILITIES: Section = Section {
    segment: "abilities",
    nav: Some("Abilities"),
    invitation: Some("The powers, creature by creature"),
    page: || view! { <pages::AbilityIndex/> }.into_any(),
    entries: Some(Entries {
        param: "slug",
        page: || view! { <pages::CreaturePage/> }.into_any(),
        keys: |wiki| wiki.creatures().iter().map(|c| c.slug.clone()).collect(),
        name: |wiki, slug, setting| wiki.entry_name(DataFile::Creatures, slug, setting),
    }),
    data: Some((DataFile::Creatures, "Abilities")),
};

/// The show's own terms, on one page.
pub const GLOSSARY: Section = Section {
    segment: "glossary",
    nav: Some("Glossary"),
    invitation: Some("The show's own terms, explained"),
    page: || view! { <pages::Glossary/> }.into_any(),
    entries: None,
    data: Some((DataFile::Glossary, "Glossary")),
};

/// What the wiki is and how to contribute.
pub const ABOUT: Section = Section {
    segment: "about",
    nav: Some("About"),
    invitation: None,
    page: || view! { <pages::About/> }.into_any(),
    entries: None,
    data: Some((DataFile::Sources, "About this wiki")),
};

/// The story so far, up to the reader's episode; linked beside the spoiler setting.
pub const CATCH_UP: Section = Section {
    segment: "catch-up",
    nav: None,
    invitation: Some("The story so far, up to your episode"),
    page: || view! { <pages::CatchUp/> }.into_any(),
    entries: None,
    data: None,
};

/// The latest changes to the data, as far as the reader's setting shows them; linked from the
/// home page and every footer.
pub const CHANGES: Section = Section {
    segment: "changes",
    nav: None,
    invitation: Some("Recent changes to the wiki"),
    page: || view! { <pages::ChangesPage/> }.into_any(),
    entries: None,
    data: None,
};

/// The search results page (`/search?q=…`).
pub const SEARCH: Section = Section {
    segment: "search",
    nav: None,
    invitation: None,
    page: || view! { <pages::SearchPage/> }.into_any(),
    entries: None,
    data: None,
};

/// Every section, in the order the header and the home page list them.
pub const ALL: [&Section; 11] =
    [&HOME, &SHOW, &CATCH_UP, &CHARACTERS, &MAP, &EPISODES, &ABILITIES, &GLOSSARY, &ABOUT, &CHANGES, &SEARCH];

impl Section {
    /// The section page's path, without the deployment path ("/characters").
    pub fn path(&self) -> String {
        format!("/{}", self.segment)
    }

    /// An entry's path, without the deployment path ("/characters/tilda-weber").
    pub fn entry_path(&self, key: &str) -> String {
        format!("/{}/{key}", self.segment)
    }

    /// The router's routes for this section: its page, and its entries' pages.
    fn routes(&self) -> Vec<AnyNestedRoute> {
        let page = match self.segment {
            "" => NestedRoute::new((), self.page).into_any_nested_route(),
            segment => NestedRoute::new((StaticSegment(segment),), self.page).into_any_nested_route(),
        };
        let entries = self.entries.as_ref().map(|entries| {
            NestedRoute::new((StaticSegment(self.segment), ParamSegment(entries.param)), entries.page)
                .into_any_nested_route()
        });
        std::iter::once(page).chain(entries).collect()
    }
}

/// Every route of the wiki, for the router; any other address is "not found".
pub fn routes() -> StaticVec<AnyNestedRoute> {
    ALL.iter().flat_map(|section| section.routes()).collect::<Vec<_>>().into()
}

/// Every address the wiki has a page for, without the deployment path: each section's page
/// and each entry's, as the data lists them. These are the pages prerendered.
pub fn pages(wiki: &Wiki) -> Vec<String> {
    ALL.iter()
        .flat_map(|section| {
            let entries = section.entries.as_ref().map_or_else(Vec::new, |entries| (entries.keys)(wiki));
            std::iter::once(section.path()).chain(entries.into_iter().map(|key| section.entry_path(&key)))
        })
        .collect()
}

/// The data file a page shows, the id of its entry (for the line) and the name a reader knows
/// the entry or page by, from the table of sections; `None` for a page without data, or whose
/// entry is held back.
pub fn page_entry(wiki: &Wiki, path: &str, setting: Setting) -> Option<(DataFile, Option<String>, String)> {
    let mut parts = path.trim_matches('/').splitn(2, '/');
    let (segment, key) = (parts.next()?, parts.next());
    let section = ALL.iter().find(|section| section.segment == segment)?;
    let (file, page_name) = section.data?;
    match key {
        None => Some((file, None, page_name.to_owned())),
        Some(key) => {
            let name = (section.entries.as_ref()?.name)(wiki, key, setting)?;
            Some((file, Some(key.to_owned()), name))
        }
    }
}
