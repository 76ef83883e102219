// Accessibility: axe-core on one page of each kind (each section's own page and its first
// entry, search and "not found") in light and dark (zero serious or critical violations), in
// the app and as prerendered before the app runs (a new visitor's on a phone too), plus the theme switch: remembered, and
// harmless when storage holds garbage. Pages of a kind share their views; what differs
// between them is data, which the native page suite (tests/pages.rs) reads at every setting.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { heading, moveTo, startApp, useBrowser } from './harness.mjs';
import { KINDS, NAMES } from './site.mjs';
import { characters, visibleAt } from './data.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { open } = useBrowser();

// A character met later is a gate for a new visitor: a kind of page of its own.
const gated = characters.find((c) => !visibleAt(c.introduced, 0));
const PAGES = [...KINDS, ...(gated ? [`/characters/${gated.slug}`] : []), '/search?q=a', '/nowhere'];
// Prerendered pages have no query.
const PRERENDERED = PAGES.filter((path) => !path.includes('?'));

async function seriousViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Serious violations on each of PAGES as its copy arrives, and (with `app`) in the app, which
 * starts once and then moves from page to page as a link moves it. */
async function sweep(page, app) {
  const found = [];
  for (const route of PAGES) {
    await page.goto(page.wiki.origin + route);
    await heading(page);
    for (const violation of await seriousViolations(page)) found.push(`${route}: ${violation}`);
  }
  if (app) {
    await startApp(page);
    for (const route of PRERENDERED) {
      await moveTo(page, route);
      for (const violation of await seriousViolations(page)) found.push(`${route} (app): ${violation}`);
    }
  }
  return found;
}

for (const colorScheme of ['light', 'dark']) {
  describe(`axe, ${colorScheme}`, () => {
    // Readers: one who has finished (all content), copy and app; a strict reader part-way,
    // whose lists end in one line for everything later; a new visitor (placeholders, gates,
    // the first-visit question) before the app runs. The app renders the same views as the
    // copies, and the strict lines are the placeholders' colours, so both are checked in the
    // light theme only; what each theme changes is colour, checked on all content and on the
    // placeholders in each.
    const readers = colorScheme === 'light' ? [[10, false, true], [3, true, false]] : [[10, false, false]];
    for (const [watched, strict, app] of readers) {
      const who = `${watched === 10 ? 'finished' : `up to episode ${watched}`}${strict ? ', strict' : ''}`;
      it(`a page of each kind, ${who}, ${app ? 'copy and app' : 'copy'}`, async () => {
        // '/nowhere' is answered with status 404, which the browser reports.
        const page = await open(null, { colorScheme, watched, strict, allowErrors: ['status of 404'] });
        assert.deepEqual(await sweep(page, app), []);
        page.wiki.assertClean();
        await page.wiki.close();
      });
    }

    // On a phone in one theme: the header there is another layout (the site's mark alone, the
    // sections behind a menu button), with names of its own to check.
    const phone = colorScheme === 'light' ? { width: 360, height: 740 } : undefined;
    it(`a prerendered page of each kind, as a new visitor sees it before the app runs${phone ? ', on a phone' : ''}`, async () => {
      const page = await open(null, { colorScheme, viewport: phone, allowErrors: ['status of 404'] });
      const found = [];
      for (const route of PRERENDERED) {
        await page.goto(page.wiki.origin + route);
        await page.locator('#prerendered main h1').waitFor();
        for (const violation of await seriousViolations(page)) found.push(`${route}: ${violation}`);
      }
      assert.deepEqual(found, []);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  });
}

describe('theme switch', () => {
  it('is remembered, and overrides the system theme', async () => {
    const page = await open('/', { colorScheme: 'light', watched: 10 });
    await heading(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('#theme-select').selectOption('dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.notEqual(await background(), light);
    await page.reload();
    await heading(page);
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    assert.equal(await page.locator('#theme-select').inputValue(), 'dark');
    await page.locator('#theme-select').selectOption('system');
    await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);
    assert.equal(await background(), light);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('ignores garbage in storage', async () => {
    const page = await open(null, { colorScheme: 'dark' });
    await page.addInitScript((key) => localStorage.setItem(key, '{"oops'), NAMES.themeKey);
    await page.goto(page.wiki.origin + '/');
    await heading(page);
    assert.equal(await page.locator('html').getAttribute('data-theme'), null);
    assert.equal(await page.locator('#theme-select').inputValue(), 'system');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  for (const app of [false, true]) {
    it(`the skip link moves focus to the content and stays on the page, ${app ? 'in the app' : 'before the app'}`, async () => {
      const page = await open('/characters', { watched: 10, app });
      await heading(page);
      await page.evaluate(() => { window.stillHere = true; });
      // In the app the search box had the focus; the skip link is the first stop from the top.
      if (app) await page.locator('.skip-link').focus();
      else await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement.id === 'main');
      assert.equal(new URL(page.url()).pathname, '/characters');
      assert.equal(await page.evaluate(() => window.stillHere), true, 'the page was reloaded');
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});
