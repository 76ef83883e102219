// The data's history as a reader meets it: "Updated …" at the foot of a page of each kind, the
// same in the copy and in the app (which reads data/history.json with the data); the recent
// changes page at three settings and in strict mode, naming nothing the setting holds back;
// and the Atom feed, as a browser parses it. Expected dates and counts are read from the
// history the build wrote, never today's wording. (Axe, light and dark, covers the changes page
// with every section's page in e2e/a11y.test.mjs; the native suite sweeps it at every setting.)
// A build from a clone without the history (shallow, a tarball) says nothing: no line, no list,
// no feed; that is what these tests then check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { heading, useBrowser, visitAll } from './harness.mjs';
import { KINDS } from './site.mjs';
import { hiddenStrings } from './data.mjs';

const { open } = useBrowser();
const history = JSON.parse(readFileSync(new URL('../dist/data/history.json', import.meta.url), 'utf8'));
const known = history.changes.length > 0;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (date) => `${+date.slice(8, 10)} ${MONTHS[+date.slice(5, 7) - 1]} ${date.slice(0, 4)}`;

/** The data file a page of each section shows (src/sections.rs), by the name history.json gives it. */
const FILES = { '': 'show', show: 'show', characters: 'characters', episodes: 'episodes', abilities: 'creatures', glossary: 'glossary', about: 'sources' };

/** The line a new visitor's page ends with: the latest change to its entry (to any of its file's for a section's page) that the default shows. */
function expectedLine(path) {
  const [segment, entry] = path.split('/').slice(1);
  const file = FILES[segment];
  if (file === undefined || !known) return null;
  const change = history.changes.find((c) => c.file === file && (entry === undefined || c.entry === entry) && c.shown_from === 0);
  return change ? `Updated ${longDate(change.date)} · History` : null;
}

describe('the data\'s history', () => {
  it('has a history to show, or says nothing of it', { skip: known ? false : 'a build without history' }, () => {
    assert.ok(history.changes.every((c) => c.date && c.file && c.kind));
  });

  it('a page of each kind says when it last changed, in the copy and in the app', async () => {
    const page = await open(null);
    const lines = await visitAll(page, KINDS, async (path, where) => {
      const line = page.locator('main .updated');
      const text = (await line.count()) ? (await line.innerText()).replace(/\s+/g, ' ').trim() : null;
      const href = text && await line.locator('a').getAttribute('href');
      return [path, where, text, href];
    });
    let dated = 0;
    for (const [path, where, text, href] of lines) {
      assert.equal(text, expectedLine(path), `${path} (${where})`);
      if (text) {
        dated += 1;
        assert.match(href, new RegExp(`/commits/HEAD/public/data/${FILES[path.split('/')[1]]}\\.json$`), `${path} (${where})`);
      }
    }
    assert.ok(known ? dated >= 10 : dated === 0, `${dated} pages dated`);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  for (const [watched, strict] of [[0, false], [5, false], [10, false], [3, true]]) {
    it(`the recent changes page up to episode ${watched}${strict ? ', strict' : ''} names nothing later`, async () => {
      const page = await open('/changes', { watched: watched || undefined, strict });
      await heading(page);
      const { items, text, later } = await page.evaluate(() => ({
        items: [...document.querySelectorAll('main .change-list > li')].map((li) => li.innerText),
        text: document.querySelector('main').innerText + document.title,
        later: [...document.querySelectorAll('main p')].map((p) => p.innerText).find((t) => t.endsWith('later episodes.')),
      }));
      if (!known) {
        assert.equal(await page.locator('main a[href$=".xml"]').count(), 0, 'no feed to link');
        assert.deepEqual(items, []);
        assert.equal(later, undefined);
        return page.wiki.close();
      }
      // The feed is linked only where the build wrote it.
      assert.equal(await page.locator('main a[href$=".xml"]').count(), history.feed ? 1 : 0);
      const key = strict ? 'strict_from' : 'shown_from';
      const shown = history.changes.filter((c) => c[key] <= watched);
      assert.ok(items.length > 0 && items.length <= Math.min(50, shown.length), `${items.length} items`);
      assert.deepEqual(hiddenStrings(watched, { strict }).filter((s) => text.includes(s)), []);
      // Messages are fans' free text: only at the end of the season.
      const newest = shown[0].message;
      assert.equal(text.includes(newest), watched === 10, 'the newest message');
      if (strict || watched === 10) assert.equal(later, undefined, 'no count of later changes');
      else assert.match(later ?? '', /^\d+ changes? concerns? later episodes\.$/);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('the feed parses as Atom, linked from the home page and the changes page', { skip: known ? false : 'a build without history has no feed' }, async () => {
    const page = await open('/');
    await heading(page);
    const link = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    assert.match(link, /^\/[a-z-]+\.xml$/);
    const feed = await page.evaluate(async (href) => {
      const xml = new DOMParser().parseFromString(await (await fetch(href)).text(), 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const root = xml.documentElement;
      const has = (node, name) => [...node.children].some((c) => c.localName === name && c.namespaceURI === atom);
      const entries = [...root.children].filter((c) => c.localName === 'entry');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        root: [root.localName, root.namespaceURI],
        feed: ['id', 'title', 'updated', 'author'].filter((name) => !has(root, name)),
        entries: entries.length,
        missing: entries.flatMap((entry) => ['id', 'title', 'updated', 'link'].filter((name) => !has(entry, name))),
        text: root.textContent,
      };
    }, link);
    assert.equal(feed.error, null);
    assert.deepEqual(feed.root, ['feed', 'http://www.w3.org/2005/Atom']);
    assert.deepEqual(feed.feed, []);
    assert.ok(feed.entries > 0);
    assert.deepEqual(feed.missing, []);
    assert.deepEqual(hiddenStrings(0).filter((s) => feed.text.includes(s)), []);
    await page.goto(`${page.wiki.origin}/changes`);
    assert.equal(await page.locator('link[rel="alternate"][type="application/atom+xml"]').count(), 1);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
