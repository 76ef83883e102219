//! The HTML document of every prerendered file, from the page trunk built (index.html): the
//! boot script ([`scripts`]) and the CSS hooks ([`hooks`]) written in, trunk's loader taken out
//! (the boot script starts the app when a page needs it), the page's own head and content
//! filled in, and a Content-Security-Policy that allows exactly these inline pieces by their
//! hashes.

use super::{hooks, scripts, RenderedPage};
use crate::{names, paths};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::HashSet;

/// Where index.html wants the boot script and the CSS hooks: before the stylesheet, since a
/// script after one waits for it, and this one decides what the first paint shows.
const BOOT_MARK: &str = "<!--boot-->";

/// Trunk's page without index.html's notes to its editors and the blank lines trunk leaves, which
/// every reader would otherwise download on every page; the boot mark stays.
fn without_notes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        let end = rest[start..].find("-->").map_or(rest.len(), |end| start + end + 3);
        out.push_str(&rest[..start]);
        if &rest[start..end] == BOOT_MARK {
            out.push_str(BOOT_MARK);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.lines().filter(|line| !line.trim().is_empty()).collect::<Vec<_>>().join("\n") + "\n"
}

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
    /// Its schema.org structured data (JSON-LD), for the page itself only: a copy at another
    /// level is never indexed.
    pub structured_data: Option<&'a str>,
    /// Whether its head links the feed of recent changes (the home page and the changes page
    /// only: every byte in a page's head is in a first visit).
    pub feed: bool,
}

/// How trunk's names of the stylesheets built from `style/pages-*.css` start: the styles of
/// what only some pages show, one stylesheet for each kind of page (the episode guide's
/// timeline and table, the map, the show page, search results, the catch-up, the changes), of
/// which a first visit downloads only those its page shows.
const PAGE_STYLES: &str = "/pages-";

/// Trunk's page, ready to be filled in for each file.
pub struct Template {
    /// Everything before and after the boot script, with trunk's loader taken out.
    html: String,
    boot: String,
    hooks: String,
    /// The links to the pages' stylesheets in `html`, each with the classes it styles.
    page_styles: Vec<(String, HashSet<String>)>,
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
        let page_styles = tags_containing(&page, "<link rel=\"stylesheet\"", PAGE_STYLES);
        let hrefs: Vec<&str> = page_styles.iter().filter_map(|tag| attribute(tag, "href")).collect();
        Ok(Template {
            html: without_notes(&page),
            boot: scripts::boot(&glue, &wasm, &hrefs),
            hooks: hooks::css(),
            page_styles: page_styles.into_iter().map(|tag| (tag, HashSet::new())).collect(),
        })
    }

    /// The file names of the pages' stylesheets trunk built, to read their classes from.
    pub fn page_styles_files(&self) -> Vec<&str> {
        self.page_styles.iter().filter_map(|(tag, _)| attribute(tag, "href")?.rsplit('/').next()).collect()
    }

    /// The same template knowing the classes each of the pages' stylesheets styles (`css`,
    /// their texts in the order of [`Template::page_styles_files`]): a page links one only
    /// where it shows one of its classes.
    pub fn with_page_styles(self, css: &[String]) -> Template {
        let page_styles =
            self.page_styles.into_iter().zip(css).map(|((tag, _), css)| (tag, class_names(css))).collect();
        Template { page_styles, ..self }
    }

    /// The boot script as written in (the names and the reader's rules in place), which the
    /// build minifies and gives back with [`Template::with_boot`].
    pub fn boot(&self) -> &str {
        &self.boot
    }

    /// The same template with `boot` (the same script, minified) as the inline script, which
    /// the Content-Security-Policy then allows.
    pub fn with_boot(self, boot: String) -> Template {
        Template { boot, ..self }
    }

    /// The whole file for `page`, or with `None` the app alone (the offline shell).
    pub fn document(&self, page: Option<&Page>) -> Result<String, String> {
        let csp =
            format!(r#"<meta http-equiv="Content-Security-Policy" content="{}">"#, self.policy().join("; "));
        let inline = format!("<script>{}</script>\n  <style>{}</style>", self.boot, self.hooks);
        let mut html = self.html.replacen(BOOT_MARK, &inline, 1);
        // Browsers offer the wiki's search in their address bar from any page.
        let search = format!(
            r#"<link rel="search" type="application/opensearchdescription+xml" title="{}" href="{}">"#,
            names::SITE_NAME,
            paths::to(&format!("/{}", names::OPENSEARCH_FILE)).as_str()
        );
        html = insert_after(&html, "<meta charset=\"utf-8\">", &format!("\n  {csp}\n  {search}"))?;
        if let Some(repository) = crate::contribute::repository() {
            let attribute =
                format!(r#" {}="{}""#, names::REPOSITORY_ATTR, crate::format::markup_text(repository));
            html = insert_after(&html, r#"<html lang="en""#, &attribute)?;
        }
        let Some(page) = page else { return Ok(html) };
        if page.feed {
            let feed = format!(
                r#"<link rel="alternate" type="application/atom+xml" title="Recent changes" href="{}">"#,
                paths::to(&format!("/{}", names::FEED_FILE)).as_str()
            );
            html = insert_after(&html, &search, &format!("\n  {feed}"))?;
        }
        let mut root = format!(r#"<html lang="en" {}="{}""#, names::LEVEL_ATTR, page.level);
        root.push_str(&format!(r#" {}="{}""#, names::PAGE_ATTR, page.path.unwrap_or(names::ANY_ADDRESS)));
        html = html.replacen(r#"<html lang="en""#, &root, 1);
        let (from, to) =
            span(&html, &format!(r#"<meta {} name="description""#, names::PRERENDERED_ATTR), ">")?;
        html.replace_range(from..to, "");
        let (from, to) = span(&html, "<title>", "</title>")?;
        let robots = if page.noindex { "<meta name=\"robots\" content=\"noindex\">\n  " } else { "" };
        let structured_data = match (page.structured_data, page.noindex) {
            (Some(_), true) => return Err("a copy that is not indexed was given structured data".to_owned()),
            // Not executed, so the Content-Security-Policy needs no hash of it; marked, as the
            // other head tags of the copy, for the app to remove once it shows another page.
            (Some(json), false) => format!(
                "\n  <script type=\"application/ld+json\" {}>{json}</script>",
                names::PRERENDERED_ATTR
            ),
            (None, _) => String::new(),
        };
        html.replace_range(from..to, &format!("{robots}{}{structured_data}", page.rendered.head));
        let (from, _) = span(&html, "</body>", ">")?;
        html.insert_str(from, &format!("<div id=\"{}\">{}</div>\n", names::COPY_ID, page.rendered.body));
        // A page's stylesheet goes with the copy that shows what it styles: marked as the
        // copy's own, it leaves with it (a swap, the app taking over, which brings them all).
        let used = classes_in(&page.rendered.body);
        for (tag, classes) in &self.page_styles {
            let own = match classes.iter().any(|class| used.contains(class.as_str())) {
                true => tag.replacen("<link ", &format!("<link {} ", names::PRERENDERED_ATTR), 1),
                false => String::new(),
            };
            html = html.replacen(tag.as_str(), &own, 1);
        }
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
/// The value of `name` in an HTML tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[from..from + tag[from..].find('"')?])
}

/// The classes a stylesheet's rules are for: the first class of each selector (".map text" is
/// for what has `map`; ".catch-up-group > .hint" for what has `catch-up-group`, not every hint).
fn class_names(css: &str) -> HashSet<String> {
    css.split('}')
        .filter_map(|rule| rule.rsplit('{').nth(1))
        .map(|selectors| selectors.rsplit('{').next().unwrap_or(selectors))
        .filter(|selectors| !selectors.trim_start().starts_with('@'))
        .flat_map(|selectors| selectors.split(','))
        .filter_map(|selector| {
            let rest = &selector[selector.find('.')? + 1..];
            let end =
                rest.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
            Some(rest[..end].to_owned())
        })
        .filter(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
        .collect()
}

/// Every class a piece of markup gives its elements.
fn classes_in(html: &str) -> HashSet<&str> {
    html.split(" class=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .flat_map(str::split_whitespace)
        .collect()
}

fn tag_containing(html: &str, start: &str, needle: &str) -> Option<String> {
    tags_containing(html, start, needle).into_iter().next()
}

/// Every tag that starts with `start` and holds `needle`, in order.
fn tags_containing(html: &str, start: &str, needle: &str) -> Vec<String> {
    let mut tags = Vec::new();
    let mut offset = 0;
    while let Some(at) = html[offset..].find(start) {
        let from = offset + at;
        let Some(end) = html[from..].find('>') else { break };
        let to = from + end + 1;
        if html[from..to].contains(needle) {
            tags.push(html[from..to].to_owned());
        }
        offset = to;
    }
    tags
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
        "  <!-- Editors of index.html, read README. -->\n\n  \n",
        "  <title>The Imperfects Wiki</title>\n  <meta data-prerendered name=\"description\" content=\"x\">\n",
        "<link rel=\"stylesheet\" href=\"/main-1.css\"/>\n<link rel=\"stylesheet\" href=\"/pages-map-1.css\"/>\n",
        "<link rel=\"stylesheet\" href=\"/pages-guide-1.css\"/>\n",
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
        assert!(!shell.contains("__NAMES__") && !shell.contains(BOOT_MARK));
        assert!(!shell.contains("Editors of index.html"), "no notes to editors");
        assert!(!template.html.contains("\n\n"), "no blank lines");
        assert!(shell.contains(&sha256(&template.boot)), "the CSP allows the boot script");
    }

    #[test]
    fn a_page_knows_its_address_and_level() {
        let Ok(template) = Template::from_trunk(TRUNK) else { panic!("template") };
        let rendered = RenderedPage {
            head: "<title>T</title>".into(),
            body: "<main>M</main>".into(),
            title: None,
            not_found: false,
        };
        let page = Page {
            path: Some("/glossary"),
            level: "4s".to_owned(),
            noindex: true,
            rendered: &rendered,
            structured_data: None,
            feed: false,
        };
        let html = template.document(Some(&page)).unwrap_or_default();
        assert!(html.contains(r#"<html lang="en" data-level="4s" data-page="/glossary""#));
        assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
        assert!(html.contains(r#"<div id="prerendered"><main>M</main></div>"#));
        assert_eq!(html.matches("<title>").count(), 1);
        assert!(html.contains(r#"<link rel="search" type="application/opensearchdescription+xml""#));
    }

    #[test]
    fn only_the_page_itself_carries_structured_data() {
        let Ok(template) = Template::from_trunk(TRUNK) else { panic!("template") };
        let rendered =
            RenderedPage { head: String::new(), body: String::new(), title: None, not_found: false };
        let page = |noindex| Page {
            path: Some("/show"),
            level: "0".to_owned(),
            noindex,
            rendered: &rendered,
            structured_data: Some("{}"),
            feed: false,
        };
        let html = template.document(Some(&page(false))).unwrap_or_default();
        assert_eq!(
            html.matches(r#"<script type="application/ld+json" data-prerendered>{}</script>"#).count(),
            1
        );
        assert!(template.document(Some(&page(true))).is_err(), "a level copy took structured data");
    }

    #[test]
    fn a_pages_stylesheet_goes_only_with_a_copy_that_shows_what_it_styles() {
        let Ok(template) = Template::from_trunk(TRUNK) else { panic!("template") };
        assert_eq!(template.page_styles_files(), ["pages-map-1.css", "pages-guide-1.css"]);
        assert!(
            template.boot.contains("\"pageStyles\":[\"/pages-map-1.css\",\"/pages-guide-1.css\"]"),
            "the app brings them all"
        );
        // Minified as the build writes them: a rule's first class is what it is for.
        let template = template.with_page_styles(&[
            ".map svg{width:100%}".to_owned(),
            "@media (min-width:40rem){.timeline-item>.hint{margin:.5rem}}".to_owned(),
        ]);
        let page = |body: &str| {
            let rendered = RenderedPage {
                head: "<title>T</title>".into(),
                body: body.into(),
                title: None,
                not_found: false,
            };
            let page = Page {
                path: Some("/x"),
                level: "0".to_owned(),
                noindex: false,
                rendered: &rendered,
                structured_data: None,
                feed: false,
            };
            template.document(Some(&page)).unwrap_or_default()
        };
        let linked = |file: &str| format!(r#"<link data-prerendered rel="stylesheet" href="/{file}"/>"#);
        let map = page(r#"<main><div class="map wide">M</div></main>"#);
        assert!(
            map.contains(&linked("pages-map-1.css")) && !map.contains("href=\"/pages-guide-1.css\""),
            "{map}"
        );
        let guide = page(r#"<main><li class="timeline-item">E</li></main>"#);
        assert!(
            guide.contains(&linked("pages-guide-1.css")) && !guide.contains("href=\"/pages-map-1.css\""),
            "{guide}"
        );
        for body in [
            r#"<main><p class="hint">H</p></main>"#,
            r#"<main><p class="mapping">M</p></main>"#,
            "<main>M</main>",
        ] {
            let html = page(body);
            assert!(!html.contains("href=\"/pages-"), "{body} needs neither");
            assert!(html.contains("main-1.css"));
        }
        let shell = template.document(None).unwrap_or_default();
        for file in ["pages-map-1.css", "pages-guide-1.css"] {
            assert!(
                shell.contains(&format!(r#"<link rel="stylesheet" href="/{file}"/>"#)),
                "the shell is the app's"
            );
        }
    }
}
