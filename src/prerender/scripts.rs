//! The scripts the build writes out from `public/`: the boot script every page carries inline
//! and the service worker, each with the names the app defines ([`names`]) and the reader's
//! rules (public/reader.js) written in.

use crate::components::{chosen_text, marked_text, since_label};
use crate::model::{DataFile, Progress, EPISODE_COUNT};
use crate::names;
use std::collections::BTreeSet;

const BOOT_SOURCE: &str = include_str!("../../public/boot.js");
/// The boot script's parts, by job, in the order they are joined (each only declares).
const BOOT_PARTS: [&str; 6] = [
    include_str!("../../public/boot/settings.js"),
    include_str!("../../public/boot/copy.js"),
    include_str!("../../public/boot/notes.js"),
    include_str!("../../public/boot/app.js"),
    include_str!("../../public/boot/new.js"),
    include_str!("../../public/boot/actions.js"),
];
/// Where the parts go in the boot script.
const PARTS_MARK: &str = "__PARTS__";
const SW_SOURCE: &str = include_str!("../../public/sw.js");
const SEARCH_SOURCE: &str = include_str!("../../public/search.js");
/// The rules of the reader's state, a module of its own (for its tests) that both scripts get.
const READER_SOURCE: &str = include_str!("../../public/reader.js");
/// What the reader does before the app, a module the boot script loads when it is needed.
const ACTIONS_SOURCE: &str = include_str!("../../public/actions.js");
/// The link previews, a module the boot script loads and hands its names to.
const PREVIEW_SOURCE: &str = include_str!("../../public/preview.js");
/// Where the names go in the boot script, the service worker and the actions.
const NAMES_MARK: &str = "__NAMES__";
/// Where the reader's rules go in them.
const READER_MARK: &str = "__READER__";

/// The boot script, with the app's two files (the glue script and the wasm) and the pages'
/// stylesheets, which the app brings when it starts.
pub fn boot(glue: &str, wasm: &str, page_styles: &[&str]) -> String {
    let joined = with_reader_rules(&boot_source());
    // It hands its names on to the link previews.
    let names = names_json(Some((glue, wasm, page_styles)), &[&joined, PREVIEW_SOURCE]);
    without_comment_lines(&joined.replace(NAMES_MARK, &names))
}

/// The boot script with its parts in place.
fn boot_source() -> String {
    BOOT_SOURCE.replacen(PARTS_MARK, &BOOT_PARTS.join("\n"), 1)
}

/// The search before the app (public/search.js), with the names it uses.
pub fn search() -> String {
    module(SEARCH_SOURCE)
}

/// The service worker, with every name: it comes once, after the page, so the tests read the
/// names as the build wrote them from it.
pub fn service_worker() -> String {
    with_reader_rules(SW_SOURCE).replace(NAMES_MARK, &names_json(None, &[]))
}

/// The module of what the reader does before the app, with the names it uses.
pub fn actions() -> String {
    module(ACTIONS_SOURCE)
}

/// A module the boot script loads when it is needed, with the names it uses written in: none of
/// them then weighs on every page's boot script.
fn module(source: &str) -> String {
    source.replace(NAMES_MARK, &names_json(None, &[source]))
}

/// A script with the reader's rules in place of its mark, as a plain function (the module's
/// one export).
fn with_reader_rules(script: &str) -> String {
    script.replacen(READER_MARK, &READER_SOURCE.replacen("export function", "function", 1), 1)
}

/// The names `scripts` use of those they share with the app (every name for none), as a JS
/// object literal (JSON): a first visit downloads the boot script's, so none goes where it is
/// not used. The boot script also gets the app's files.
fn names_json(app: Option<(&str, &str, &[&str])>, scripts: &[&str]) -> String {
    let data: Vec<String> = DataFile::ALL.iter().map(|file| format!("data/{}", file.file_name())).collect();
    // What the count of new statements says since each level, and the note after marking each
    // episode watched (index 0 unused): the app's own words.
    let since: Vec<String> = Progress::all().map(since_label).collect();
    let marked: Vec<String> = Progress::all().map(|p| marked_text(p.watched())).collect();
    let chosen: Vec<String> = Progress::all().map(chosen_text).collect();
    let mut names = serde_json::json!({
        "spoilerKey": names::SPOILER_KEY,
        "themeKey": names::THEME_KEY,
        "storedChoice": names::STORED_CHOICE,
        "episodes": EPISODE_COUNT,
        "copyId": names::COPY_ID,
        "pageAttr": names::PAGE_ATTR,
        "anyAddress": names::ANY_ADDRESS,
        "levelAttr": names::LEVEL_ATTR,
        "chosenAttr": names::CHOSEN_ATTR,
        "appAttr": names::APP_ATTR,
        "waitingAttr": names::WAITING_ATTR,
        "themeAttr": names::THEME_ATTR,
        "spoilerAttr": names::SPOILER_ATTR,
        "watchedAttr": names::WATCHED_ATTR,
        "chosen": chosen,
        "dropdownAttr": names::DROPDOWN_ATTR,
        "settingId": names::SETTING_ID,
        "searchInputId": names::SEARCH_INPUT_ID,
        "watchedSelectId": names::WATCHED_SELECT_ID,
        "twistToggleId": names::TWIST_TOGGLE_ID,
        "themeSelectId": names::THEME_SELECT_ID,
        "statusClass": names::STATUS_CLASS,
        "mainId": names::MAIN_ID,
        // Where Enter in the search box leads when no result is chosen.
        "searchPage": crate::paths::search("").as_str(),
        "early": names::EARLY_GLOBAL,
        "earlyRevealed": names::EARLY_REVEALED,
        "earlySearch": names::EARLY_SEARCH,
        "takeoverEvent": names::TAKEOVER_EVENT,
        "settingEvent": names::SETTING_EVENT,
        "failedEvent": names::FAILED_EVENT,
        "panicEvent": names::PANIC_EVENT,
        "levelsDir": names::LEVELS_DIR,
        "strictKey": names::STRICT_KEY,
        "strictOn": names::STRICT_ON,
        "strictToggleId": names::STRICT_TOGGLE_ID,
        "strictSuffix": names::STRICT_SUFFIX,
        "readerCache": names::READER_CACHE,
        "levelEntry": names::LEVEL_ENTRY,
        "filesCachePrefix": names::FILES_CACHE_PREFIX,
        "shellFile": names::SHELL_FILE,
        "previewFile": names::PREVIEW_FILE,
        "data": data,
    });
    // What the reader does before the app, in a module of its own (public/actions.js).
    let actions = serde_json::json!({
        "actionsFile": names::ACTIONS_FILE,
        "statementAttr": names::STATEMENT_ATTR,
    });
    // Watching along: what is new on this visit, and marking an episode watched.
    let watch_along = serde_json::json!({
        "newSinceKey": names::NEW_SINCE_KEY,
        "newClass": names::NEW_CLASS,
        "revealedClass": names::REVEALED_CLASS,
        "newCountId": names::NEW_COUNT_ID,
        "newCountsAttr": names::NEW_COUNTS_ATTR,
        "newCountText": names::NEW_COUNT_TEXT,
        "newSince": since,
        "catchUpAnchor": names::CATCH_UP_ANCHOR,
        "markWatchedAttr": names::MARK_WATCHED_ATTR,
        "marked": marked,
    });
    // What the scripts need against faults and attacks: framing, a copy above the reader's level,
    // keeping a first visit, and the head tags a swap replaces.
    let trust = serde_json::json!({
        "framedAttr": names::FRAMED_ATTR,
        "refusedKey": names::REFUSED_KEY,
        "keepMessage": names::KEEP_MESSAGE,
        "prerenderedAttr": names::PRERENDERED_ATTR,
    });
    // Search before the app: its module, its engine's two files and each setting's index.
    let search = serde_json::json!({
        "searchFile": names::SEARCH_FILE,
        "searchIndexFile": names::SEARCH_INDEX_FILE,
        "searchGlue": names::SEARCH_ENGINE_FILES[0],
        "searchWasm": names::SEARCH_ENGINE_FILES[1],
    });
    for more in [actions, watch_along, trust, search] {
        if let (Some(names), serde_json::Value::Object(more)) = (names.as_object_mut(), more) {
            names.extend(more);
        }
    }
    if let Some((glue, wasm, page_styles)) = app {
        names["glue"] = glue.into();
        names["wasm"] = wasm.into();
        names["pageStyles"] = serde_json::json!(page_styles);
    }
    let used: BTreeSet<String> = scripts.iter().flat_map(|script| names_used(script)).collect();
    if let Some(names) = names.as_object_mut().filter(|_| !scripts.is_empty()) {
        names.retain(|name, _| used.contains(name));
    }
    names.to_string()
}

/// The names a script reads (`N.name`, not `x.N.name` or `MN.name`).
fn names_used(script: &str) -> BTreeSet<String> {
    script
        .match_indices("N.")
        .filter(|(at, _)| {
            !script[..*at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
        })
        .map(|(at, _)| script[at + 2..].chars().take_while(char::is_ascii_alphanumeric).collect())
        .collect()
}

/// Source comments are for whoever reads the file, not for every page.
fn without_comment_lines(source: &str) -> String {
    source.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scripts_use_only_names_the_app_defines() {
        let mut used = 0;
        for script in
            [boot_source().as_str(), SW_SOURCE, READER_SOURCE, PREVIEW_SOURCE, ACTIONS_SOURCE, SEARCH_SOURCE]
        {
            let names: serde_json::Value =
                serde_json::from_str(&names_json(Some(("g", "w", &["s"])), &[script])).unwrap_or_default();
            for name in names_used(script) {
                assert!(
                    names.get(&name).is_some(),
                    "a script uses N.{name}, which src/names.rs does not give"
                );
                used += 1;
            }
        }
        assert!(used > 40, "only {used} names used found: the scan reads nothing");
    }

    #[test]
    fn the_search_script_gets_its_files_names() {
        let script = search();
        assert!(!script.contains(NAMES_MARK) && !actions().contains(NAMES_MARK));
        for name in names::SEARCH_ENGINE_FILES {
            assert!(script.contains(&format!("\"{name}\"")), "{name}");
        }
    }

    #[test]
    fn the_reader_rules_are_written_into_both_scripts() {
        for script in [boot("g.js", "w.wasm", &["pages-map.css"]), service_worker()] {
            assert!(![READER_MARK, NAMES_MARK, PARTS_MARK].iter().any(|mark| script.contains(mark)));
            assert!(script.contains("function readerRules(N)") && !script.contains("export function"));
        }
    }
}
