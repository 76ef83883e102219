use crate::format::{grouped, millions};
use crate::model::Figure;
use leptos::prelude::*;

/// The drawing's width in its own units: about a phone's column, so that its text, drawn at
/// [`TEXT_SIZE`], is no smaller than that on a 360 px screen (the stylesheet keeps it from
/// growing past twice this on a wide one).
const WIDTH: u32 = 320;
const TEXT_SIZE: u32 = 13;
/// One figure: its line of text, then its bar.
const ROW: u32 = 44;
const BAR: u32 = 14;

/// Figures (hours viewed by period, with the Top 10 rank where there is one) as a bar chart,
/// and the same figures as a table. The table is what assistive technology reads, so the
/// drawing is hidden from it rather than described twice.
#[component]
pub fn FigureChart(figures: Vec<Figure>, #[prop(into)] caption: String) -> impl IntoView {
    let most = figures.iter().map(|figure| figure.hours).max().unwrap_or(1).max(1);
    let height = figures.len() as u32 * ROW;
    let bars = figures
        .iter()
        .enumerate()
        .map(|(i, figure)| {
            let top = i as u32 * ROW;
            let label = match figure.rank {
                Some(rank) => format!("{} · Top 10: #{rank}", figure.period),
                None => figure.period.clone(),
            };
            // In tenths of a unit, in whole numbers: formatting a float would bring its own code
            // into the app. At least a sliver, so that a small figure still shows as a bar.
            let tenths = (figure.hours.saturating_mul(u64::from(WIDTH) * 10) / most).max(20);
            let length = format!("{}.{}", tenths / 10, tenths % 10);
            view! {
                <text x="0" y=top + TEXT_SIZE + 2>{label}</text>
                <text x=WIDTH y=top + TEXT_SIZE + 2 text-anchor="end">{format!("{} M", millions(figure.hours))}</text>
                <rect class="bar" x="0" y=top + TEXT_SIZE + 8 width=length height=BAR rx="3"></rect>
            }
            .into_any()
        })
        .collect_view();
    let rows = figures
        .into_iter()
        .map(|figure| {
            let rank = match figure.rank {
                Some(rank) => view! { {format!("#{rank}")} }.into_any(),
                None => view! {
                    <span aria-hidden="true">"–"</span>
                    <span class="visually-hidden">"not a weekly figure"</span>
                }
                .into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{figure.period}</th>
                    <td>{rank}</td>
                    <td>{grouped(figure.hours)}</td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <figure class="figure-chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                font-size=TEXT_SIZE
                aria-hidden="true"
                focusable="false"
            >
                {bars}
            </svg>
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Period"</th>
                        <th scope="col">"Top 10"</th>
                        <th scope="col">"Hours viewed"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
