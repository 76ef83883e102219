use super::CreatureEmblem;
use crate::format::markup_text;
use crate::model::{Graph, Reveal, COLUMN_WIDTH, LABEL_LINE, MAP_WIDTH, NAME_LINE, NODE_RADIUS};
use crate::names;
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
    move || {
        let graph = wiki.graph(progress.get(), centre.as_deref());
        view! {
            <MapDrawing graph=graph.clone()/>
            <MapList graph/>
        }
    }
}

#[component]
fn MapDrawing(graph: Graph) -> impl IntoView {
    let label = format!(
        "Relationship map: {} characters and {} ties; the list below says the same.",
        graph.nodes.len(),
        graph.edges.len()
    );
    // The emblems are drawn once and used by each of their bearers' dots.
    let mut creatures: Vec<String> = graph.nodes.iter().filter_map(|n| n.creature.clone()).collect();
    creatures.sort();
    creatures.dedup();
    let emblems = creatures
        .into_iter()
        .map(|slug| {
            let id = format!("{EMBLEM_ID}{slug}");
            view! { <symbol id=id viewBox="0 0 48 48"><CreatureEmblem slug size=48/></symbol> }
        })
        .collect_view();
    view! {
        <figure class="map">
            <svg viewBox=format!("0 0 {MAP_WIDTH} {:.0}", graph.height) role="group" aria-label=label>
                <defs>{emblems}</defs>
                <g inner_html=drawing(&graph)></g>
            </svg>
        </figure>
    }
}

/// The ids of the emblems the dots use ("map-emblem-banshee").
const EMBLEM_ID: &str = "map-emblem-";

/// The lines and the dots as markup, set in one piece: a map of a few hundred elements is
/// parsed by the browser far faster than built element by element, which a setting change
/// would otherwise do for the whole drawing. Every text in it is escaped.
fn drawing(graph: &Graph) -> String {
    let mut out = String::from(r#"<g aria-hidden="true">"#);
    for edge in &graph.edges {
        let centred = graph.centre.is_some_and(|c| c == edge.a || c == edge.b);
        let class = if centred { "tie centred" } else { "tie" };
        out += &format!(r#"<path d="{}" class="{class}"{}/>"#, edge.path, mark(edge.revealed_in));
    }
    out += "</g>";
    for (i, node) in graph.nodes.iter().enumerate() {
        let centre = graph.centre == Some(i);
        // The centre leads to their page; the others re-centre the map.
        let href = if centre { paths::character(&node.slug) } else { paths::map(Some(&node.slug)) };
        let (x, y) = (node.x, node.y);
        let name_top = y + NODE_RADIUS + NAME_LINE;
        let hit = 2.0 * NODE_RADIUS + 6.0 + node.name_lines.len() as f32 * NAME_LINE;
        out += &format!(
            r#"<g class="person{}"{}><a href="{}" aria-label="{}">"#,
            if centre { " centre" } else { "" },
            mark(node.introduced),
            markup_text(href.as_str()),
            // Named by the whole name: the lines it is drawn in would run together.
            markup_text(&node.name)
        );
        // The whole dot and name answer a click or a tap, not only their painted strokes.
        out += &format!(
            r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{hit:.1}" fill="transparent"/><circle cx="{x:.1}" cy="{y:.1}" r="{NODE_RADIUS}"/>"#,
            x - COLUMN_WIDTH / 2.0 + 3.0,
            y - NODE_RADIUS,
            COLUMN_WIDTH - 6.0
        );
        if let Some(slug) = &node.creature {
            let size = NODE_RADIUS * 1.3;
            out += &format!(
                r##"<use href="#{EMBLEM_ID}{}" x="{:.1}" y="{:.1}" width="{size:.1}" height="{size:.1}"/>"##,
                markup_text(slug),
                x - size / 2.0,
                y - size / 2.0
            );
        }
        out += r#"<text class="name" text-anchor="middle">"#;
        for (k, line) in node.name_lines.iter().enumerate() {
            let top = name_top + k as f32 * NAME_LINE;
            out += &format!(r#"<tspan x="{x:.1}" y="{top:.1}">{}</tspan>"#, markup_text(line));
        }
        out += "</text></a>";
        if !node.tie_lines.is_empty() {
            let ties_top = name_top + node.name_lines.len() as f32 * NAME_LINE - NAME_LINE + LABEL_LINE + 2.0;
            out += r#"<text class="tie-label" text-anchor="middle">"#;
            for (k, (line, reveal)) in node.tie_lines.iter().enumerate() {
                let top = ties_top + k as f32 * LABEL_LINE;
                out += &format!(
                    r#"<tspan x="{x:.1}" y="{top:.1}"{}>{}</tspan>"#,
                    mark(*reveal),
                    markup_text(line)
                );
            }
            out += "</text>";
        }
        out += "</g>";
    }
    out
}

/// The map as a list: each character with the ties their own entry states, as on their page.
/// Set in one piece for the same reason as the drawing.
#[component]
fn MapList(graph: Graph) -> impl IntoView {
    let link = |slug: &str, name: &str| {
        format!(r#"<a href="{}">{}</a>"#, markup_text(paths::character(slug).as_str()), markup_text(name))
    };
    let mut items = String::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        items += &format!("<li{}>{}", mark(node.introduced), link(&node.slug, &node.name));
        let ties: Vec<String> = graph
            .edges
            .iter()
            .flat_map(|e| e.ties.iter().map(move |t| (e, t)))
            .filter(|(_, t)| t.from == i)
            .map(|(e, t)| {
                let other = &graph.nodes[if e.a == i { e.b } else { e.a }];
                format!(
                    "<li{}>{}: {}</li>",
                    mark(t.revealed_in),
                    link(&other.slug, &other.name),
                    markup_text(&t.label)
                )
            })
            .collect();
        if !ties.is_empty() {
            items += &format!("<ul>{}</ul>", ties.concat());
        }
        items += "</li>";
    }
    view! {
        <section aria-labelledby="map-list-heading">
            <h2 id="map-list-heading">"The map as a list"</h2>
            <ul class="map-list" inner_html=items></ul>
        </section>
    }
}

/// The attribute by which the stylesheet marks what is new (see `revealed_in`), as markup.
fn mark(reveal: Reveal) -> String {
    reveal.episode().map(|n| format!(r#" {}="{n}""#, names::REVEALED_IN_ATTR)).unwrap_or_default()
}
