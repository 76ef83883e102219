use crate::model::{Episode, Progress};
use crate::names;
use crate::pages::catch_up_anchor;
use crate::paths;
use crate::sections;
use crate::state::{use_spoiler_settings, use_store, SpoilerChoice};
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// The reader's spoiler setting, always in the header: a button that says it ("Up to ep. 5"),
/// and opens a panel with how far they have watched, a plot-twist switch that is a shortcut to
/// "finished", strict mode, the way to catch up and what is new.
#[component]
pub fn SpoilerControl() -> impl IntoView {
    let settings = use_spoiler_settings();
    let current = move || settings.choice().unwrap_or(SpoilerChoice::watched(Progress::NOT_STARTED));
    // `selected` and `checked` as well as the properties: a prerendered copy has only attributes.
    // `autocomplete="off"` on each control: going back to a page, the browser would otherwise
    // restore what the controls showed when it was left, whatever the setting is now.
    let options = Progress::all()
        .map(|level| {
            view! {
                <option value=level.watched().to_string() selected=move || current().progress == level>
                    {level.label()}
                </option>
            }
        })
        .collect_view();
    let panel = view! {
        <details class="spoiler-control" id=names::SETTING_ID>
            <summary>
                <span class="visually-hidden">"Spoiler setting: "</span>
                {move || setting_label(settings.choice(), settings.strict())}
            </summary>
            <div class="setting-panel">
                <label for=names::WATCHED_SELECT_ID>"I have watched"</label>
                <select
                    id=names::WATCHED_SELECT_ID
                    autocomplete="off"
                    prop:value=move || current().progress.watched().to_string()
                    on:change=move |event| {
                        if let Ok(episode) = event_target_value(&event).parse::<u8>() {
                            settings.choose(SpoilerChoice::watched(Progress::up_to(episode)));
                        }
                    }
                >
                    {options}
                </select>
                {toggle(
                    names::TWIST_TOGGLE_ID,
                    "Show plot twists",
                    "Everything, as if you had seen all ten",
                    move || current().shows_twists(),
                    move |on| settings.choose(current().with_twists(on)),
                )}
                {toggle(
                    names::STRICT_TOGGLE_ID,
                    "Strict mode",
                    "Also hides unseen episodes' titles and how much is left",
                    move || settings.strict(),
                    move |on| settings.set_strict(on),
                )}
                <NewCount/>
                <a href=paths::section(&sections::CATCH_UP) class="catch-up-link button">"Catch me up"</a>
            </div>
        </details>
    };
    panel.add_any_attr(custom_attribute(names::DROPDOWN_ATTR, ""))
}

/// A switch of the setting's panel: a checkbox with its name and, under it, what it does. Its row
/// is the label, so the whole of it takes a thumb.
fn toggle(
    id: &'static str,
    name: &'static str,
    hint: &'static str,
    on: impl Fn() -> bool + Copy + Send + Sync + 'static,
    set: impl Fn(bool) + 'static,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <label class="toggle">
            <input
                id=id
                type="checkbox"
                autocomplete="off"
                aria-describedby=hint_id.clone()
                checked=on
                prop:checked=on
                on:change=move |event| set(event_target_checked(&event))
            />
            <span>{name} <span id=hint_id class="toggle-hint">{hint}</span></span>
        </label>
    }
}

/// What the setting's button says: short enough for a phone's header row.
pub fn setting_label(choice: Option<SpoilerChoice>, strict: bool) -> String {
    let level = match choice {
        None => "No spoilers".to_owned(),
        Some(choice) if choice.shows_twists() => "Finished".to_owned(),
        Some(choice) => match choice.progress.watched() {
            0 => "Not started".to_owned(),
            n => format!("Up to ep. {n}"),
        },
    };
    if strict {
        format!("{level} · strict")
    } else {
        level
    }
}

/// How much the setting brought on this visit ("14 new since episode 3"), leading to where the
/// catch-up page reaches it. Hidden until the setting has moved forward on this visit; on a
/// prerendered copy the boot script fills it in from the counts it carries.
#[component]
fn NewCount() -> impl IntoView {
    let settings = use_spoiler_settings();
    let store = use_store();
    // How many statements each episode reveals, counted once when the data arrives rather
    // than at each setting change (counting builds every statement).
    let per_episode = Memo::new(move |_| {
        let wiki = store.get().and_then(Result::ok)?;
        Some(wiki.story_so_far(Progress::FINISHED).iter().map(|e| e.events.len()).collect::<Vec<_>>())
    });
    // Read by the text, the link's visibility and the attribute the boot script reads: the
    // watched episodes' counts, nothing past them.
    let counts = Memo::new(move |_| {
        let watched = settings.choice().map_or(0, |c| c.progress.watched());
        per_episode.with(|all| all.as_ref().map(|all| all[..usize::from(watched).min(all.len())].to_vec()))
    });
    let since = move || settings.new_since();
    let text = Memo::new(move |_| {
        let (since, counts) = (since()?, counts.get()?);
        let count: usize = counts.iter().skip(usize::from(since.watched())).sum();
        Some(new_count_text(count, since))
    });
    let href = move || {
        paths::section(&sections::CATCH_UP)
            .with_fragment(&catch_up_anchor(since().map_or(1, |s| s.watched() + 1)))
            .to_string()
    };
    let listed = move || {
        counts.get().unwrap_or_default().iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
    };
    view! { <a id=names::NEW_COUNT_ID class="new-count" href=href hidden=move || text.read().is_none()>{move || text.get()}</a> }
        .add_any_attr(custom_attribute(names::NEW_COUNTS_ATTR, listed))
}

fn new_count_text(count: usize, since: Progress) -> String {
    names::NEW_COUNT_TEXT.replace("{count}", &count.to_string()).replace("{since}", &since_label(since))
}

/// "Episode 3", or "you started" for a visit that began before episode 1.
pub fn since_label(since: Progress) -> String {
    match since.watched() {
        0 => names::NEW_SINCE_START.to_owned(),
        n => Episode::label(n),
    }
}
