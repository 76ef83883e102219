//! Markup set in one piece, then kept in step with a signal piece by piece.
//!
//! A view of a few hundred elements (the relationship map and its list) is parsed by the
//! browser far faster from markup than built element by element. But setting all of it again
//! on each change makes the browser lay out and paint every element anew, text included, which
//! at a phone's speed takes a frame several times over. So the markup is kept as keyed pieces:
//! a change removes the pieces that went or changed, parses only the new ones, moves the rest
//! into order, and a piece that only moved on the drawing gets a new `transform`, nothing else.

use crate::model::Tenths;
use leptos::prelude::*;
use leptos::tachys::html::element::ElementType;
use wasm_bindgen::JsCast;

/// One element's markup, known by a key unique among its siblings. Its place on a drawing, if
/// it has one, stands apart from its markup, so that a piece that only moves is not rebuilt.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// Unique among the pieces of one parent.
    pub key: String,
    /// The element's markup, with its content placed around the origin when it has a place.
    pub markup: String,
    /// Where the element stands, as an SVG translation.
    pub at: Option<(f32, f32)>,
}

impl Piece {
    fn transform(&self) -> Option<String> {
        self.at.map(|(x, y)| format!("translate({} {})", Tenths(x), Tenths(y)))
    }

    /// The piece as markup on its own, its place included.
    fn whole(&self) -> String {
        let Some(transform) = self.transform() else { return self.markup.clone() };
        // After the tag's name, which the markup starts with.
        let name_ends = self.markup.find([' ', '>']).unwrap_or(self.markup.len());
        let (open, rest) = self.markup.split_at(name_ends);
        format!(r#"{open} transform="{transform}"{rest}"#)
    }
}

/// The pieces as one piece of markup: the first render, and the prerendered page.
pub fn markup(pieces: &[Piece]) -> String {
    pieces.iter().map(Piece::whole).collect()
}

/// Sets `pieces` (the memo's value when called) as the markup of the element `node_ref`
/// points to, then follows the memo by patching: the attribute to spread into its view.
pub fn keyed<E>(node_ref: NodeRef<E>, pieces: Memo<Vec<Piece>>) -> String
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let first = pieces.get_untracked();
    let drawn = markup(&first);
    Effect::new(move |shown: Option<Vec<Piece>>| {
        let shown = shown.unwrap_or_else(|| first.clone());
        let next = pieces.get();
        match node_ref.get() {
            Some(parent) => {
                patch(parent.unchecked_ref(), &shown, &next);
                next
            }
            None => shown,
        }
    });
    drawn
}

/// Brings `parent`'s children, which are `shown`, to `next`.
fn patch(parent: &web_sys::Element, shown: &[Piece], next: &[Piece]) {
    if shown == next {
        return;
    }
    let children = parent.children();
    // Something else changed the children: start over rather than patch the wrong elements.
    if children.length() as usize != shown.len() {
        parent.set_inner_html(&markup(next));
        return;
    }
    let elements: Vec<web_sys::Element> = (0..children.length()).filter_map(|i| children.item(i)).collect();
    let mut kept = Vec::new();
    for (piece, element) in shown.iter().zip(elements) {
        if next.iter().any(|p| p.key == piece.key && p.markup == piece.markup) {
            kept.push((piece, element));
        } else {
            element.remove();
        }
    }
    for (i, piece) in next.iter().enumerate() {
        let element = match kept.iter().position(|(shown, _)| shown.key == piece.key) {
            Some(k) => {
                let (shown, element) = kept.swap_remove(k);
                if shown.at != piece.at {
                    if let Some(transform) = piece.transform() {
                        let _ = element.set_attribute("transform", &transform);
                    }
                }
                element
            }
            // Parsed where it goes, so that it is not moved after.
            None => {
                let markup = piece.whole();
                let added = match children.item(i as u32) {
                    Some(here) => {
                        let _ = here.insert_adjacent_html("beforebegin", &markup);
                        here.previous_element_sibling()
                    }
                    None => {
                        let _ = parent.insert_adjacent_html("beforeend", &markup);
                        parent.last_element_child()
                    }
                };
                let Some(element) = added else { continue };
                element
            }
        };
        let here = children.item(i as u32);
        if here.as_ref() != Some(&element) {
            let _ = parent.insert_before(&element, here.as_ref().map(|here| here.as_ref()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_goes_into_the_opening_tag() {
        let piece = Piece {
            key: "a".into(),
            markup: r#"<g class="person"><circle r="2"/></g>"#.into(),
            at: Some((3.0, 4.5)),
        };
        assert_eq!(piece.whole(), r#"<g transform="translate(3.0 4.5)" class="person"><circle r="2"/></g>"#);
        let bare = Piece { key: "b".into(), markup: "<g></g>".into(), at: Some((1.0, 2.0)) };
        assert_eq!(bare.whole(), r#"<g transform="translate(1.0 2.0)"></g>"#);
        let unplaced = Piece { key: "c".into(), markup: "<li>x</li>".into(), at: None };
        assert_eq!(markup(&[unplaced, bare]), r#"<li>x</li><g transform="translate(1.0 2.0)"></g>"#);
    }
}
