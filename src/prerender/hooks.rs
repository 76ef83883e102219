//! The CSS hooks every prerendered page carries inline: the rules that tie a prerendered copy,
//! the hidden app and the boot script's state together, written from [`names`].

use crate::model::EPISODE_COUNT;
use crate::names;

/// The rules that tie a prerendered copy, the hidden app and the boot script's state together.
pub fn css() -> String {
    let copy = format!("#{}", names::COPY_ID);
    [
        // The copy stands in for the app, which mounts after it, hidden, until it takes over.
        format!("{copy}{{display:contents}}{copy}~*{{display:none!important}}"),
        // A reader who has chosen is not asked again.
        format!(":root[{}] {copy} .first-visit{{display:none}}", names::CHOSEN_ATTR),
        format!(":root[{}=loading] {copy} :is(button,input,select){{cursor:progress}}", names::APP_ATTR),
        // A copy that is not the reader's (another level on its way, another address) is not
        // shown meanwhile.
        format!(":root[{}] {copy}{{visibility:hidden}}", names::WAITING_ATTR),
        format!(":root[{0}=light]{{color-scheme:light}}:root[{0}=dark]{{color-scheme:dark}}", names::THEME_ATTR),
        // Inside another site's frame, only the note that says so.
        format!(":root[{}] body>:not(.{}){{display:none!important}}", names::FRAMED_ATTR, names::STATUS_CLASS),
        // What the setting passed on this visit is marked new, in the copy and the app alike.
        new_marks_css(),
        format!(
            ".{}{{position:fixed;inset:auto 1rem 1rem;z-index:40;max-width:36rem;margin:0 auto;padding:.75rem 1rem;\
             background:var(--surface);color:var(--text);border-left:4px solid var(--accent);\
             border-radius:var(--radius);box-shadow:var(--shadow)}}",
            names::STATUS_CLASS
        ),
    ]
    .concat()
}

/// `:root.new-4 .revealed-4` for each episode: a statement revealed
/// in an episode the setting passed on this visit is marked new. A drawing marks its new parts
/// in `--new` (the map's dots and lines), which text ignores.
fn new_marks_css() -> String {
    let marked = |after: &str| -> Vec<String> {
        (1..=EPISODE_COUNT)
            .map(|n| format!(":root.{}{n} .{}{n}{after}", names::NEW_CLASS, names::REVEALED_CLASS))
            .collect()
    };
    format!(
        "{}{{box-shadow:inset 3px 0 0 var(--accent);padding-left:.5rem;--new:var(--accent)}}\
         {}{{content:\"New \";font-size:.8em;font-weight:700;color:var(--accent)}}",
        marked("").join(","),
        marked("::before").join(",")
    )
}
