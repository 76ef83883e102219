//! Every internal address, as an [`Href`]: a path inside the site with the deployment path
//! (`deployment::base`) already in it, so links, the router and the canonical address agree.

use crate::deployment;
use crate::format::encode_query_value;
use crate::model::{DataFile, Origin};
use crate::sections::{self, Section};
use leptos::prelude::IntoAttributeValue;
use std::fmt;

/// An address inside the site that already carries the deployment path
/// ("/imperfects/characters/x" on a sub-path host). Only this module makes one from a path, so
/// no address gets the base twice or not at all.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Href(String);

impl Href {
    /// An address the browser reports (`location.pathname`), which includes the base already,
    /// as a path inside the site: a crafted link or an SPA host can put a path like
    /// `//other.example/x` there, which in a link would be another host's address, so leading
    /// slashes (and the backslashes browsers read as slashes) are folded into one.
    pub fn from_location(pathname: &str) -> Href {
        Href(format!("/{}", pathname.trim_start_matches(['/', '\\'])))
    }

    /// An address as [`Href::as_str`] gave it, read back (from a search index file): it has
    /// the deployment path in it already.
    pub fn read_back(address: &str) -> Href {
        Href(address.to_owned())
    }

    /// The address as text, for comparing and for the router.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The full address, which link previews and sitemaps require; only the path when the
    /// origin is unknown.
    pub fn absolute(&self) -> String {
        format!("{}{}", deployment::origin(), self.0)
    }

    /// The page's own address with a trailing slash, where every static host answers a
    /// prerendered page without a redirect.
    pub fn page_address(&self) -> Href {
        Href(format!("{}/", self.0.trim_end_matches('/')))
    }

    /// The full address search engines should know a page by; none when the build was not told
    /// its origin, since a path alone is not a valid canonical address.
    pub fn canonical(&self) -> Option<String> {
        (!deployment::origin().is_empty()).then(|| self.page_address().absolute())
    }

    /// The same address with `#fragment`.
    pub fn with_fragment(&self, fragment: &str) -> Href {
        Href(format!("{}#{fragment}", self.0))
    }
}

impl fmt::Display for Href {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl IntoAttributeValue for Href {
    type Output = String;

    fn into_attribute_value(self) -> String {
        self.0
    }
}

/// A path inside the site ("/characters") as an address under the deployment path
/// ("/imperfects/characters").
pub fn to(path: &str) -> Href {
    Href(format!("{}{path}", deployment::base()))
}

/// Follows an address from code (a search result, the search form), as a click on a link to it
/// would: it carries the deployment path already, so the router must not add it again.
pub fn use_follow() -> impl Fn(&Href) + Clone {
    let navigate = leptos_router::hooks::use_navigate();
    move |href| {
        navigate(href.as_str(), leptos_router::NavigateOptions { resolve: false, ..Default::default() })
    }
}

/// The front page.
pub fn home() -> Href {
    to("/")
}

/// A section's own page ("/characters").
pub fn section(section: &Section) -> Href {
    to(&section.path())
}

/// An entry's page inside its section ("/characters/tilda-weber").
pub fn entry(section: &Section, key: &str) -> Href {
    to(&section.entry_path(key))
}

/// A character's page.
pub fn character(slug: &str) -> Href {
    entry(&sections::CHARACTERS, slug)
}

/// An episode's page.
pub fn episode(number: u8) -> Href {
    entry(&sections::EPISODES, &number.to_string())
}

/// A creature's page, with the powers it gives.
pub fn creature(slug: &str) -> Href {
    entry(&sections::ABILITIES, slug)
}

/// A glossary term, at its place on the glossary page.
pub fn term(slug: &str) -> Href {
    section(&sections::GLOSSARY).with_fragment(slug)
}

/// A fact about the show, or a group of them, at its place on the show page.
pub fn show(anchor: &str) -> Href {
    section(&sections::SHOW).with_fragment(anchor)
}

/// The relationship map, centred on a character when one is given.
pub fn map(centre: Option<&str>) -> Href {
    match centre {
        Some(slug) => entry(&sections::MAP, slug),
        None => section(&sections::MAP),
    }
}

/// An entry's page: a glossary term at its place on the glossary page.
pub fn page(page: &Origin) -> Href {
    match page {
        Origin::Episode(number) => episode(*number),
        Origin::Character(slug) => character(slug),
        Origin::Creature(slug) => creature(slug),
        Origin::Term(slug) => term(slug),
    }
}

/// Where an entry of a data file shows: its page, or its place on a page (a glossary term, a
/// fact of the show); a source, on the page that says where the facts come from.
pub fn data_entry(file: DataFile, id: &str) -> Href {
    match file {
        DataFile::Characters => character(id),
        DataFile::Creatures => creature(id),
        DataFile::Episodes => entry(&sections::EPISODES, id),
        DataFile::Glossary => term(id),
        DataFile::Show if id.is_empty() => section(&sections::SHOW),
        DataFile::Show => show(id),
        DataFile::Sources => section(&sections::ABOUT),
    }
}

/// The results page for `query`.
pub fn search(query: &str) -> Href {
    to(&format!("{}?q={}", sections::SEARCH.path(), encode_query_value(query)))
}

/// Where a fan learns how to correct or add a fact; every "not yet confirmed" links here when
/// the site has a repository to send corrections to.
pub fn corrections() -> Href {
    section(&sections::ABOUT).with_fragment("contribute")
}

#[cfg(test)]
mod tests {
    use super::Href;

    #[test]
    fn an_address_from_the_browser_stays_on_the_site() {
        for (reported, inside) in [
            ("/characters/x", "/characters/x"),
            ("/", "/"),
            ("//attacker.example/path", "/attacker.example/path"),
            ("///attacker.example", "/attacker.example"),
            ("/\\attacker.example/", "/attacker.example/"),
            ("", "/"),
        ] {
            let href = Href::from_location(reported);
            assert_eq!(href.as_str(), inside, "{reported}");
            assert!(!href.page_address().with_fragment("main").as_str().starts_with("//"));
        }
    }
}
