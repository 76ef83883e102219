// Search before the app (public/search.js and its engine, src/bin/search_engine.rs): with the
// app held back, the header's box answers from the index of the reader's setting with what the
// app lists for the same query, holds nothing the setting keeps back, hands its text and
// results over to the app, and offline after one visit answers or says it cannot.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { controlled, holdRequests, takenOver, useBrowser } from './harness.mjs';
import { characters, creatures, hiddenStrings } from './data.mjs';
import { appFiles, matchingBuilt } from './site.mjs';

const { open } = useBrowser();
const WASM = matchingBuilt('**/imperfects-wiki-*.wasm', [appFiles().wasm]);
// The engine's wasm, as trunk names it after its binary (src/names.rs SEARCH_ENGINE_FILES).
const ENGINE = matchingBuilt('**/search_engine_bg.wasm', ['/search_engine_bg.wasm']);

// Queries from the data: each character's first name and each power's name (met or not at the
// setting), a word every episode shares, a slip, and one that finds nothing.
const QUERIES = [...new Set([
  ...characters.map((c) => c.name.split(' ')[0]),
  ...creatures.flatMap((c) => c.powers.map((p) => p.name)),
  'episode',
  `${characters[0].name.split(' ')[0]}x`,
  'zzqxv',
])];

/** What the header's list shows and announces for `query`, once the box has answered it. */
async function listFor(page, scope, query) {
  const box = page.locator(`${scope} #search-input`);
  await box.fill(query);
  await page.waitForFunction(([scope, query]) => {
    const list = document.querySelector(`${scope} #search-listbox`);
    const status = list?.parentElement.querySelector('[role="status"]');
    return list && !list.hidden && list.children.length > 0 && status?.textContent.includes('result')
      && document.querySelector(`${scope} #search-input`).value === query;
  }, [scope, query]);
  return page.evaluate((scope) => {
    const list = document.querySelector(`${scope} #search-listbox`);
    return {
      options: [...list.querySelectorAll('li')].map((li) => [li.className, li.textContent]),
      status: list.parentElement.querySelector('[role="status"]').textContent,
    };
  }, scope);
}

describe('search before the app', () => {
  for (const [watched, strict] of [[0, false], [3, false], [3, true], [10, false]]) {
    it(`at ${watched}${strict ? ' in strict mode' : ''} lists what the app lists, nothing held back, and hands over`, async () => {
      const page = await open('/about', { watched, strict });
      const release = await holdRequests(page, WASM);
      await page.locator('#prerendered #search-input').click();
      const early = [];
      for (const query of QUERIES) early.push(await listFor(page, '#prerendered', query));
      assert.ok(await page.locator('#prerendered').count(), 'the app was held back');
      const hidden = hiddenStrings(watched, { strict });
      for (const [i, { options }] of early.entries()) {
        const shown = options.filter(([kind]) => kind === 'search-option').map(([, text]) => text).join('\n');
        const leaked = hidden.filter((secret) => shown.includes(secret));
        assert.deepEqual(leaked, [], `"${QUERIES[i]}" lists what the setting holds back`);
      }
      // The app arrives: it keeps the text typed and lists the same for it.
      release();
      await takenOver(page);
      const box = page.locator('#search-input');
      assert.equal(await box.inputValue(), QUERIES.at(-1));
      assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
      for (const [i, query] of QUERIES.entries()) {
        assert.deepEqual(await listFor(page, '', query), early[i], `"${query}": the app lists otherwise`);
      }
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('moves with the arrow keys and Enter opens the chosen result, before the app', async () => {
    const page = await open('/about', { watched: 10 });
    await holdRequests(page, WASM);
    await page.locator('#prerendered #search-input').click();
    const { options } = await listFor(page, '#prerendered', 'episode');
    assert.ok(options.length >= 3);
    const box = page.locator('#prerendered #search-input');
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    assert.equal(await box.getAttribute('aria-activedescendant'), 'search-option-1');
    await box.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await box.inputValue(), 'episode', 'Escape closes the list but keeps the text');
    await box.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await box.press('ArrowDown');
    const chosen = await page.locator('#prerendered #search-option-1 .hit-title').textContent();
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/about/' && url.pathname !== '/about');
    await page.locator('#prerendered main h1').waitFor();
    assert.equal((await page.locator('#prerendered main h1').textContent()).trim(), chosen);
    await page.wiki.close();
  });

  it('offline after one visit answers from what the service worker kept', async () => {
    const page = await open('/about', { watched: 10, serviceWorkers: 'allow', allowErrors: ['Failed to load resource', 'net::ERR_'] });
    // The app never arrives (held for the worker's requests too), so the copy answers throughout.
    await page.wiki.context.route(WASM, () => {});
    await controlled(page);
    // Read again, now that the service worker keeps what is fetched, and searched once.
    await page.goto(page.wiki.origin + '/about');
    await page.locator('#prerendered #search-input').click();
    const online = await listFor(page, '#prerendered', 'episode');
    await page.wiki.context.setOffline(true);
    await page.goto(page.wiki.origin + '/about');
    await page.locator('#prerendered #search-input').click();
    assert.deepEqual(await listFor(page, '#prerendered', 'episode'), online);
    await page.wiki.context.setOffline(false);
    await page.wiki.close();
  });

  it('without the engine it says that search needs a connection, never a blank list', async () => {
    const page = await open('/about', { watched: 10, allowErrors: ['Failed to load resource', 'net::ERR_'] });
    await holdRequests(page, WASM);
    await page.route(ENGINE, (route) => route.abort());
    await page.locator('#prerendered #search-input').click();
    await page.locator('#prerendered #search-input').fill('episode');
    const note = page.locator('#prerendered #search-listbox .search-empty');
    await note.waitFor();
    assert.match(await note.textContent(), /needs a connection/);
    await page.wiki.close();
  });
});
