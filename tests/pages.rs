//! Every page at every setting, rendered natively by the same views the app and the build use
//! (`render_page`, feature `ssr`), and read as a reader's browser would expose it: the spoiler
//! sweep (text, every attribute with its link queries decoded, the title and the meta tags),
//! strict mode's one line per list, and what every page must have. No browser is needed for
//! what is in a page, so this runs in seconds; the browser tests keep a sample of settings for
//! what the app changes as the reader moves.
#![cfg(feature = "ssr")]

mod common;

use common::{hidden, scripted_history};
use imperfects_wiki::components::{HELD_BACK_LINE, LATER_LINE};
use imperfects_wiki::format::long_date;
use imperfects_wiki::model::{Progress, Setting, Wiki};
use imperfects_wiki::prerender::render_page;
use imperfects_wiki::search::{normalize, SearchIndex};
use imperfects_wiki::state::SpoilerChoice;
use imperfects_wiki::{contribute, sections};
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Every page rendered once: (setting, route, what the page exposes, its lists with more than
/// one placeholder, its level-1 headings).
struct Rendered {
    setting: Setting,
    route: String,
    exposed: String,
    crowded: Vec<String>,
    /// Its lists of nothing but placeholders: how many entries, and what their placeholders say.
    only_held_back: Vec<(usize, Vec<String>)>,
    headings: usize,
    /// The text of the first level-1 heading.
    h1: String,
    /// Where "Edit this page" and "Suggest a correction" lead, in that order.
    edit_links: Vec<String>,
    /// The foot's "Updated …" line, as text.
    updated: String,
    /// The text of the list of changes, item by item, and what follows it.
    changes: Vec<String>,
    has_title: bool,
    has_description: bool,
    /// The ids its placeholders reveal, each a statement (not strict mode's line for what is
    /// later, nor a held-back page, which only the app can show).
    revealable: Vec<String>,
    /// The ids of the statements it shows, each with none from a later episode inside it.
    statements_whole: Vec<String>,
}

/// The shipped data, with a history of a change to every entry (`scripted_history`), so that
/// every page's foot and the changes page are in the sweep whatever the clone's history.
fn wiki() -> Arc<Wiki> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let wiki = Wiki::load_from_dir(&dir).unwrap_or_else(|e| panic!("the shipped data does not load: {e}"));
    let history = scripted_history(&wiki);
    Arc::new(wiki.with_history(history))
}

/// Every route and "not found" at every setting, rendered once for all the tests of this file.
fn every_page() -> &'static [Rendered] {
    static PAGES: OnceLock<Vec<Rendered>> = OnceLock::new();
    PAGES.get_or_init(|| {
        // The correction links carry an entry's name in their query: they must be in the sweep.
        contribute::set_repository("https://github.com/imperfects-fans/imperfects-wiki");
        let wiki = wiki();
        let mut routes = sections::pages(&wiki);
        routes.push("/no/such/page".to_owned());
        let mut pages = Vec::new();
        for setting in Setting::all() {
            let choice =
                (setting.progress != Progress::NOT_STARTED).then(|| SpoilerChoice::watched(setting.progress));
            for route in &routes {
                let page = render_page(&wiki, route, choice, setting.strict);
                let html = format!("{}{}", page.head, page.body);
                let tokens = tokens(&html);
                pages.push(Rendered {
                    setting,
                    route: route.clone(),
                    exposed: exposed(&tokens),
                    crowded: crowded_lists(&tokens),
                    only_held_back: lists_of_placeholders(&tokens),
                    headings: tokens
                        .iter()
                        .filter(|t| matches!(t, Token::Start(name, _) if name == "h1"))
                        .count(),
                    h1: text_of(&tokens, |name, _| name == "h1"),
                    edit_links: links_in(&tokens, "edit-links"),
                    updated: text_of(&tokens, |name, attrs| name == "p" && has_class(attrs, "updated")),
                    changes: texts_of(&tokens, |name, _| name == "li" || name == "p")
                        .into_iter()
                        .skip_while(|_| !route.starts_with("/changes"))
                        .collect(),
                    has_title: page.head.contains("<title>"),
                    has_description: page.head.contains("name=\"description\""),
                    revealable: revealable(&tokens),
                    statements_whole: statements_whole(&tokens),
                });
            }
        }
        pages
    })
}

#[test]
fn at_every_setting_no_page_exposes_anything_later() {
    let wiki = wiki();
    let mut leaks = Vec::new();
    for setting in Setting::all() {
        let secrets = hidden(&wiki, setting);
        for page in every_page().iter().filter(|page| page.setting == setting) {
            for secret in secrets.iter().filter(|secret| page.exposed.contains(secret.as_str())) {
                leaks.push(format!(
                    "{} at {}: {}",
                    page.route,
                    setting.key(),
                    secret.chars().take(80).collect::<String>()
                ));
            }
            // Strict mode names no later episode, not even in a placeholder.
            if setting.collapses() && page.exposed.contains("Spoiler from episode") {
                leaks.push(format!("{} at {}: a placeholder names its episode", page.route, setting.key()));
            }
        }
    }
    assert!(leaks.is_empty(), "{} leaks, the first: {:#?}", leaks.len(), &leaks[..leaks.len().min(20)]);
}

/// The search index file the build writes for `setting` (for the search before the app): the
/// texts a reader sees (titles, snippets, addresses) as they are, and the searchable keys as
/// words (normalized, as search compares them), with the words of those texts beside them.
struct SearchFile {
    shown: String,
    shown_words: String,
    key_words: String,
}

fn search_file(index: &SearchIndex, setting: Setting) -> SearchFile {
    let file = index.file(setting).unwrap_or_else(|error| panic!("{error}"));
    let (mut shown, mut keys) = (Vec::new(), Vec::new());
    // The setting's line, the filler words, then a line per document: kind, reveal, title,
    // snippet and address, then each key as its weight's digit and its text.
    for (n, line) in file.lines().enumerate().skip(1) {
        for (i, field) in line.split('\u{1f}').enumerate() {
            match (n, i) {
                (1, _) => keys.push(field.to_owned()),
                (_, 2..=4) => shown.push(field.to_owned()),
                (_, 5..) => keys.push(field.get(1..).unwrap_or_default().to_owned()),
                _ => {}
            }
        }
    }
    let words = |texts: &[String]| {
        format!(" {} ", texts.iter().map(|t| normalize(t)).collect::<Vec<_>>().join(" | "))
    };
    SearchFile { shown: shown.join("\n"), shown_words: words(&shown), key_words: words(&keys) }
}

#[test]
fn at_every_setting_the_search_index_file_holds_nothing_later() {
    let wiki = wiki();
    let index = SearchIndex::build(&wiki);
    let mut leaks = Vec::new();
    for setting in Setting::all() {
        let file = search_file(&index, setting);
        for secret in hidden(&wiki, setting) {
            // As the pages are swept, and a secret as searchable words: a hidden name among the
            // keys, unless its words are only those of a text the reader may read ("control" in
            // a definition is not the power of that name).
            let words = format!(" {} ", normalize(&secret));
            if file.shown.contains(&secret)
                || file.key_words.contains(&words) && !file.shown_words.contains(&words)
            {
                leaks.push(format!("{}: {}", setting.key(), secret.chars().take(80).collect::<String>()));
            }
        }
    }
    assert!(leaks.is_empty(), "{} leaks, the first: {:#?}", leaks.len(), &leaks[..leaks.len().min(20)]);
}

#[test]
fn at_the_end_of_the_season_every_secret_is_somewhere_to_read() {
    // The sweep's list of secrets is the data's, not an empty list: once finished, a reader
    // finds each of them on some page.
    let wiki = wiki();
    let finished = Setting::from(Progress::FINISHED);
    let everything: String = every_page()
        .iter()
        .filter(|page| page.setting == finished)
        .map(|page| page.exposed.as_str())
        .collect();
    let secrets = hidden(&wiki, Setting::default());
    assert!(!secrets.is_empty());
    // Aliases are there for search to find an entry by, not for display.
    let aliases: Vec<&String> = wiki
        .characters()
        .iter()
        .flat_map(|c| &c.aliases)
        .chain(wiki.glossary().iter().flat_map(|t| &t.aliases))
        .collect();
    let missing: Vec<&String> =
        secrets.iter().filter(|s| !aliases.contains(s) && !everything.contains(s.as_str())).collect();
    assert!(missing.is_empty(), "shown nowhere at the end of the season: {missing:#?}");
    assert_eq!(hidden(&wiki, finished), Vec::<String>::new(), "nothing is hidden at the end");
}

#[test]
fn every_statement_a_placeholder_holds_is_whole_in_the_finished_copy() {
    // A reveal before the app takes the statement from the page's finished copy
    // (public/actions.js), as it reads at its own episode: only if nothing inside it is later
    // (which the app would keep back), else the reader waits for the app.
    let pages = every_page();
    let finished = Setting { progress: Progress::FINISHED, strict: false };
    let copies: std::collections::HashMap<&str, &Rendered> = pages
        .iter()
        .filter(|page| page.setting == finished)
        .map(|page| (page.route.as_str(), page))
        .collect();
    let mut checked = 0;
    for page in pages {
        for id in &page.revealable {
            assert!(
                copies[page.route.as_str()].statements_whole.contains(id),
                "{} at {}: the finished copy does not hold statement {id} as at its episode",
                page.route,
                page.setting.key()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} placeholders found: the scan reads nothing");
}

#[test]
fn no_list_holds_two_placeholders() {
    // Held-back entries side by side are one line; in strict mode that line stands for every
    // later entry of the list.
    let pages = every_page();
    assert!(pages.iter().any(|page| page.setting.collapses()));
    let crowded: Vec<String> = pages
        .iter()
        .flat_map(|page| {
            page.crowded.iter().map(move |list| format!("{} at {}: {list}", page.route, page.setting.key()))
        })
        .collect();
    assert!(
        crowded.is_empty(),
        "{} lists, the first: {:#?}",
        crowded.len(),
        &crowded[..crowded.len().min(20)]
    );
}

#[test]
fn a_list_of_nothing_but_placeholders_is_one_line_that_tells_nothing() {
    // Neither how many entries it holds nor their episodes: a "Status" of one episode-10
    // placeholder would tell a fate.
    let pages = every_page();
    let mut seen = 0;
    let mut wrong = Vec::new();
    for page in pages {
        for (entries, lines) in &page.only_held_back {
            seen += 1;
            let neutral = [HELD_BACK_LINE, LATER_LINE];
            if *entries != 1 || lines.len() != 1 || !neutral.contains(&lines[0].as_str()) {
                wrong.push(format!("{} at {}: {entries} entries, {lines:?}", page.route, page.setting.key()));
            }
        }
    }
    assert!(seen > 0, "the data holds back some list whole at some setting");
    assert!(wrong.is_empty(), "{} lists, the first: {:#?}", wrong.len(), &wrong[..wrong.len().min(20)]);
}

#[test]
fn every_page_has_one_heading_a_title_and_a_description() {
    let pages = every_page();
    assert!(pages.len() > Setting::all().count());
    for page in pages {
        let at = format!("{} at {}", page.route, page.setting.key());
        assert_eq!(page.headings, 1, "{at}: level-1 headings");
        assert!(page.has_title, "{at}: no <title>");
        assert!(page.has_description, "{at}: no meta description");
    }
}

/// The show page states every fact of show.json at its own anchor, at every setting (they are
/// about the making of the show, so none waits for an episode).
#[test]
fn the_show_page_lists_every_fact_of_show_json() {
    let wiki = wiki();
    let pages: Vec<_> = every_page().iter().filter(|page| page.route == sections::SHOW.path()).collect();
    assert_eq!(pages.len(), Setting::all().count());
    for page in pages {
        let at = page.setting.key();
        for group in &wiki.show().groups {
            assert!(page.exposed.contains(&group.heading), "{at}: {}", group.heading);
            assert!(page.exposed.contains(&format!("\n{}\n", group.id)), "{at}: no anchor {}", group.id);
        }
        for fact in wiki.show().facts() {
            assert!(page.exposed.contains(&fact.value), "{at}: {}", fact.id);
            assert!(page.exposed.contains(&format!("\n{}\n", fact.id)), "{at}: no anchor {}", fact.id);
            if let Some(note) = &fact.note {
                assert!(page.exposed.contains(note.as_str()), "{at}: the note of {}", fact.id);
            }
        }
    }
}

/// Home answers the first question (is there a season 2) and leaves the other facts to the show
/// page, which it links.
#[test]
fn home_has_no_facts_table_but_the_season_2_answer() {
    let wiki = wiki();
    let Some((_, lead)) = wiki.show().lead() else { panic!("show.json has no facts") };
    let show_page = imperfects_wiki::paths::section(&sections::SHOW).to_string();
    for page in every_page().iter().filter(|page| page.route == sections::HOME.path()) {
        let at = page.setting.key();
        assert!(page.exposed.contains(&lead.value), "{at}: no answer to the first question");
        assert!(page.exposed.contains(&format!("\n{show_page}\n")), "{at}: no link to the show page");
        for fact in wiki.show().facts().filter(|fact| fact.id != lead.id) {
            assert!(!page.exposed.contains(&fact.value), "{at}: home states {}", fact.id);
        }
    }
}

/// The cast on the show page names only the characters the reader has met, each with their actor.
#[test]
fn the_cast_lists_the_characters_met_and_their_actors() {
    let wiki = wiki();
    for page in every_page().iter().filter(|page| page.route == sections::SHOW.path()) {
        for c in wiki.characters() {
            let Some(actor) = &c.actor else { continue };
            let listed = page.exposed.contains(&format!("{actor} as {}", c.name));
            assert_eq!(listed, c.visible_at(page.setting.progress), "{} at {}", c.slug, page.setting.key());
        }
    }
}

/// The edit links lead to the line of the data that holds the page's entry, and to the issue
/// form filled in with its name, at every setting where the page shows the entry; a page that
/// holds the entry back names it nowhere, these links included. The line is found in the data
/// file's text, as a fan opening it would find it.
#[test]
fn an_entry_page_leads_to_its_own_line_of_the_data_and_a_held_back_one_to_nothing() {
    let mut checked = 0;
    for page in every_page() {
        let at = format!("{} at {}", page.route, page.setting.key());
        let mut segments = page.route.trim_matches('/').splitn(2, '/');
        let (segment, key) = (segments.next().unwrap_or_default(), segments.next());
        let section = sections::ALL.iter().find(|section| section.segment == segment);
        let Some(key) = key.filter(|_| section.is_some_and(|section| section.data.is_some())) else {
            continue;
        };
        if page.h1 == "Beyond your spoiler setting" {
            assert!(page.edit_links.is_empty(), "{at}: a held-back entry has edit links");
            continue;
        }
        let [edit, correction] = page.edit_links.as_slice() else {
            panic!("{at}: edit links {:?}", page.edit_links)
        };
        let (file, line) = edit
            .split_once("/blob/HEAD/public/data/")
            .and_then(|(_, rest)| rest.split_once("#L"))
            .unwrap_or_else(|| panic!("{at}: {edit} names no data file and line"));
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data").join(file))
                .unwrap_or_else(|e| panic!("{at}: {file}: {e}"));
        let line: usize = line.parse().unwrap_or_else(|_| panic!("{at}: line {line}"));
        let named = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
        assert!(
            named.contains(&format!("\"{key}\""))
                || named.trim_end_matches(',').ends_with(&format!(": {key}")),
            "{at}: line {line} of {file} is {named:?}, not the entry {key}"
        );
        let title = format!("title=Correction: {}&", page.h1);
        assert!(percent_decoded(correction).contains(&title), "{at}: {correction}");
        checked += 1;
    }
    assert!(checked > 0, "no entry page with edit links");
}

fn has_class(attrs: &[(String, String)], class: &str) -> bool {
    attrs.iter().any(|(n, v)| n == "class" && v.split_whitespace().any(|c| c == class))
}

/// The text inside every outermost element `wanted` picks, tags out.
fn texts_of(tokens: &[Token], wanted: impl Fn(&str, &[(String, String)]) -> bool) -> Vec<String> {
    let mut rest = tokens;
    let mut texts = Vec::new();
    while let Some(at) =
        rest.iter().position(|t| matches!(t, Token::Start(name, attrs) if wanted(name, attrs)))
    {
        let text = text_of(&rest[at..], &wanted);
        let end = rest[at..]
            .iter()
            .scan(0i32, |depth, token| {
                *depth += match token {
                    Token::Start(..) => 1,
                    Token::End(_) => -1,
                    _ => 0,
                };
                Some(*depth)
            })
            .position(|depth| depth == 0)
            .map_or(rest.len(), |end| at + end + 1);
        texts.push(text);
        rest = &rest[end..];
    }
    texts
}

/// Every page that shows data ends with the date of the latest change to its entry that the
/// reader's setting shows (any of its file's entries for a section's page), and that file's
/// history on the repository's host; a page without data, or whose entry is held back, says
/// nothing.
#[test]
fn a_page_says_when_its_entry_last_changed_as_far_as_the_setting_shows() {
    let wiki = wiki();
    let mut dated = 0;
    for page in every_page() {
        let at = format!("{} at {}", page.route, page.setting.key());
        let entry = sections::page_entry(&wiki, &page.route, page.setting);
        let expected = entry.as_ref().and_then(|(file, id, _)| {
            let change = wiki.last_changed(*file, id.as_deref(), page.setting)?;
            let history = contribute::history_address(contribute::repository()?, *file);
            Some((format!("Updated {} · History", long_date(change.day())), history))
        });
        match expected {
            Some((line, history)) => {
                assert_eq!(page.updated, line, "{at}");
                assert!(page.exposed.contains(&history), "{at}: no link to {history}");
                dated += 1;
            }
            None => assert_eq!(page.updated, "", "{at}"),
        }
    }
    assert!(dated > 0, "no page is dated");
}

/// The changes page: each change the setting shows with the kind it was, a line that counts
/// the rest (never in strict mode), and the commits' messages only at the end of the season.
#[test]
fn the_changes_page_counts_what_it_holds_back_except_in_strict_mode() {
    let wiki = wiki();
    for page in every_page().iter().filter(|page| page.route == "/changes") {
        let at = page.setting.key();
        let recent = wiki.recent_changes(page.setting, usize::MAX);
        let listed: Vec<&String> = page
            .changes
            .iter()
            .filter(|text| {
                ["added", "corrected", "sourced"].iter().any(|kind| text.contains(&format!(" {kind}")))
            })
            .collect();
        assert_eq!(listed.len(), recent.shown.len().min(50), "at {at}: {:?}", page.changes);
        let line = page.changes.iter().find(|text| text.ends_with("later episodes."));
        match (page.setting.collapses(), recent.later) {
            (true, _) | (false, 0) => assert_eq!(line, None, "at {at}"),
            (false, later) => {
                assert!(line.is_some_and(|line| line.starts_with(&format!("{later} "))), "at {at}: {line:?}")
            }
        }
        let message = &wiki.history().changes[0].message;
        assert_eq!(
            page.exposed.contains(message.as_str()),
            page.setting.progress == Progress::FINISHED,
            "at {at}"
        );
    }
}

/// The text inside the first element `wanted` picks, tags out.
fn text_of(tokens: &[Token], wanted: impl Fn(&str, &[(String, String)]) -> bool) -> String {
    let mut depth = 0;
    let mut text = String::new();
    for token in tokens {
        match token {
            Token::Start(name, attrs) if depth == 0 && wanted(name, attrs) => depth = 1,
            Token::Start(..) if depth > 0 => depth += 1,
            Token::End(_) if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    return text.trim().to_owned();
                }
            }
            Token::Text(t) if depth > 0 => text.push_str(t),
            _ => {}
        }
    }
    text.trim().to_owned()
}

/// The `href` of every link inside the `<nav>` with class `class`.
fn links_in(tokens: &[Token], class: &str) -> Vec<String> {
    let mut inside = false;
    let mut links = Vec::new();
    for token in tokens {
        match token {
            Token::Start(name, attrs)
                if name == "nav"
                    && attrs
                        .iter()
                        .any(|(n, v)| n == "class" && v.split_whitespace().any(|c| c == class)) =>
            {
                inside = true;
            }
            Token::Start(name, attrs) if inside && name == "a" => {
                links.extend(attrs.iter().filter(|(n, _)| n == "href").map(|(_, v)| v.clone()));
            }
            Token::End(name) if inside && name == "nav" => inside = false,
            _ => {}
        }
    }
    links
}

/// A piece of HTML as the tests read it.
#[derive(Debug, PartialEq)]
enum Token {
    /// A start tag's name and its attributes, values decoded.
    Start(String, Vec<(String, String)>),
    End(String),
    /// Text, references decoded.
    Text(String),
}

/// The ids the placeholders of statements reveal (a `button.spoiler`, but not strict mode's
/// line for everything later).
fn revealable(tokens: &[Token]) -> Vec<String> {
    tokens
        .windows(2)
        .filter_map(|pair| match pair {
            [Token::Start(name, attrs), Token::Text(text)] if name == "button" && text != LATER_LINE => {
                let class = attrs.iter().any(|(k, v)| k == "class" && v == "spoiler");
                let ids = attrs.iter().find(|(k, _)| k == "data-spoiler").map(|(_, v)| v.clone());
                ids.filter(|_| class)
            }
            _ => None,
        })
        .flat_map(|ids| ids.split(' ').map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// The ids of the statements shown (`<span data-statement="id episode">`) that hold none from a
/// later episode.
fn statements_whole(tokens: &[Token]) -> Vec<String> {
    // The spans open at each point: a statement's id and episode, and whether a later one began
    // inside it.
    let mut open: Vec<Option<(String, u8, bool)>> = Vec::new();
    let mut whole = Vec::new();
    for token in tokens {
        match token {
            Token::Start(name, attrs) if name == "span" => {
                let statement = attrs.iter().find(|(k, _)| k == "data-statement").and_then(|(_, v)| {
                    let (id, episode) = v.split_once(' ')?;
                    Some((id.to_owned(), episode.parse().ok()?, false))
                });
                if let Some((_, episode, _)) = &statement {
                    for (_, outer, later) in open.iter_mut().flatten() {
                        *later |= *episode > *outer;
                    }
                }
                open.push(statement);
            }
            Token::End(name) if name == "span" => {
                if let Some(Some((id, _, false))) = open.pop() {
                    whole.push(id);
                }
            }
            _ => {}
        }
    }
    whole
}

/// The HTML the renderer writes, as tokens: quoted attributes, escaped text, no comments or
/// scripts but the ones it writes itself.
fn tokens(html: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        if at > 0 {
            out.push(Token::Text(decode(&rest[..at])));
        }
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        // The end of the tag: the first '>' outside quotes.
        let mut quoted = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '>' && !quoted
            })
            .map_or(rest.len(), |(i, _)| i);
        let tag = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or("");
        if let Some(name) = tag.strip_prefix('/') {
            out.push(Token::End(name.trim().to_lowercase()));
        } else if !tag.starts_with('!') {
            let name: String = tag.chars().take_while(|c| !c.is_whitespace() && *c != '/').collect();
            out.push(Token::Start(name.to_lowercase(), attributes(&tag[name.len()..])));
        }
    }
    if !rest.is_empty() {
        out.push(Token::Text(decode(rest)));
    }
    out
}

/// `name="value"` pairs (and bare names), values decoded.
fn attributes(mut text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    loop {
        text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if text.is_empty() {
            return out;
        }
        let name_end = text.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(text.len());
        let name = text[..name_end].to_lowercase();
        text = &text[name_end..];
        let value = match text.strip_prefix("=\"") {
            Some(quoted) => {
                let end = quoted.find('"').unwrap_or(quoted.len());
                text = quoted.get(end + 1..).unwrap_or("");
                decode(&quoted[..end])
            }
            None => String::new(),
        };
        out.push((name, value));
    }
}

/// Text with its character references decoded.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&end| end < 10);
        let decoded = end.and_then(|end| match &rest[1..end] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            code => code
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| code.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        });
        match (decoded, end) {
            (Some(c), Some(end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A link's query as the form it fills in reads it: `+` a space, `%xx` a byte.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// All a page exposes, as the browser sweep reads it: its text as one run (as `textContent`
/// joins it), then every attribute value, as it is and with its URL escapes decoded.
fn exposed(tokens: &[Token]) -> String {
    let mut text = String::new();
    let mut attributes = String::new();
    for token in tokens {
        match token {
            Token::Text(t) => text.push_str(t),
            Token::Start(_, attrs) => {
                for (_, value) in attrs {
                    attributes.push('\n');
                    attributes.push_str(value);
                    attributes.push('\n');
                    attributes.push_str(&percent_decoded(value));
                }
            }
            Token::End(_) => {}
        }
    }
    text + &attributes
}

/// The lists (and paragraphs) that hold more than one spoiler placeholder, by their class.
fn crowded_lists(tokens: &[Token]) -> Vec<String> {
    const VOID: [&str; 8] = ["meta", "link", "br", "img", "input", "hr", "source", "base"];
    const LISTS: [&str; 4] = ["ul", "ol", "dl", "p"];
    // Open elements: name, class, placeholders counted inside.
    let mut open: Vec<(String, String, usize)> = Vec::new();
    let mut crowded = Vec::new();
    for token in tokens {
        match token {
            Token::Start(name, attrs) if !VOID.contains(&name.as_str()) => {
                let class = attrs.iter().find(|(n, _)| n == "class").map_or("", |(_, v)| v.as_str());
                if name == "button" && class.split_whitespace().any(|c| c == "spoiler") {
                    if let Some(list) = open.iter_mut().rev().find(|(n, _, _)| LISTS.contains(&n.as_str())) {
                        list.2 += 1;
                    }
                }
                open.push((name.clone(), class.to_owned(), 0));
            }
            Token::End(name) => {
                if let Some(at) = open.iter().rposition(|(n, _, _)| n == name) {
                    for (n, class, count) in open.drain(at..) {
                        if count > 1 && LISTS.contains(&n.as_str()) {
                            crowded.push(format!("{count} placeholders in one <{n} class=\"{class}\">"));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    crowded
}

/// The lists (`ul`, `ol`) whose every entry holds a spoiler placeholder: how many entries, and
/// the text of each placeholder.
fn lists_of_placeholders(tokens: &[Token]) -> Vec<(usize, Vec<String>)> {
    // Open lists: entries, entries with a placeholder, the placeholders' texts.
    let mut lists: Vec<(usize, usize, Vec<String>)> = Vec::new();
    // Open entries, innermost last: whether each holds a placeholder.
    let mut items: Vec<bool> = Vec::new();
    let mut button: Option<String> = None;
    let mut found = Vec::new();
    for token in tokens {
        match token {
            Token::Start(name, attrs) => match name.as_str() {
                "ul" | "ol" => lists.push((0, 0, Vec::new())),
                "li" => items.push(false),
                "button"
                    if attrs
                        .iter()
                        .any(|(n, v)| n == "class" && v.split_whitespace().any(|c| c == "spoiler")) =>
                {
                    button = Some(String::new());
                    if let Some(item) = items.last_mut() {
                        *item = true;
                    }
                }
                _ => {}
            },
            Token::Text(text) => {
                if let Some(button) = button.as_mut() {
                    button.push_str(text);
                }
            }
            Token::End(name) => match name.as_str() {
                "button" => {
                    if let (Some(text), Some(list)) = (button.take(), lists.last_mut()) {
                        list.2.push(text);
                    }
                }
                "li" => {
                    let held = items.pop().unwrap_or(false);
                    if let Some(list) = lists.last_mut() {
                        list.0 += 1;
                        list.1 += usize::from(held);
                    }
                }
                "ul" | "ol" => {
                    if let Some((entries, held, texts)) = lists.pop() {
                        if entries > 0 && held == entries {
                            found.push((entries, texts));
                        }
                    }
                }
                _ => {}
            },
        }
    }
    found
}

#[test]
fn the_reader_reads_what_the_renderer_wrote() {
    let html = r#"<ul class="x"><li><button class="spoiler" data-a="a&amp;b">R</button></li><li><button class="spoiler b">S</button></li></ul><p>Dr. <a href="/q?t=Sydney+Burke%21">Sydney</a> &#39;B&#x27;</p><ol><li>a</li><li><button class="spoiler">T</button></li></ol>"#;
    let tokens = tokens(html);
    let text = exposed(&tokens);
    assert!(text.starts_with("RSDr. Sydney 'B'"), "{text}");
    assert!(text.contains("a&b") && text.contains("Sydney Burke!"));
    assert_eq!(crowded_lists(&tokens), ["2 placeholders in one <ul class=\"x\">"]);
    assert_eq!(lists_of_placeholders(&tokens), [(2, vec!["R".to_owned(), "S".to_owned()])]);
}
