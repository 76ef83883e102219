//! The HTML document of every prerendered file, from the page trunk built (index.html): the
//! boot script and the CSS hooks written in from [`names`], trunk's loader taken out (the boot
//! script starts the app when a page needs it), the page's own head and content filled in, and a
//! Content-Security-Policy that allows exactly these inline pieces by their hashes.

use super::RenderedPage;
use crate::model::DataFile;
use crate::model::{Progress, EPISODE_COUNT};
use crate::names;
use base64::Engine;
use sha2::{Digest, Sha256};

/// Where index.html wants the boot script and the CSS hooks: before the stylesheet, since a
/// script after one waits for it, and this one decides what the first paint shows.
const BOOT_MARK: &str = "<!--boot-->";
const BOOT_SOURCE: &str = include_str!("../../public/boot.js");
const SW_SOURCE: &str = include_str!("../../public/sw.js");
/// Where the names go in the boot script and the service worker.
const NAMES_MARK: &str = "__NAMES__";

/// What one file shows.
pub struct Page<'a> {
    /// The address it was rendered for, without the deployment path; `None` for "not found",
    /// which is right at any address.
    pub path: Option<&'a str>,
    /// The spoiler setting it was rendered at, as `Setting::key` names it.
    pub level: String,
    /// A copy at a level above the default: never linked, never indexed.
    pub noindex: bool,
    /// The page's head and content.
    pub rendered: &'a RenderedPage,
}

/// Trunk's page, ready to be filled in for each file.
pub struct Template {
    /// Everything before and after the boot script, with trunk's loader taken out.
    html: String,
    boot: String,
    hooks: String,
}

impl Template {
    /// Reads trunk's page: its loader names the app's two files.
    pub fn from_trunk(html: &str) -> Result<Template, String> {
        let (loader, glue, wasm) = trunk_loader(html)?;
        let mut page = html.replacen(loader, "", 1);
        // Trunk's preloads would fetch the app on every page, for readers who never need it.
        for file in [&glue, &wasm] {
            while let Some(tag) = tag_containing(&page, "<link rel=\"", file) {
                page = page.replacen(&tag, "", 1);
            }
        }
        if !page.contains(BOOT_MARK) {
            return Err(format!("index.html has no {BOOT_MARK} where the boot script goes"));
        }
        let boot = BOOT_SOURCE.replace(NAMES_MARK, &names_json(Some((&glue, &wasm))));
        let boot = without_comment_lines(&boot);
        Ok(Template { html: page, boot, hooks: hooks_css() })
    }

    /// The whole file for `page`, or with `None` the app alone (the offline shell).
    pub fn document(&self, page: Option<&Page>) -> Result<String, String> {
        let csp =
            format!(r#"<meta http-equiv="Content-Security-Policy" content="{}">"#, self.policy().join("; "));
        let inline = format!("<script>{}</script>\n  <style>{}</style>", self.boot, self.hooks);
        let mut html = self.html.replacen(BOOT_MARK, &inline, 1);
        html = insert_after(&html, "<meta charset=\"utf-8\">", &format!("\n  {csp}"))?;
        if let Some(repository) = crate::contribute::repository() {
            let attribute =
                format!(r#" {}="{}""#, names::REPOSITORY_ATTR, crate::format::markup_text(repository));
            html = insert_after(&html, r#"<html lang="en""#, &attribute)?;
        }
        let Some(page) = page else { return Ok(html) };
        let mut root = format!(r#"<html lang="en" {}="{}""#, names::LEVEL_ATTR, page.level);
        root.push_str(&format!(r#" {}="{}""#, names::PAGE_ATTR, page.path.unwrap_or(names::ANY_ADDRESS)));
        html = html.replacen(r#"<html lang="en""#, &root, 1);
        let (from, to) = span(&html, r#"<meta data-prerendered name="description""#, ">")?;
        html.replace_range(from..to, "");
        let (from, to) = span(&html, "<title>", "</title>")?;
        let robots = if page.noindex { "<meta name=\"robots\" content=\"noindex\">\n  " } else { "" };
        html.replace_range(from..to, &format!("{robots}{}", page.rendered.head));
        let (from, _) = span(&html, "</body>", ">")?;
        html.insert_str(from, &format!("<div id=\"{}\">{}</div>\n", names::COPY_ID, page.rendered.body));
        Ok(html)
    }

    /// The policy for every file, also sent as a header where the host allows (`_headers`).
    pub fn policy(&self) -> Vec<String> {
        [
            "default-src 'self'".to_owned(),
            format!("script-src 'self' 'wasm-unsafe-eval' '{}'", sha256(&self.boot)),
            format!("style-src 'self' '{}'", sha256(&self.hooks)),
            "img-src 'self' data:".to_owned(),
            "connect-src 'self'".to_owned(),
            "manifest-src 'self'".to_owned(),
            "worker-src 'self'".to_owned(),
            "object-src 'none'".to_owned(),
            "base-uri 'self'".to_owned(),
            "form-action 'self'".to_owned(),
        ]
        .into()
    }
}

/// The service worker, with the names it shares with the boot script.
pub fn service_worker() -> String {
    SW_SOURCE.replace(NAMES_MARK, &names_json(None))
}

/// The names the scripts share with the app, as a JS object literal (JSON); the boot script
/// also gets the app's two files.
fn names_json(app: Option<(&str, &str)>) -> String {
    let data: Vec<String> = DataFile::ALL.iter().map(|file| format!("data/{}", file.file_name())).collect();
    // What the count of new statements says since each level, and the note after marking each
    // episode watched (index 0 unused): the app's own words.
    let since: Vec<String> = Progress::all().map(crate::components::since_label).collect();
    let marked: Vec<String> = Progress::all().map(|p| crate::components::marked_text(p.watched())).collect();
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
        "framedAttr": names::FRAMED_ATTR,
        "refusedKey": names::REFUSED_KEY,
        "keepMessage": names::KEEP_MESSAGE,
        "spoilerAttr": names::SPOILER_ATTR,
        "watchedAttr": names::WATCHED_ATTR,
        "searchInputId": names::SEARCH_INPUT_ID,
        "watchedSelectId": names::WATCHED_SELECT_ID,
        "twistToggleId": names::TWIST_TOGGLE_ID,
        "themeSelectId": names::THEME_SELECT_ID,
        "statusClass": names::STATUS_CLASS,
        "mainId": names::MAIN_ID,
        // Where Enter in the search box leads before the app can list results.
        "searchPage": crate::paths::search("").as_str(),
        "early": names::EARLY_GLOBAL,
        "earlyRevealed": names::EARLY_REVEALED,
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
    // Watching along: what is new on this visit, and marking an episode watched.
    let watch_along = serde_json::json!({
        "newSinceKey": names::NEW_SINCE_KEY,
        "newClass": names::NEW_CLASS,
        "newCountId": names::NEW_COUNT_ID,
        "newCountsAttr": names::NEW_COUNTS_ATTR,
        "newCountText": names::NEW_COUNT_TEXT,
        "newSince": since,
        "catchUpAnchor": names::CATCH_UP_ANCHOR,
        "markWatchedAttr": names::MARK_WATCHED_ATTR,
        "marked": marked,
    });
    if let (Some(names), serde_json::Value::Object(more)) = (names.as_object_mut(), watch_along) {
        names.extend(more);
    }
    if let Some((glue, wasm)) = app {
        names["glue"] = glue.into();
        names["wasm"] = wasm.into();
    }
    names.to_string()
}

/// The rules that tie a prerendered copy, the hidden app and the boot script's state together.
fn hooks_css() -> String {
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
            ".{}{{position:fixed;inset:auto 1rem 1rem;z-index:10;max-width:36rem;margin:0 auto;padding:.75rem 1rem;\
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

fn sha256(text: &str) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// Trunk's loader script and the glue and wasm files it names.
fn trunk_loader(html: &str) -> Result<(&str, String, String), String> {
    let missing =
        || "index.html as trunk built it has no loader script (import init … module_or_path)".to_owned();
    let mut rest = html;
    while let Some(at) = rest.find("<script type=\"module\">") {
        let script = &rest[at..];
        let end = script.find("</script>").ok_or_else(missing)? + "</script>".len();
        let script = &script[..end];
        if let (Some(glue), Some(wasm)) =
            (quoted_after(script, "from "), quoted_after(script, "module_or_path: "))
        {
            return Ok((script, glue, wasm));
        }
        rest = &rest[at + end..];
    }
    Err(missing())
}

/// The single-quoted string after `marker`.
fn quoted_after(text: &str, marker: &str) -> Option<String> {
    let start = text.find(marker)? + marker.len();
    let inner = text[start..].strip_prefix('\'')?;
    Some(inner[..inner.find('\'')?].to_owned())
}

/// The first tag that starts with `start` and mentions `needle`.
fn tag_containing(html: &str, start: &str, needle: &str) -> Option<String> {
    let mut offset = 0;
    while let Some(at) = html[offset..].find(start) {
        let from = offset + at;
        let to = from + html[from..].find('>')? + 1;
        if html[from..to].contains(needle) {
            return Some(html[from..to].to_owned());
        }
        offset = to;
    }
    None
}

/// Source comments are for whoever reads the file, not for every page.
fn without_comment_lines(source: &str) -> String {
    source.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

fn span(html: &str, start: &str, end: &str) -> Result<(usize, usize), String> {
    let from = html.find(start).ok_or_else(|| format!("index.html has no {start}"))?;
    let to = html[from..].find(end).ok_or_else(|| format!("index.html has no {end} after {start}"))?;
    Ok((from, from + to + end.len()))
}

fn insert_after(html: &str, marker: &str, text: &str) -> Result<String, String> {
    let at = html.find(marker).ok_or_else(|| format!("index.html has no {marker}"))? + marker.len();
    Ok(format!("{}{text}{}", &html[..at], &html[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = concat!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <base href=\"/\">\n  <!--boot-->\n",
        "  <title>The Imperfects Wiki</title>\n  <meta data-prerendered name=\"description\" content=\"x\">\n",
        "<link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin>\n<link rel=\"preload\" href=\"/app-1_bg.wasm\" as=\"fetch\">\n",
        "<script type=\"module\">\nimport init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>\n",
        "</head>\n<body>\n</body>\n</html>\n"
    );

    #[test]
    fn the_loader_and_its_preloads_give_way_to_the_boot_script() {
        let template = Template::from_trunk(TRUNK).map_err(|e| e.to_string());
        let Ok(template) = template else { panic!("{template:?}", template = template.err()) };
        assert!(template.boot.contains("\"glue\":\"/app-1.js\""));
        assert!(template.boot.contains("\"wasm\":\"/app-1_bg.wasm\""));
        let shell = template.document(None).unwrap_or_default();
        assert!(!shell.contains("import init"));
        assert!(!shell.contains("modulepreload"));
        assert!(!shell.contains("/app-1_bg.wasm\" as"));
        assert!(!shell.contains(NAMES_MARK) && !shell.contains(BOOT_MARK));
        assert!(shell.contains(&sha256(&template.boot)), "the CSP allows the boot script");
    }

    #[test]
    fn a_page_knows_its_address_and_level() {
        let Ok(template) = Template::from_trunk(TRUNK) else { panic!("template") };
        let rendered =
            RenderedPage { head: "<title>T</title>".into(), body: "<main>M</main>".into(), not_found: false };
        let page =
            Page { path: Some("/glossary"), level: "4s".to_owned(), noindex: true, rendered: &rendered };
        let html = template.document(Some(&page)).unwrap_or_default();
        assert!(html.contains(r#"<html lang="en" data-level="4s" data-page="/glossary""#));
        assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
        assert!(html.contains(r#"<div id="prerendered"><main>M</main></div>"#));
        assert_eq!(html.matches("<title>").count(), 1);
    }
}
