//! The links between entries' pages that the data makes (a relationship, a bearer, the
//! characters in an episode, a related term…), each with the point from which a reader sees
//! it: "Mentioned on" lists, for one page, the pages whose visible links lead to it.

use super::{Episode, Origin, Progress, Reveal, Wiki};

/// One link from an entry's page to another's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The page it is on.
    pub from: Origin,
    /// The page it leads to.
    pub to: Origin,
    /// From when a reader sees it: the latest of when its page shows its content, when the
    /// statement that holds it is revealed, and when the page it leads to may be named.
    pub shown_from: Reveal,
}

impl Wiki {
    /// Every link the entries' pages make to one another, as the pages draw them from the
    /// data. The sections' own pages (indexes, the guide, the catch-up) and the previous and
    /// next episode are ways around the site, not mentions, so they are left out.
    pub fn links(&self) -> Vec<Link> {
        let mut links = Vec::new();
        let mut add = |from: &Origin, to: Origin, at: &[Reveal]| {
            if let (Some(to_shown), Some(from_shown)) = (self.named_from(&to), self.named_from(from)) {
                let shown_from = at.iter().copied().fold(to_shown.max(from_shown), Reveal::max);
                if *from != to {
                    links.push(Link { from: from.clone(), to, shown_from });
                }
            }
        };
        for c in self.characters() {
            let from = Origin::Character(c.slug.clone());
            if let Some(creature) = &c.creature {
                add(&from, Origin::Creature(creature.clone()), &[]);
            }
            if let Some(n) = c.first_appearance {
                add(&from, Origin::Episode(n), &[]);
            }
            for e in self.appearances(&c.slug) {
                add(&from, Origin::Episode(e.number), &[Reveal::Episode(e.number)]);
            }
            for r in &c.relationships {
                add(&from, Origin::Character(r.with.clone()), &[r.revealed_in]);
            }
        }
        for c in self.creatures() {
            add(&Origin::Creature(c.slug.clone()), Origin::Character(c.bearer.clone()), &[]);
        }
        for e in self.episodes() {
            let from = Origin::Episode(e.number);
            for slug in &e.characters {
                // The episode's characters stand with its synopsis, held back until it is watched.
                add(&from, Origin::Character(slug.clone()), &[Reveal::Episode(e.number)]);
            }
        }
        for t in self.glossary() {
            let from = Origin::Term(t.slug.clone());
            for other in &t.see_also {
                add(&from, Origin::Term(other.clone()), &[]);
            }
            for slug in &t.characters {
                add(&from, Origin::Character(slug.clone()), &[]);
            }
        }
        links
    }

    /// The pages whose links to `page` a reader at `progress` sees, each once, in the order of
    /// the data. A link inside a statement the setting still holds back does not count.
    pub fn mentioned_on(&self, page: &Origin, progress: Progress) -> Vec<Origin> {
        let mut pages: Vec<Origin> = Vec::new();
        for link in self.links() {
            if link.to == *page && link.shown_from.visible_at(progress) && !pages.contains(&link.from) {
                pages.push(link.from);
            }
        }
        pages
    }

    /// From when a page may be named, and so shows its content and links; `None` for an entry
    /// the data does not have. Episode and creature pages are there from the start (an
    /// episode's synopsis waits on its own); a character or a term from its introduction.
    pub fn named_from(&self, page: &Origin) -> Option<Reveal> {
        match page {
            Origin::Episode(n) => self.episode(*n).map(|_| Reveal::Premise),
            Origin::Creature(slug) => self.creature(slug).map(|_| Reveal::Premise),
            Origin::Character(slug) => self.character(slug).map(|c| c.introduced),
            Origin::Term(slug) => self.term(slug).map(|t| t.introduced),
        }
    }

    /// How links name a page: a character's or creature's name, "Episode 4", a term; `None`
    /// for an entry the data does not have.
    pub fn page_name(&self, page: &Origin) -> Option<String> {
        match page {
            Origin::Episode(n) => self.episode(*n).map(|_| Episode::label(*n)),
            Origin::Creature(slug) => self.creature(slug).map(|c| c.name.clone()),
            Origin::Character(slug) => self.character(slug).map(|c| c.name.clone()),
            Origin::Term(slug) => self.term(slug).map(|t| t.term.clone()),
        }
    }
}
