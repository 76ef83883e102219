//! The relationship map: who is who to whom, as far as a reader has watched. Characters met
//! later are not in it at all, and a tie is drawn only from the episode that reveals it. The
//! layout is computed here too, so the map is the same in the prerendered copy and the app, and
//! needs nothing at run time but the data.

use super::{Character, Group, Progress, Reveal, Wiki};

/// The width of the map's drawing in its own units; the page scales it to the screen. On a
/// 360 px phone the drawing is about 328 px wide, so a unit is about a pixel there and the
/// text sizes below are what a phone shows (at least 12 px); a desktop shows them larger.
pub const MAP_WIDTH: f32 = 320.0;
/// How many characters stand side by side in a row.
const COLUMNS: usize = 3;
/// The radius of a character's dot.
pub const NODE_RADIUS: f32 = 15.0;
/// The size of a name's text, and of a tie's label, in the map's units.
pub const NAME_SIZE: f32 = 14.0;
/// See [`NAME_SIZE`].
pub const LABEL_SIZE: f32 = 13.0;
/// The height of a line of a name, and of a line of a tie's label, in the map's units.
pub const NAME_LINE: f32 = 16.0;
/// See [`NAME_LINE`].
pub const LABEL_LINE: f32 = 15.0;
/// About how many characters of a name, and of a label, fit on one line of a column.
const NAME_CHARS: usize = 11;
const LABEL_CHARS: usize = 13;
/// How wide a character of text is at most, as a share of its size (a generous estimate for
/// the sans-serif faces the map is drawn in), for the box behind a name and its ties.
const CHAR_WIDTH: f32 = 0.6;
const MARGIN: f32 = 8.0;
/// The width of a column of the map, which a character's name and ties keep within.
pub const COLUMN_WIDTH: f32 = (MAP_WIDTH - 2.0 * MARGIN) / COLUMNS as f32;
/// The gap between a dot and the text under it.
const TEXT_GAP: f32 = 4.0;
const ROW_GAP: f32 = 26.0;

/// A rectangle in the map's units: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BoxArea {
    /// The left edge.
    pub left: f32,
    /// The top edge.
    pub top: f32,
    /// The right edge.
    pub right: f32,
    /// The bottom edge.
    pub bottom: f32,
}

impl BoxArea {
    /// Whether the two share any area.
    pub fn overlaps(&self, other: &BoxArea) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// A character on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Their slug.
    pub slug: String,
    /// Their name.
    pub name: String,
    /// Their name broken into lines that fit a column.
    pub name_lines: Vec<String>,
    /// The creature whose powers they carry, for the emblem.
    pub creature: Option<String>,
    /// The episode they are first met in (`Premise` for the premise).
    pub introduced: Reveal,
    /// On a map centred on someone else: what they are to the centre, as lines under the name,
    /// each with the episode that reveals it.
    pub tie_lines: Vec<(String, Reveal)>,
    /// Whether any tie joins them to someone on the map: those with none are listed beside the
    /// drawing rather than drawn as a dot alone, and have no place in it.
    pub tied: bool,
    /// The dot's centre, in the map's units.
    pub x: f32,
    /// See `x`.
    pub y: f32,
}

impl Node {
    /// Where the name starts: the baseline of its first line, under the dot, from the dot's centre.
    pub fn name_top(&self) -> f32 {
        NODE_RADIUS + TEXT_GAP + NAME_SIZE
    }

    /// The baseline of the first line of ties, from the dot's centre.
    pub fn ties_top(&self) -> f32 {
        self.name_top() + (self.name_lines.len() as f32 - 1.0) * NAME_LINE + LABEL_LINE
    }

    /// The box the name and the ties are written in, around the dot's centre: the map paints
    /// it in the page's colour behind the text, so that no line runs through a label.
    pub fn label_box(&self) -> BoxArea {
        let widest = |lines: &mut dyn Iterator<Item = &String>, size: f32| {
            lines.map(|line| line.chars().count() as f32 * CHAR_WIDTH * size).fold(0.0, f32::max)
        };
        let width = widest(&mut self.name_lines.iter(), NAME_SIZE)
            .max(widest(&mut self.tie_lines.iter().map(|(line, _)| line), LABEL_SIZE))
            .min(COLUMN_WIDTH - 4.0);
        let text = self.name_lines.len() as f32 * NAME_LINE + self.tie_lines.len() as f32 * LABEL_LINE;
        let top = NODE_RADIUS + TEXT_GAP / 2.0;
        BoxArea { left: -width / 2.0, top, right: width / 2.0, bottom: top + text + TEXT_GAP }
    }

    /// [`Node::label_box`] where it stands on the map.
    pub fn placed_label_box(&self) -> BoxArea {
        let b = self.label_box();
        BoxArea {
            left: self.x + b.left,
            top: self.y + b.top,
            right: self.x + b.right,
            bottom: self.y + b.bottom,
        }
    }
}

/// One relationship as the data states it: from one character, about another.
#[derive(Clone, Debug, PartialEq)]
pub struct Tie {
    /// The index in [`Graph::nodes`] of the character whose entry states it.
    pub from: usize,
    /// What the other is to them.
    pub label: String,
    /// The episode that reveals it.
    pub revealed_in: Reveal,
}

/// A line between two characters, for every tie between them a reader has seen.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// Indexes in [`Graph::nodes`]; `a` comes first in the data.
    pub a: usize,
    /// See `a`.
    pub b: usize,
    /// The ties it stands for, in the data's order (a label both sides give is kept once).
    pub ties: Vec<Tie>,
    /// From when the line is drawn: the earliest of its ties.
    pub revealed_in: Reveal,
    /// The line as an SVG path from `a`'s dot, which is where it is to be placed (a gentle
    /// curve, so that lines along a row do not run through the characters between). Drawn from
    /// there rather than from the map's corner, it stays the same markup while both ends move
    /// alike, as a row does when the map grows above it.
    pub path: String,
}

/// The map at one level: its characters placed, its edges routed.
#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    /// Every character the reader has met, in the order the map places them.
    pub nodes: Vec<Node>,
    /// Every tie revealed between two of them.
    pub edges: Vec<Edge>,
    /// The index of the character the map is centred on, if any.
    pub centre: Option<usize>,
    /// The drawing's height, in the map's units (its width is [`MAP_WIDTH`]).
    pub height: f32,
}

impl Wiki {
    /// The relationship map for a reader at `progress`, centred on the character `centre` if
    /// the reader has met them (else not centred): every character introduced by then, every
    /// tie revealed by then between two of them, and nothing else.
    pub fn graph(&self, progress: Progress, centre: Option<&str>) -> Graph {
        let met: Vec<&Character> = self.characters().iter().filter(|c| c.visible_at(progress)).collect();
        let index = |slug: &str| met.iter().position(|c| c.slug == slug);
        let mut edges: Vec<Edge> = Vec::new();
        for (from, character) in met.iter().enumerate() {
            for r in character.relationships.iter().filter(|r| r.revealed_in.visible_at(progress)) {
                let Some(to) = index(&r.with).filter(|&to| to != from) else { continue };
                let (a, b) = (from.min(to), from.max(to));
                let tie = Tie { from, label: r.label.clone(), revealed_in: r.revealed_in };
                match edges.iter_mut().find(|e| e.a == a && e.b == b) {
                    Some(edge) => {
                        edge.revealed_in = edge.revealed_in.min(r.revealed_in);
                        if !edge.ties.iter().any(|t| t.label == tie.label) {
                            edge.ties.push(tie);
                        }
                    }
                    None => edges.push(Edge {
                        a,
                        b,
                        revealed_in: r.revealed_in,
                        ties: vec![tie],
                        path: String::new(),
                    }),
                }
            }
        }
        let centre = centre.and_then(index);
        let order = placing_order(&met, &edges, centre);
        // Nodes take the placing order, so the edges' indexes follow it.
        let mut place = vec![0; met.len()];
        for (at, &(i, _)) in order.iter().enumerate() {
            place[i] = at;
        }
        let mut nodes: Vec<Node> = order
            .iter()
            .map(|&(i, _)| {
                let c = met[i];
                let tie_lines = centre
                    .filter(|&centre| centre != i)
                    .and_then(|centre| edges.iter().find(|e| (e.a, e.b) == (centre.min(i), centre.max(i))))
                    .map(|edge| {
                        // The centre's own words about them where it has some, as on its page.
                        let own: Vec<&Tie> = edge.ties.iter().filter(|t| Some(t.from) == centre).collect();
                        let ties = if own.is_empty() { edge.ties.iter().collect() } else { own };
                        ties.iter()
                            .flat_map(|t| {
                                wrap(&t.label, LABEL_CHARS).into_iter().map(|line| (line, t.revealed_in))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Node {
                    slug: c.slug.clone(),
                    name: c.name.clone(),
                    name_lines: wrap(&c.name, NAME_CHARS),
                    creature: c.creature.clone(),
                    introduced: c.introduced,
                    tie_lines,
                    tied: edges.iter().any(|e| e.a == i || e.b == i),
                    x: 0.0,
                    y: 0.0,
                }
            })
            .collect();
        for edge in &mut edges {
            (edge.a, edge.b) = (place[edge.a].min(place[edge.b]), place[edge.a].max(place[edge.b]));
            for tie in &mut edge.ties {
                tie.from = place[tie.from];
            }
        }
        let bands: Vec<Band> = order.iter().map(|&(_, band)| band).collect();
        let drawn = bands.iter().take_while(|band| !band.0).count();
        let height = lay_out(&mut nodes[..drawn], &rows(&bands[..drawn]));
        for edge in &mut edges {
            edge.path = curve(&nodes[edge.a], &nodes[edge.b]);
        }
        Graph { nodes, edges, centre: centre.map(|c| place[c]), height }
    }
}

/// Which characters may share a row: whether they are left out of the drawing for having no
/// tie, then steps away from the centre, or a group of the index.
type Band = (bool, usize, Option<Group>);

/// The order the map places characters in, each with its band (a row never mixes two): on a
/// centred map, the centre, then those tied to it, then those two steps away, and so on (within
/// a step in the index's order: group, then the file); otherwise the character index's order, group by group.
fn placing_order(met: &[&Character], edges: &[Edge], centre: Option<usize>) -> Vec<(usize, Band)> {
    let mut distance = vec![0; met.len()];
    if let Some(centre) = centre {
        distance.fill(usize::MAX);
        distance[centre] = 0;
        let mut frontier = vec![centre];
        let mut step = 0;
        while !frontier.is_empty() {
            step += 1;
            let mut next = Vec::new();
            for &i in &frontier {
                for e in edges.iter().filter(|e| e.a == i || e.b == i) {
                    let other = if e.a == i { e.b } else { e.a };
                    if distance[other] == usize::MAX {
                        distance[other] = step;
                        next.push(other);
                    }
                }
            }
            frontier = next;
        }
    }
    // A centred map keeps each step together; an uncentred one each group.
    let tied = |i: usize| edges.iter().any(|e| e.a == i || e.b == i);
    // Those with no tie at all come last, apart, and are not drawn.
    let band = |i: usize| {
        let band = if centre.is_some() { (distance[i], None) } else { (0, Some(met[i].group)) };
        if tied(i) || centre == Some(i) {
            (false, band.0, band.1)
        } else {
            (true, 0, None)
        }
    };
    let mut all: Vec<(usize, Band)> = (0..met.len()).map(|i| (i, band(i))).collect();
    all.sort_unstable_by_key(|&(i, band)| (band, met[i].group, i));
    all
}

/// The rows of the map, as ranges of the placed nodes: a new row starts wherever the band
/// changes (see [`placing_order`]) or a row is full.
fn rows(bands: &[Band]) -> Vec<std::ops::Range<usize>> {
    let mut rows = Vec::new();
    let mut start = 0;
    for at in 1..=bands.len() {
        if at == bands.len() || at - start == COLUMNS || bands[at] != bands[start] {
            rows.push(start..at);
            start = at;
        }
    }
    rows
}

/// Places each row's nodes, spread evenly across the width, and returns the drawing's height.
fn lay_out(nodes: &mut [Node], rows: &[std::ops::Range<usize>]) -> f32 {
    let column = COLUMN_WIDTH;
    let mut top = MARGIN;
    for row in rows {
        let count = row.len() as f32;
        let left = MARGIN + (MAP_WIDTH - 2.0 * MARGIN - count * column) / 2.0;
        let mut tallest: f32 = 0.0;
        for (k, node) in nodes[row.clone()].iter_mut().enumerate() {
            node.x = left + column * (k as f32 + 0.5);
            node.y = top + NODE_RADIUS;
            tallest = tallest.max(NODE_RADIUS + node.label_box().bottom);
        }
        top += tallest + ROW_GAP;
    }
    (top - ROW_GAP + MARGIN).max(2.0 * MARGIN)
}

/// A quadratic curve from one dot to another, bowed to one side by a fifth of its length: up,
/// for a line along a row, away from the names and ties written under the dots. It starts at
/// the origin: the edge is placed at `from`'s dot.
fn curve(from: &Node, to: &Node) -> String {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let bow = 0.2;
    let (cx, cy) = (Tenths(dx / 2.0 + dy * bow), Tenths(dy / 2.0 - dx * bow));
    format!("M0 0Q{cx} {cy} {} {}", Tenths(dx), Tenths(dy))
}

/// A length in the map's units as markup writes it, to a tenth ("12.5", "-3.0"). Written out by
/// hand: Rust's float formatting would add several KB of compressed wasm for this alone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tenths(pub f32);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let tenths = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

/// Breaks `text` into lines of at most about `width` characters, at spaces (a longer word
/// keeps a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::{wrap, Tenths};

    #[test]
    fn wrapping_breaks_at_spaces_and_keeps_every_word() {
        assert_eq!(wrap("the doctor who treated her", 10), ["the doctor", "who", "treated", "her"]);
        assert_eq!(wrap("Hallenbeck", 4), ["Hallenbeck"]);
        assert!(wrap("", 10).is_empty());
    }

    #[test]
    fn lengths_are_written_to_a_tenth() {
        let written = |v: f32| Tenths(v).to_string();
        assert_eq!(written(0.0), "0.0");
        assert_eq!(written(12.0), "12.0");
        assert_eq!(written(9.75), "9.8");
        assert_eq!(written(-9.75), "-9.8");
        assert_eq!(written(-0.5), "-0.5");
        assert_eq!(written(-0.01), "0.0");
        assert_eq!(written(388.04), "388.0");
    }
}
