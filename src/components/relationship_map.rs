use super::revealed_in;
use crate::model::{Graph, Node, COLUMN_WIDTH, LABEL_LINE, MAP_WIDTH, NAME_LINE, NODE_RADIUS};
use crate::paths;
use crate::state::{use_progress, use_wiki};
use leptos::attr::custom::custom_attribute;
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
    let height = graph.height;
    let label = format!(
        "Relationship map: {} characters and {} ties; the list below says the same.",
        graph.nodes.len(),
        graph.edges.len()
    );
    let edges = graph
        .edges
        .iter()
        .map(|edge| {
            let centred = graph.centre.is_some_and(|c| c == edge.a || c == edge.b);
            view! {
                <g>
                    <path d=edge.path.clone() class=if centred { "tie centred" } else { "tie" }></path>
                </g>
            }
            .add_any_attr(revealed_in(edge.revealed_in))
        })
        .collect_view();
    let nodes = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| view! { <MapNode node=node.clone() centre=graph.centre == Some(i)/> })
        .collect_view();
    view! {
        <figure class="map">
            <svg viewBox=format!("0 0 {MAP_WIDTH} {height:.0}") role="group" aria-label=label>
                <g aria-hidden="true">{edges}</g>
                {nodes}
            </svg>
        </figure>
    }
}

/// One character: a dot (the creature's emblem for the trio) with the name under it, a link,
/// and on a centred map their tie to the centre below that.
#[component]
fn MapNode(node: Node, centre: bool) -> impl IntoView {
    let href = if centre { paths::character(&node.slug) } else { paths::map(Some(&node.slug)) };
    let (x, y) = (node.x, node.y);
    let name_top = y + NODE_RADIUS + NAME_LINE;
    let hit_height = 2.0 * NODE_RADIUS + 6.0 + node.name_lines.len() as f32 * NAME_LINE;
    let names = node
        .name_lines
        .iter()
        .enumerate()
        .map(|(k, line)| view! { <tspan x=x y=name_top + k as f32 * NAME_LINE>{line.clone()}</tspan> })
        .collect_view();
    let ties_top = name_top + node.name_lines.len() as f32 * NAME_LINE - NAME_LINE + LABEL_LINE + 2.0;
    let ties = node
        .tie_lines
        .iter()
        .enumerate()
        .map(|(k, (line, reveal))| {
            view! { <tspan x=x y=ties_top + k as f32 * LABEL_LINE>{line.clone()}</tspan> }
                .add_any_attr(revealed_in(*reveal))
        })
        .collect_view();
    let emblem = node.creature.clone().map(|slug| {
        let size = NODE_RADIUS * 1.3;
        view! { <g transform=format!("translate({:.1} {:.1}) scale({:.3})", x - size / 2.0, y - size / 2.0, size / 48.0)><super::CreatureEmblem slug size=48/></g> }
    });
    // Named by the whole name: the lines it is drawn in would run together.
    let name = node.name.clone();
    // Built as SVG's own link: the view macro makes an `<a>` an HTML one in the browser, where
    // it would draw nothing inside the drawing.
    let link = leptos::tachys::svg::a()
        .child(view! {
            // The whole dot and name answer a click or a tap, not only their painted strokes.
            <rect x=x - COLUMN_WIDTH / 2.0 + 3.0 y=y - NODE_RADIUS width=COLUMN_WIDTH - 6.0 height=hit_height fill="transparent"/>
            <circle cx=x cy=y r=NODE_RADIUS/>
            {emblem}
            <text class="name" text-anchor="middle">{names}</text>
        })
        .add_any_attr(custom_attribute("href", href.to_string()))
        .add_any_attr(custom_attribute("aria-label", name));
    view! {
        <g class=if centre { "person centre" } else { "person" }>
            {link}
            {(!node.tie_lines.is_empty()).then(|| view! { <g><text class="tie-label" text-anchor="middle">{ties}</text></g> })}
        </g>
    }
    .add_any_attr(revealed_in(node.introduced))
}

/// The map as a list: each character with the ties their own entry states, as on their page.
#[component]
fn MapList(graph: Graph) -> impl IntoView {
    let items = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            let ties: Vec<_> = graph
                .edges
                .iter()
                .flat_map(|e| e.ties.iter().map(move |t| (e, t)))
                .filter(|(_, t)| t.from == i)
                .map(|(e, t)| {
                    let other = &graph.nodes[if e.a == i { e.b } else { e.a }];
                    view! { <li><a href=paths::character(&other.slug)>{other.name.clone()}</a>": "{t.label.clone()}</li> }
                        .add_any_attr(revealed_in(t.revealed_in))
                })
                .collect();
            view! {
                <li>
                    <a href=paths::character(&node.slug)>{node.name.clone()}</a>
                    {(!ties.is_empty()).then(|| view! { <ul>{ties}</ul> })}
                </li>
            }
            .add_any_attr(revealed_in(node.introduced))
        })
        .collect_view();
    view! {
        <section aria-labelledby="map-list-heading">
            <h2 id="map-list-heading">"The map as a list"</h2>
            <ul class="map-list">{items}</ul>
        </section>
    }
}
