use super::{revealed_class, CreatureEmblem};
use crate::format::markup_text;
use crate::keyed_markup::{keyed, Piece};
use crate::model::{
    Graph, Reveal, Tenths, Tie, COLUMN_WIDTH, LABEL_LINE, LABEL_SIZE, MAP_WIDTH, NAME_LINE, NAME_SIZE,
    NODE_RADIUS,
};
use crate::paths;
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;

/// Who is who to whom at the reader's setting: the characters met so far and the ties revealed
/// between them, drawn from the data, with the same as a list below for screen readers and
/// for reading. On a map centred on someone, each of their ties is written under the other
/// character's name, and each character's dot leads to the map centred on them (the centre's
/// to their page). What the setting passed on this visit is marked new, as everywhere.
#[component]
pub fn RelationshipMap(#[prop(optional)] centre: Option<String>) -> impl IntoView {
    let wiki = use_wiki();
    let progress = use_progress();
    // Characters and ties arrive in a few episodes only, so most setting changes leave the map
    // as it is: it is drawn again only when it changes.
    let graph = Memo::new(move |_| wiki.graph(progress.get(), centre.as_deref()));
    view! {
        <MapDrawing graph/>
        <MapList graph/>
    }
}

#[component]
fn MapDrawing(graph: Memo<Graph>) -> impl IntoView {
    let label = move || {
        graph.with(|graph| {
            format!(
                "Relationship map: {} characters and {} ties; the list below says the same.",
                graph.nodes.len(),
                graph.edges.len()
            )
        })
    };
    // The emblems are drawn once and used by each of their bearers' dots: drawn again only
    // when the creatures on the map change, since every dot that uses one follows it.
    let creatures = Memo::new(move |_| {
        let mut creatures: Vec<String> =
            graph.with(|graph| graph.nodes.iter().filter_map(|n| n.creature.clone()).collect());
        creatures.sort_unstable();
        creatures.dedup();
        creatures
    });
    let emblems = move || {
        creatures
            .get()
            .into_iter()
            .map(|slug| {
                let id = format!("{EMBLEM_ID}{slug}");
                view! { <symbol id=id viewBox="0 0 48 48"><CreatureEmblem slug size=48/></symbol> }
            })
            .collect_view()
    };
    let (lines, dots) = (NodeRef::new(), NodeRef::new());
    let width = MAP_WIDTH as u32;
    // The drawing's own box is a square that never changes: a browser lays out everything in
    // an SVG again whenever its box changes size, which at a phone's speed took longer than the
    // rest of a change together. It overflows that box downwards, and an empty SVG of the
    // drawing's height, laid out in no time, gives the figure its height.
    view! {
        <figure class="map">
            <svg
                class="map-size"
                viewBox=move || graph.with(|graph| format!("0 0 {width} {}", graph.height.ceil() as u32))
                aria-hidden="true"
            ></svg>
            <svg
                class="map-drawing"
                viewBox=format!("0 0 {width} {width}")
                preserveAspectRatio="xMidYMin meet"
                role="group"
                aria-label=label
            >
                <defs>{emblems}</defs>
                <g aria-hidden="true" node_ref=lines inner_html=keyed(lines, Memo::new(move |_| graph.with(ties)))></g>
                <g node_ref=dots inner_html=keyed(dots, Memo::new(move |_| graph.with(people)))></g>
            </svg>
        </figure>
        <Untied graph/>
    }
}

/// The paragraph of [`untied`], there only while someone is.
#[component]
fn Untied(graph: Memo<Graph>) -> impl IntoView {
    let items = NodeRef::new();
    let none = move || {
        graph.with(|graph| graph.nodes.iter().enumerate().all(|(i, n)| n.tied || graph.centre == Some(i)))
    };
    view! {
        <div class="map-untied" hidden=none>
            <p>"Not tied to anyone on the map yet:"</p>
            <ul class="inline-list" node_ref=items inner_html=keyed(items, Memo::new(move |_| graph.with(untied)))></ul>
        </div>
    }
}

/// The ids of the emblems the dots use ("map-emblem-banshee").
const EMBLEM_ID: &str = "map-emblem-";

/// The lines, one piece each, keyed by the characters they join and placed at the first one's
/// dot: a line whose ends both move only moves.
fn ties(graph: &Graph) -> Vec<Piece> {
    graph
        .edges
        .iter()
        .map(|edge| {
            let centred = graph.centre.is_some_and(|c| c == edge.a || c == edge.b);
            let base = if centred { "tie centred" } else { "tie" };
            let (a, b) = (&graph.nodes[edge.a], &graph.nodes[edge.b]);
            Piece {
                key: format!("{} {}", a.slug, b.slug),
                markup: format!(r#"<path d="{}"{}/>"#, edge.path, class(base, edge.revealed_in)),
                at: Some((a.x, a.y)),
            }
        })
        .collect()
}

/// The characters, one piece each, drawn around their dot's centre and placed there: when the
/// map grows, those already on it only move. Every text in them is escaped.
fn people(graph: &Graph) -> Vec<Piece> {
    graph
        .nodes
        .iter()
        .enumerate()
        .filter(|&(i, node)| node.tied || graph.centre == Some(i))
        .map(|(i, node)| {
            let centre = graph.centre == Some(i);
            // The centre leads to their page; the others re-centre the map.
            let href = if centre { paths::character(&node.slug) } else { paths::map(Some(&node.slug)) };
            let text = node.label_box();
            let mut out = format!(
                r#"<g{}><a href="{}" aria-label="{}">"#,
                class(if centre { "person centre" } else { "person" }, node.introduced),
                markup_text(href.as_str()),
                // Named by the whole name: the lines it is drawn in would run together.
                markup_text(&node.name)
            );
            // The whole dot and name answer a click or a tap, not only their painted strokes.
            out += &format!(
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="transparent"/><circle r="{}"/>"#,
                Tenths(-COLUMN_WIDTH / 2.0 + 3.0),
                Tenths(-NODE_RADIUS),
                Tenths(COLUMN_WIDTH - 6.0),
                Tenths(NODE_RADIUS + text.top + node.name_lines.len() as f32 * NAME_LINE),
                Tenths(NODE_RADIUS)
            );
            if let Some(slug) = &node.creature {
                let size = Tenths(NODE_RADIUS * 1.3);
                out += &format!(
                    r##"<use href="#{EMBLEM_ID}{}" x="{}" y="{}" width="{size}" height="{size}"/>"##,
                    markup_text(slug),
                    Tenths(-size.0 / 2.0),
                    Tenths(-size.0 / 2.0)
                );
            }
            // The page's colour behind the name and ties: lines pass under them, not through.
            out += &format!(
                r#"<rect class="label-bg" x="{}" y="{}" width="{}" height="{}" rx="3"/>"#,
                Tenths(text.left),
                Tenths(text.top),
                Tenths(text.right - text.left),
                Tenths(text.bottom - text.top)
            );
            out += &format!(r#"<text class="name" text-anchor="middle" font-size="{}">"#, Tenths(NAME_SIZE));
            for (k, line) in node.name_lines.iter().enumerate() {
                let top = node.name_top() + k as f32 * NAME_LINE;
                out += &format!(r#"<tspan x="0" y="{}">{}</tspan>"#, Tenths(top), markup_text(line));
            }
            out += "</text></a>";
            if !node.tie_lines.is_empty() {
                out += &format!(
                    r#"<text class="tie-label" text-anchor="middle" font-size="{}">"#,
                    Tenths(LABEL_SIZE)
                );
                for (k, (line, reveal)) in node.tie_lines.iter().enumerate() {
                    let top = node.ties_top() + k as f32 * LABEL_LINE;
                    out += &format!(
                        r#"<tspan x="0" y="{}"{}>{}</tspan>"#,
                        Tenths(top),
                        class("", *reveal),
                        markup_text(line)
                    );
                }
                out += "</text>";
            }
            out += "</g>";
            Piece { key: node.slug.clone(), markup: out, at: Some((node.x, node.y)) }
        })
        .collect()
}

/// Those the map has no tie for yet, listed beside the drawing rather than drawn as dots alone.
fn untied(graph: &Graph) -> Vec<Piece> {
    graph
        .nodes
        .iter()
        .enumerate()
        .filter(|&(i, node)| !node.tied && graph.centre != Some(i))
        .map(|(_, node)| Piece {
            key: node.slug.clone(),
            markup: format!(
                r#"<li{}><a href="{}">{}</a></li>"#,
                class("", node.introduced),
                markup_text(paths::map(Some(&node.slug)).as_str()),
                markup_text(&node.name)
            ),
            at: None,
        })
        .collect()
}

/// The map as a list: each character with the ties their own entry states, as on their page.
#[component]
fn MapList(graph: Memo<Graph>) -> impl IntoView {
    let items = NodeRef::new();
    view! {
        <section aria-labelledby="map-list-heading">
            <h2 id="map-list-heading">"The map as a list"</h2>
            <ul class="map-list" node_ref=items inner_html=keyed(items, Memo::new(move |_| graph.with(list)))></ul>
        </section>
    }
}

/// The list's items, one piece per character.
fn list(graph: &Graph) -> Vec<Piece> {
    let link = |slug: &str, name: &str| {
        format!(r#"<a href="{}">{}</a>"#, markup_text(paths::character(slug).as_str()), markup_text(name))
    };
    graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            let mut item = format!("<li{}>{}", class("", node.introduced), link(&node.slug, &node.name));
            // One item per tie, its parts joined, as on the character's page.
            let ties: Vec<String> = graph
                .edges
                .iter()
                .filter_map(|e| {
                    let own: Vec<&Tie> = e.ties.iter().filter(|t| t.from == i).collect();
                    let first = own.first()?;
                    let other = &graph.nodes[if e.a == i { e.b } else { e.a }];
                    let labels: Vec<&str> = own.iter().map(|t| t.label.as_str()).collect();
                    Some(format!(
                        "<li{}>{}: {}</li>",
                        class("", first.revealed_in),
                        link(&other.slug, &other.name),
                        markup_text(&labels.join("; "))
                    ))
                })
                .collect();
            if !ties.is_empty() {
                item += &format!("<ul>{}</ul>", ties.concat());
            }
            item += "</li>";
            Piece { key: node.slug.clone(), markup: item, at: None }
        })
        .collect()
}

/// A class attribute, as markup: `base` and the class by which the stylesheet marks what is
/// new; nothing when there is neither.
fn class(base: &str, reveal: Reveal) -> String {
    match (base, revealed_class(reveal)) {
        ("", None) => String::new(),
        (base, None) => format!(r#" class="{base}""#),
        ("", Some(new)) => format!(r#" class="{new}""#),
        (base, Some(new)) => format!(r#" class="{base} {new}""#),
    }
}
