//! Writes every page of a built site as static HTML, from the data in the site itself:
//! `prerender DIR BASE`, run by scripts/finish-dist.mjs after each trunk build, with the
//! site's origin in SITE_URL if it is known. DIR/index.html is trunk's page; each address gets
//! a file with its own head and content at the safe default (/characters/x as
//! DIR/characters/x/index.html) and one at every other spoiler level
//! (DIR/levels/5/characters/x/index.html); unknown addresses get DIR/404.html; DIR/shell.html is
//! the app alone. The service worker gets the names it shares with the pages. Each page at the
//! default carries its structured data (JSON-LD), and DIR/opensearch.xml describes the search.
//! The data's history is read from the repository the prerenderer was built in and written as
//! DIR/data/history.json (the app reads it with the data), and as the Atom feed
//! DIR/changes.xml; without a history (a shallow clone, a tarball) both say nothing, and the
//! build warns once.
//!
//! The boot script every page carries inline is made here (`prerender DIR BASE --print-boot`
//! prints it) and minified by the build, which gives it back with `--boot FILE`: a first visit
//! downloads it with every page.

use imperfects_wiki::contribute;
use imperfects_wiki::model::{History, Progress, Setting, Wiki};
use imperfects_wiki::names;
use imperfects_wiki::paths;
use imperfects_wiki::prerender::document::{Page, Template};
use imperfects_wiki::prerender::{
    actions, feed, history, opensearch, render_page, search, service_worker, structured_data,
};
use imperfects_wiki::search::SearchIndex;
use imperfects_wiki::state::SpoilerChoice;
use imperfects_wiki::{deployment, sections};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "dist".to_owned()));
    let base = args.next().unwrap_or_else(|| "/".to_owned());
    let option = args.next();
    if option.as_deref() == Some("--print-boot") {
        return match template(&dir) {
            Ok(template) => {
                print!("{}", template.boot());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("prerender: {error}");
                ExitCode::FAILURE
            }
        };
    }
    let boot = match (option.as_deref(), args.next()) {
        (Some("--boot"), Some(file)) => match std::fs::read_to_string(&file) {
            Ok(boot) => Some(boot),
            Err(error) => {
                eprintln!("prerender: cannot read the boot script {file}: {error}");
                return ExitCode::FAILURE;
            }
        },
        (None, _) => None,
        (Some(other), _) => {
            eprintln!(
                "prerender: unknown option {other} (usage: prerender DIR BASE [--print-boot | --boot FILE])"
            );
            return ExitCode::FAILURE;
        }
    };
    match prerender(&dir, &base, boot) {
        Ok(count) => {
            println!(
                "prerender: {count} pages at {} settings, and 404.html, in {}",
                Setting::all().count(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Trunk's page in `dir`, ready to be filled in.
fn template(dir: &Path) -> Result<Template, String> {
    let trunk_page = dir.join("index.html");
    let trunk_html = std::fs::read_to_string(&trunk_page)
        .map_err(|e| format!("cannot read {}: {e}", trunk_page.display()))?;
    if trunk_html.contains(&format!("id=\"{}\"", names::COPY_ID)) {
        return Err(format!("{} is prerendered already; build again", trunk_page.display()));
    }
    let template = Template::from_trunk(&trunk_html)?;
    let css = template
        .page_styles_files()
        .iter()
        .map(|file| {
            let styles = dir.join(file);
            std::fs::read_to_string(&styles).map_err(|e| format!("cannot read {}: {e}", styles.display()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(template.with_page_styles(&css))
}

fn prerender(dir: &Path, base: &str, boot: Option<String>) -> Result<usize, String> {
    // Link previews and sitemaps need full addresses, so a deploy can name its origin
    // ("https://fans.example").
    let origin = std::env::var("SITE_URL").unwrap_or_default();
    deployment::set(&origin, base);
    // Where fans edit the data: Cargo.toml's `repository`, unless the deploy names another.
    let repository = std::env::var("WIKI_REPOSITORY");
    contribute::set_repository(repository.as_deref().unwrap_or(env!("CARGO_PKG_REPOSITORY")));
    let template = template(dir)?;
    let template = match boot {
        Some(boot) => template.with_boot(boot),
        None => template,
    };
    let history = history::read(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|why| {
        eprintln!("prerender: warning: no page says when it last changed, and there is no feed: {why}");
        History::default()
    });
    let data = dir.join("data");
    let wiki = Wiki::load_from_dir(&data)?.with_history(history.clone());
    let feed = feed::atom(&wiki);
    // The changes page links the feed only where the build wrote one, in the copy and the app.
    let history = History { feed: feed.is_some(), ..history };
    write(&data.join(names::HISTORY_FILE), &serde_json::to_string(&history).map_err(|e| e.to_string())?)?;
    let wiki = Arc::new(wiki.with_history(history));
    let pages = sections::pages(&wiki);
    for setting in Setting::all() {
        // The default is a reader who has not chosen; a reader who chose "not started" gets the
        // same page, without the first-visit question (see the CSS hooks).
        let default = setting == Setting::default();
        let choice =
            (setting.progress != Progress::NOT_STARTED).then(|| SpoilerChoice::watched(setting.progress));
        let level_dir =
            if default { dir.to_owned() } else { dir.join(names::LEVELS_DIR).join(setting.key()) };
        let mut rendered = Vec::new();
        for path in &pages {
            let page = render_page(&wiki, path, choice, setting.strict);
            if page.not_found {
                return Err(format!("{path} is listed as a page but renders as \"not found\""));
            }
            rendered.push((path.clone(), page));
        }
        let structured_data =
            if default { structured_data::for_pages(&wiki, &rendered)? } else { Vec::new() };
        for (i, (path, page)) in rendered.iter().enumerate() {
            let file = level_dir.join(path.trim_start_matches('/')).join("index.html");
            let page = Page {
                path: Some(path),
                level: setting.key(),
                noindex: !default,
                rendered: page,
                structured_data: structured_data.get(i).map(String::as_str),
                feed: feed.is_some() && [sections::HOME.path(), sections::CHANGES.path()].contains(path),
            };
            write(&file, &template.document(Some(&page))?)?;
        }
        let rendered = render_page(&wiki, "/404.html", choice, setting.strict);
        let not_found = Page {
            path: None,
            level: setting.key(),
            noindex: true,
            rendered: &rendered,
            structured_data: None,
            feed: false,
        };
        write(&level_dir.join("404.html"), &template.document(Some(&not_found))?)?;
    }
    // Search (the engine, before the app and in it) answers from the index of the reader's setting.
    let index = SearchIndex::build(&wiki);
    for setting in Setting::all() {
        let file = names::SEARCH_INDEX_FILE.replace("{key}", &setting.key());
        write(&dir.join(file), &index.file(setting)?)?;
    }
    // The app alone, for the service worker to answer with offline for a page it has not kept.
    write(&dir.join(names::SHELL_FILE), &template.document(None)?)?;
    write(&dir.join("sw.js"), &service_worker())?;
    write(&dir.join(names::ACTIONS_FILE), &actions())?;
    write(&dir.join(names::SEARCH_FILE), &search())?;
    // For the host's headers, which scripts/finish-dist.mjs writes next.
    // The search before the app is named by no hash: a deploy must reach it at once.
    let index_files = names::SEARCH_INDEX_FILE.replace("{key}", "*");
    let search =
        [names::SEARCH_FILE, names::SEARCH_ENGINE_FILES[0], names::SEARCH_ENGINE_FILES[1], &index_files];
    let build = serde_json::json!({
        "policy": template.policy().join("; "),
        "levelsDir": names::LEVELS_DIR,
        "searchFiles": search,
    });
    write(&dir.join("build.json"), &build.to_string())?;
    write_robots(dir, &origin, &pages)?;
    write(&dir.join(names::OPENSEARCH_FILE), &opensearch::description())?;
    if let Some(feed) = feed {
        write(&dir.join(names::FEED_FILE), &feed)?;
    }
    Ok(pages.len())
}

/// robots.txt keeps crawlers out of the copies at other spoiler levels; a build that knows its
/// origin also writes sitemap.xml (search engines need full addresses) and points to it.
fn write_robots(dir: &Path, origin: &str, pages: &[String]) -> Result<(), String> {
    let mut robots = format!("User-agent: *\nDisallow: {}/\n", paths::to(&format!("/{}", names::LEVELS_DIR)));
    if !origin.is_empty() {
        let urls: String = pages
            .iter()
            .filter_map(|page| paths::to(page).canonical())
            .map(|address| format!("  <url><loc>{address}</loc></url>\n"))
            .collect();
        let sitemap = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
        );
        write(&dir.join("sitemap.xml"), &sitemap)?;
        robots.push_str(&format!("Sitemap: {}\n", paths::to("/sitemap.xml").absolute()));
    }
    write(&dir.join("robots.txt"), &robots)
}

fn write(file: &Path, html: &str) -> Result<(), String> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))
}
