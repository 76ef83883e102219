//! The names the pieces of the site agree on: the app (Rust), the boot script every page runs
//! before anything else (public/boot.js), the service worker (public/sw.js) and the CSS hooks
//! of a prerendered page. They are defined here only; the prerenderer writes them into the
//! scripts and the pages at build time (`prerender::head`), so a rename is one edit.

/// The site's name: every page's title ends with it, and link previews, structured data and
/// the browser's search engine entry (opensearch.xml) name the site by it.
pub const SITE_NAME: &str = "The Imperfects Wiki";
/// The description of the site's search (opensearch.xml) that every page's head links.
pub const OPENSEARCH_FILE: &str = "opensearch.xml";
/// The Atom feed of recent changes, which the home page and the changes page link.
pub const FEED_FILE: &str = "changes.xml";
/// The data's history (under `data/`), which the build writes and the app reads with the data.
pub const HISTORY_FILE: &str = "history.json";

/// Where the reader's spoiler setting is stored (localStorage).
pub const SPOILER_KEY: &str = "imperfects-wiki.spoilers";
/// Where the reader's theme is stored (localStorage): "light", "dark", or anything else for
/// the system's.
pub const THEME_KEY: &str = "imperfects-wiki.theme";

/// Where strict mode is stored (localStorage): exactly [`STRICT_ON`] is on; anything else,
/// garbage included, is off.
pub const STRICT_KEY: &str = "imperfects-wiki.strict";
/// The stored value of [`STRICT_KEY`] for "on".
pub const STRICT_ON: &str = "on";
/// The header's strict-mode checkbox.
pub const STRICT_TOGGLE_ID: &str = "strict-toggle";
/// Added to a level for its strict copies ("5s"): see `Setting::key`.
pub const STRICT_SUFFIX: &str = "s";

/// Where the level the setting stood at before it moved forward on this visit is kept
/// (sessionStorage): what lies past it is marked new (`state::new_since` has the rule).
pub const NEW_SINCE_KEY: &str = "imperfects-wiki.new-since";
/// On `<html>`: with an episode's number, a class for each episode between [`NEW_SINCE_KEY`]
/// and the setting ("new-4 new-5"), kept by the boot script, so that the stylesheet marks what
/// they reveal as new, by each statement's [`REVEALED_CLASS`]. Classes on both sides, one per
/// episode: then a change restyles only the statements of the episodes it adds or drops,
/// where an attribute on `<html>` makes the browser restyle every element carrying the other
/// attribute, whatever its value.
pub const NEW_CLASS: &str = "new-";
/// The header's link to what is new: its text, with `{count}` and `{since}` in place (an
/// episode's label, or [`NEW_SINCE_START`] for "not started"). On a prerendered copy the boot
/// script writes it, from the link's [`NEW_COUNTS_ATTR`].
pub const NEW_COUNT_TEXT: &str = "{count} new since {since}";
/// [`NEW_COUNT_TEXT`]'s `{since}` for a visit that started before episode 1.
pub const NEW_SINCE_START: &str = "you started";
/// The header's link to what is new.
pub const NEW_COUNT_ID: &str = "new-count";
/// On [`NEW_COUNT_ID`]: how many statements each watched episode reveals ("8 0 3"), for the
/// boot script to count what is new on a prerendered copy; nothing past the copy's level.
pub const NEW_COUNTS_ATTR: &str = "data-counts";
/// On an episode's "I've watched" button: the episode it marks as watched.
pub const MARK_WATCHED_ATTR: &str = "data-mark-watched";
/// What the note after that button says, with `{episode}` in place.
pub const MARKED_TEXT: &str = "Marked: you have watched up to {episode}.";
/// The id of an episode's part of the catch-up page is this and its number ("episode-4").
pub const CATCH_UP_ANCHOR: &str = "episode-";
/// With an episode's number, the class of a statement about the story that the episode reveals
/// ("revealed-4"), for the marks of what is new (see [`NEW_CLASS`]).
pub const REVEALED_CLASS: &str = "revealed-";

/// The stored spoiler setting is exactly `{"version":1,"watched":W,"before_twists":B}` with W
/// and B from 0 to the episode count, written without spaces. The app and the boot script read
/// it with the same rule (anything else is "not chosen"), taking it apart at these pieces.
pub const STORED_CHOICE: [&str; 3] = [r#"{"version":1,"watched":"#, r#","before_twists":"#, "}"];

/// The element that holds a prerendered page's copy of the site until the app takes over.
pub const COPY_ID: &str = "prerendered";
/// On the head tags of a prerendered page (title, description, link previews; and on index.html's
/// generic description), which the app removes once it writes its own.
pub const PRERENDERED_ATTR: &str = "data-prerendered";
/// On `<html>`: the address a prerendered page was rendered for, without the deployment path
/// ("/characters/tilda-weber"); a "not found" page has none, since it is right for any address.
pub const PAGE_ATTR: &str = "data-page";
/// On `<html>` of every page, when the site was built with one: the repository's address, which
/// the edit and correction links lead to (see `contribute`).
pub const REPOSITORY_ATTR: &str = "data-repository";
/// On `<html>`: the spoiler setting of what is on screen, as `Setting::key` names it ("5s").
pub const LEVEL_ATTR: &str = "data-level";
/// On `<html>`: the reader has chosen a spoiler setting, so the first-visit question is hidden.
pub const CHOSEN_ATTR: &str = "data-chosen";
/// On `<html>`: "loading" while the app is on its way for a reader who used a control.
pub const APP_ATTR: &str = "data-app";
/// On `<html>`: the copy on screen is not the reader's (another spoiler level is being fetched,
/// or it belongs to another address), so it is hidden meanwhile.
pub const WAITING_ATTR: &str = "data-waiting";
/// On `<html>`: the page is inside another site's frame, so it shows only a way to open it on
/// its own (see the boot script).
pub const FRAMED_ATTR: &str = "data-framed";
/// On `<html>`: the reader's chosen theme ("light" or "dark"); absent for the system's.
pub const THEME_ATTR: &str = "data-theme";

/// On a spoiler placeholder, a gate's "Show anyway" and what they reveal: the spoiler's id,
/// the same in the prerendered copy and the app, at every spoiler level.
pub const SPOILER_ATTR: &str = "data-spoiler";
/// Around a statement shown at the reader's level: its spoiler's id and its episode ("s1a2b3c4d
/// 5"), by which a reveal before the app finds it in the page's finished copy, with what it holds
/// (public/actions.js).
pub const STATEMENT_ATTR: &str = "data-statement";
/// On the first-visit buttons: the level the button chooses.
pub const WATCHED_ATTR: &str = "data-watched";
/// The header's search box.
pub const SEARCH_INPUT_ID: &str = "search-input";
/// The header's select of how far the reader has watched, in the setting's panel.
pub const WATCHED_SELECT_ID: &str = "watched-select";
/// The header's plot-twist checkbox.
pub const TWIST_TOGGLE_ID: &str = "twist-toggle";
/// The header's menu of the sections, a disclosure (see [`DROPDOWN_ATTR`]).
pub const MENU_ID: &str = "site-menu";
/// The header's spoiler setting, a disclosure (see [`DROPDOWN_ATTR`]).
pub const SETTING_ID: &str = "setting";
/// On the header's disclosures, which open over the page as panels: the boot script closes an
/// open one at a press outside it, at Escape and at a link followed inside it, and keeps it
/// open when the copy is swapped for another level's (in the copy and the app alike).
pub const DROPDOWN_ATTR: &str = "data-dropdown";
/// What the first-visit question says once answered, with `{setting}` in place.
pub const CHOSEN_TEXT: &str = "Set to {setting}. Change it at the top.";
/// The footer's theme select.
pub const THEME_SELECT_ID: &str = "theme-select";

/// The page's `<main>`, which the skip link leads to.
pub const MAIN_ID: &str = "main";

/// The note at the foot of the screen while the app loads, or when it cannot.
pub const STATUS_CLASS: &str = "app-status";

/// A global object the boot script keeps: the app's files, and what the reader did before the
/// app arrived (the spoilers revealed), which the app reads when it takes over.
pub const EARLY_GLOBAL: &str = "__wiki";
/// The property of [`EARLY_GLOBAL`] listing the ids of the spoilers revealed before the app.
pub const EARLY_REVEALED: &str = "revealed";
/// The function of [`EARLY_GLOBAL`] the app searches with: (setting's key, query, whether every
/// result) to a promise of the engine's answer (public/search.js).
pub const EARLY_SEARCH: &str = "search";

/// Sent on `window` by the app while both copies are still there, just before the
/// prerendered one goes.
pub const TAKEOVER_EVENT: &str = "wiki-takeover";
/// Sent on `window` by whoever changed a setting in this tab (app or boot script), so the
/// other one and the service worker's copy of the level follow.
pub const SETTING_EVENT: &str = "wiki-setting";
/// Sent on `window` by the app when its data could not be loaded while a readable copy is on
/// screen; the event's `detail` says why, in words for the reader.
pub const FAILED_EVENT: &str = "wiki-failed";
/// Sent on `window` by the app's panic hook, just before the app stops.
pub const PANIC_EVENT: &str = "wiki-panic";

/// The directory of the prerendered copies at each spoiler setting: `levels/5/characters/x/` is
/// `/characters/x` for a reader up to episode 5, `levels/5s/…` the same in strict mode (see
/// `Setting::key`). Never linked, never indexed.
pub const LEVELS_DIR: &str = "levels";
/// The cache (Cache Storage) where the boot script keeps the reader's level for the service
/// worker, which cannot read localStorage, under [`LEVEL_ENTRY`].
pub const READER_CACHE: &str = "imperfects-wiki-reader";
/// The entry in [`READER_CACHE`] that holds the reader's level.
pub const LEVEL_ENTRY: &str = "level";
/// Where the boot script notes, for this tab (sessionStorage), the address it asked for again
/// after the service worker answered above the reader's level, so that it asks only once.
pub const REFUSED_KEY: &str = "imperfects-wiki.refused";
/// The message (its one property, a list of addresses) a page read before the service worker
/// controlled it sends the worker, to keep that page for offline reading.
pub const KEEP_MESSAGE: &str = "keep";
/// The prefix of the service worker's cache of pages and files, one per deploy.
pub const FILES_CACHE_PREFIX: &str = "imperfects-wiki-files-";
/// The link previews, a module the boot script loads at the first hover, focus or touch of a
/// link in a page's content (public/preview.js).
pub const PREVIEW_FILE: &str = "preview.js";
/// What the reader does before the app (settings, reveals, search keys, the header's panels), a
/// module the boot script loads at the first press, key or focus on a control
/// (public/actions.js): a reader who only reads never downloads it.
pub const ACTIONS_FILE: &str = "actions.js";
/// The app without a prerendered page, which the service worker answers with offline.
pub const SHELL_FILE: &str = "shell.html";
/// The [`PAGE_ATTR`] of a "not found" page, which is right at any address.
pub const ANY_ADDRESS: &str = "*";
/// The search of a page before the app, a module the boot script loads at the first focus on
/// the header's search box (public/search.js).
pub const SEARCH_FILE: &str = "search.js";
/// The search index for each setting, where `{key}` is the setting's key (`Setting::key`):
/// written by the prerenderer, read by public/search.js.
pub const SEARCH_INDEX_FILE: &str = "search-index/{key}.txt";
/// The search engine's two files, which trunk names after its binary (src/bin/search_engine.rs,
/// `data-bin` in index.html): the glue, a classic script, and the wasm.
pub const SEARCH_ENGINE_FILES: [&str; 2] = ["search_engine.js", "search_engine_bg.wasm"];
