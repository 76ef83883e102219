// The wiki's pages as the build made them: every prerendered file names the address it was
// rendered for (data-page on <html>), so the tests visit exactly what the one table of sections
// (src/sections.rs) and the data give, with no list of their own to keep in step.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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

/** Every address the wiki has a page for: each section's page and each entry's. */
export const ROUTES = [...PAGES.keys()];

/** The sections' own pages ("/", "/characters", …), without their entries. */
export const SECTIONS = ROUTES.filter((path) => path.split('/').length === 2);

/** The heading the build gave a page at the safe default. */
export function builtHeading(path) {
  return PAGES.get(path);
}
