// The wiki's pages as the build made them: every prerendered file names the address it was
// rendered for (data-page on <html>), so the tests visit exactly what the one table of sections
// (src/sections.rs) and the data give, with no list of their own to keep in step.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readerRules } from '../public/reader.js';

const ROOT = new URL('../dist/', import.meta.url).pathname;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
/** HTML with its character references decoded, as a reader gets its text. */
export const decoded = (html) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name) => ENTITIES[name]);
/** The text of a piece of HTML: tags out, references decoded. */
export const textOf = (html) => decoded(html.replace(/<[^>]+>/g, '')).trim();

/** Every page at the safe default, as [path, heading]; copies at other levels are left out. */
function readPages() {
  const files = readdirSync(ROOT, { recursive: true })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('levels/'));
  if (files.length === 0) throw new Error(`no prerendered pages in ${ROOT}: build first (make build)`);
  return files.map((file) => {
    const html = readFileSync(join(ROOT, file), 'utf8');
    const path = html.match(/<html [^>]*data-page="([^"]+)"/)?.[1];
    const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1];
    if (!path || h1 === undefined) throw new Error(`${file}: no data-page or no h1`);
    return [path, textOf(h1)];
  }).sort(([a], [b]) => a.localeCompare(b));
}

const PAGES = new Map(readPages());

/**
 * The names the app defines (src/names.rs) as the build wrote them into the service worker:
 * storage keys, caches, attributes. Tests use these rather than spelling them again.
 */
export const NAMES = (() => {
  const worker = readFileSync(join(ROOT, 'sw.js'), 'utf8');
  const names = worker.match(/^const N = (\{.*\});$/m)?.[1];
  if (!names) throw new Error(`${ROOT}sw.js names no N: build first (make build)`);
  return JSON.parse(names);
})();

/** The app's rules of the reader's state (public/reader.js), with the build's names. */
export const RULES = readerRules(NAMES);

/** Every address the wiki has a page for: each section's page and each entry's. */
export const ROUTES = [...PAGES.keys()];

/** The sections' own pages ("/", "/characters", …), without their entries. */
export const SECTIONS = ROUTES.filter((path) => path.split('/').length === 2);

/** One page of each kind: each section's own page and its first entry (pages of a kind share their views). */
export const KINDS = SECTIONS.flatMap((section) => [section, ...ROUTES.filter((route) => section !== '/' && route.startsWith(`${section}/`)).slice(0, 1)]);

/** The heading the build gave a page at the safe default. */
export function builtHeading(path) {
  return PAGES.get(path);
}

/** Every file of the build, as its address from the site's root ("/data/show.json"). */
const builtFiles = () => readdirSync(ROOT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/')}`);

let app;
/**
 * The app's own files as the build named them: the glue and the wasm that the pages' boot
 * script loads (by the names the prerenderer wrote into it; they carry a hash of each build),
 * and the data files (public/data as it is copied, schemas included), whose requests the tests
 * count with the app's. Each must be a file of the build.
 */
export function appFiles() {
  if (app) return app;
  const files = builtFiles();
  const home = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const named = (key) => {
    // The boot script is minified: its names may stand with or without quotes.
    const file = home.match(new RegExp(`(?:"${key}"|[{,]${key}):"([^"]+)"`))?.[1];
    if (!file || !files.includes(file)) throw new Error(`the boot script in ${ROOT}index.html names no ${key} file of the build (${file})`);
    return file;
  };
  const data = files.filter((file) => file.startsWith('/data/') && file.endsWith('.json'));
  if (data.length === 0) throw new Error(`no data files in ${ROOT}data/`);
  app = { glue: named('glue'), wasm: named('wasm'), data };
  return app;
}

/** A Playwright URL glob (`**` spans folders, `*` does not) as a RegExp over a whole URL. */
function globRegExp(glob) {
  if (/[?[{]/.test(glob)) throw new Error(`${glob}: only "*" and "**" are read here`);
  const parts = glob.split(/(\*\*|\*)/).map((part) => {
    if (part === '**') return '.*';
    if (part === '*') return '[^/]*';
    return part.replace(/[.+^$()|\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}$`);
}

/**
 * `pattern` itself, once it is known to pick out exactly `files` (addresses from the site's
 * root, e.g. from `appFiles()`) among the files of the build: a RegExp as a test reads a
 * request's path, or a glob as Playwright reads a request's URL. A test that waits for, holds
 * back or counts requests by a pattern would otherwise, once a file is renamed, match nothing
 * and pass without testing anything; here it fails at once, saying which file it missed.
 */
export function matchingBuilt(pattern, files) {
  const test = typeof pattern === 'string'
    ? ((re) => (file) => re.test(`http://127.0.0.1${file}`))(globRegExp(pattern))
    : (file) => pattern.test(file);
  const matched = builtFiles().filter(test);
  const missed = files.filter((file) => !matched.includes(file));
  const extra = matched.filter((file) => !files.includes(file));
  if (missed.length || extra.length) {
    const wrong = [missed.length && `misses ${missed.join(', ')}`, extra.length && `also matches ${extra.slice(0, 5).join(', ')}`];
    throw new Error(`${pattern} ${wrong.filter(Boolean).join(' and ')} among the files in ${ROOT}`);
  }
  return pattern;
}
