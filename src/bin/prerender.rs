//! Writes every page of a built site as static HTML, from the data in the site itself:
//! `prerender DIR BASE`, run by scripts/finish-dist.mjs after each trunk build, with the
//! site's origin in SITE_URL if it is known. DIR/index.html
//! is trunk's page; each address gets a copy with its own head and content, /characters/x as
//! DIR/characters/x/index.html, and unknown addresses get DIR/404.html; DIR/shell.html keeps
//! trunk's page as it was.

use imperfects_wiki::model::Wiki;
use imperfects_wiki::paths;
use imperfects_wiki::prerender::{render_page, RenderedPage};
use imperfects_wiki::state::Loaded;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "dist".to_owned()));
    let base = args.next().unwrap_or_else(|| "/".to_owned());
    match prerender(&dir, &base) {
        Ok(count) => {
            println!("prerender: {count} pages and 404.html in {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(dir: &Path, base: &str) -> Result<usize, String> {
    // Link previews and sitemaps need full addresses, so a deploy can name its origin
    // ("https://fans.example").
    let origin = std::env::var("SITE_URL").unwrap_or_default();
    paths::set_site(&origin, base);
    let shell_path = dir.join("index.html");
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|e| format!("cannot read {}: {e}", shell_path.display()))?;
    if shell.contains(r#"id="prerendered""#) {
        return Err(format!("{} is prerendered already; build again", shell_path.display()));
    }
    let wiki = Arc::new(Wiki::load_from_dir(&dir.join("data"))?);
    let loaded = Loaded::new(Arc::clone(&wiki));
    let paths = paths::pages(&wiki);
    for path in &paths {
        let page = render_page(&loaded, path);
        if page.is_not_found() {
            return Err(format!("{path} is listed as a page but renders as \"not found\""));
        }
        let file = dir.join(path.trim_start_matches('/')).join("index.html");
        write(&file, &fill(&shell, &page)?)?;
    }
    let missing = render_page(&loaded, "/404.html");
    write(&dir.join("404.html"), &fill(&shell, &missing)?)?;
    // The app alone, for the service worker to answer with offline for a page it has not kept.
    write(&dir.join("shell.html"), &shell)?;
    if !origin.is_empty() {
        write_sitemap(dir, &paths)?;
    }
    Ok(paths.len())
}

/// Trunk's page with this page's head tags in place of the generic title and description, and
/// its content in `#prerendered` at the end of the body.
fn fill(shell: &str, page: &RenderedPage) -> Result<String, String> {
    let cut = |html: &str, start: &str, end: &str| -> Result<(usize, usize), String> {
        let from = html.find(start).ok_or_else(|| format!("index.html has no {start}"))?;
        let to = html[from..].find(end).ok_or_else(|| format!("index.html has no {end} after {start}"))?;
        Ok((from, from + to + end.len()))
    };
    let mut html = shell.to_owned();
    let (from, to) = cut(&html, r#"<meta data-prerendered name="description""#, ">")?;
    html.replace_range(from..to, "");
    let (from, to) = cut(&html, "<title>", "</title>")?;
    html.replace_range(from..to, &page.head);
    let (from, _) = cut(&html, "</body>", ">")?;
    html.insert_str(from, &format!("<div id=\"prerendered\">{}</div>\n", page.body));
    Ok(html)
}

/// sitemap.xml and a robots.txt that points to it, for search engines; they need full addresses,
/// so only a build that knows its origin writes them.
fn write_sitemap(dir: &Path, pages: &[String]) -> Result<(), String> {
    let urls: String = pages
        .iter()
        .map(|page| format!("  <url><loc>{}</loc></url>\n", paths::canonical(&paths::to(page))))
        .collect();
    let sitemap = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    );
    write(&dir.join("sitemap.xml"), &sitemap)?;
    let robots = format!("User-agent: *\nAllow: /\nSitemap: {}\n", paths::absolute("/sitemap.xml"));
    write(&dir.join("robots.txt"), &robots)
}

fn write(file: &Path, html: &str) -> Result<(), String> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))
}
