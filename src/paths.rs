//! Where each kind of page lives, so links and routes agree.

pub fn character(slug: &str) -> String {
    format!("/characters/{slug}")
}

pub fn episode(number: u8) -> String {
    format!("/episodes/{number}")
}

pub fn creature(slug: &str) -> String {
    format!("/abilities/{slug}")
}

pub fn term(slug: &str) -> String {
    format!("/glossary#{slug}")
}

/// Where a fan learns how to correct or add a fact; every "not yet confirmed" links here.
pub const CORRECTIONS: &str = "/about#contribute";
