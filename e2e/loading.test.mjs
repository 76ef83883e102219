// The app is loaded only when a page needs it (public/boot.js): never for a reader who only
// reads (a returning one gets the copy at their level, see handover.test.mjs); at once for an
// address with a query; otherwise at the first use of what only it can reveal (a held-back
// page), or once search has answered before it (e2e/early-search.test.mjs), which the app then
// takes over. A statement is revealed without it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, holdRequests, startApp, takenOver, useBrowser } from './harness.mjs';
import { characters, expectedHeading } from './data.mjs';
import { appFiles, matchingBuilt } from './site.mjs';

const { open } = useBrowser();
const { glue, wasm, data } = appFiles();
const APP = matchingBuilt(/imperfects-wiki-[0-9a-f]+(_bg\.wasm|\.js)$|\/data\//, [glue, wasm, ...data]);
const WASM = matchingBuilt('**/imperfects-wiki-*.wasm', [wasm]);
const GLUE = matchingBuilt('**/imperfects-wiki-*.js', [glue]);

/** Every request of the page's context (the service worker's included) for the app or its data. */
function appRequests(page) {
  const seen = [];
  page.wiki.context.on('request', (request) => { if (APP.test(new URL(request.url()).pathname)) seen.push(request.url()); });
  return seen;
}

describe('a new visitor who only reads', () => {
  it('never downloads the app or its data, service worker included', async () => {
    const page = await open(null, { serviceWorkers: 'allow' });
    const seen = appRequests(page);
    for (const path of ['/characters/tilda-weber', '/episodes/2', '/glossary']) {
      await page.goto(page.wiki.origin + path);
      await page.waitForLoadState('networkidle');
    }
    await page.evaluate(() => navigator.serviceWorker.ready);
    assert.ok(await page.locator('#prerendered main h1').isVisible(), 'the prerendered page is what they read');
    assert.deepEqual(seen, []);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('follows links as plain page loads, each page complete', async () => {
    const page = await open('/characters');
    await page.locator('#prerendered main a', { hasText: 'Abbi Singh' }).first().click();
    assert.equal(await heading(page), 'Abbi Singh');
    assert.ok(await page.locator('#prerendered').count(), 'the next page is prerendered too');
    await page.wiki.close();
  });
});

describe('the app starts at once', () => {
  it('for an address with a query, which no prerendered page answers', async () => {
    const page = await open('/search?q=banshee');
    await takenOver(page);
    assert.equal(await page.locator('.search-results .search-hit h2').first().textContent(), 'Banshee');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('the first use of a control', () => {
  const ending = characters.find((c) => c.slug === 'tilda-weber').status[0].text;

  it('reveals a statement without the app: the one pressed, from the finished copy, and the app keeps it', async () => {
    const page = await open('/characters/tilda-weber');
    const release = await holdRequests(page, WASM);
    const seen = appRequests(page);
    const statements = () => page.locator('[data-statement]').evaluateAll((els) => els.map((el) => el.dataset.statement.split(' ')[0]).sort());
    const before = await statements();
    // The first placeholder of each kind: one statement, and a line standing for several.
    for (const placeholder of [page.locator('#prerendered button.spoiler:not([data-spoiler*=" "])').first(), page.locator('#prerendered button.spoiler[data-spoiler*=" "]').first()]) {
      const ids = (await placeholder.getAttribute('data-spoiler')).split(' ');
      await placeholder.click();
      for (const id of ids) await page.locator(`#prerendered .revealed[data-spoiler="${id}"] > [data-statement~="${id}"]`).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-spoiler')), ids[0], 'focus moves to what it revealed');
      before.push(...ids);
      assert.deepEqual(await statements(), before.sort(), 'only the statements pressed enter the page');
    }
    assert.deepEqual(seen, [], 'the app is not asked for');
    assert.equal(await page.locator('.app-status').count(), 0, 'nothing to wait for');
    release();
    await startApp(page);
    for (const id of before) await page.locator(`.revealed[data-spoiler="${id}"]`).waitFor();
    assert.equal(await page.locator('#watched-select').inputValue(), '0', 'the setting is unchanged');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('says the app is coming for what only it can show, then shows it', async () => {
    const page = await open('/characters/dr-hallenbeck');
    const release = await holdRequests(page, WASM);
    const gate = page.getByRole('button', { name: 'Show anyway' });
    const id = await gate.getAttribute('data-spoiler');
    await gate.click();
    await page.getByRole('status').filter({ hasText: 'Loading the wiki’s controls' }).waitFor();
    assert.equal(await gate.getAttribute('aria-busy'), 'true', 'the button says it is on its way');
    release();
    await takenOver(page);
    assert.equal(await page.locator('.spoiler-gate').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-spoiler')), id, 'focus moves to what it revealed');
    assert.equal(await page.locator('.app-status').count(), 0, 'the note goes with the copy');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('does not need the app for the spoiler setting or the theme', async () => {
    const page = await open('/characters/tilda-weber');
    const seen = appRequests(page);
    await page.locator('.first-visit:visible').getByRole('button', { name: '10', exact: true }).click();
    await page.getByText(ending).first().waitFor();
    await page.locator('#theme-select').selectOption('light');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.equal(await page.locator('#watched-select').inputValue(), '10');
    assert.equal(await page.locator('.first-visit:visible').count(), 0);
    assert.deepEqual(seen, []);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('keeps what was typed in the search box, and the focus', async () => {
    const page = await open('/about');
    const release = await holdRequests(page, WASM);
    await page.locator('#search-input').click();
    await page.keyboard.type('abbi');
    release();
    await takenOver(page);
    assert.equal(await page.locator('#search-input').inputValue(), 'abbi');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    await page.getByRole('option', { name: /Abbi Singh/ }).waitFor();
    await page.keyboard.type(' s');
    assert.equal(await page.locator('#search-input').inputValue(), 'abbi s', 'typing goes on in the app');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('Enter in the search box before anything is listed opens the results page', async () => {
    const page = await open('/glossary');
    await holdRequests(page, WASM);
    // Neither the app nor the search before it (e2e/early-search.test.mjs) has answered yet.
    const engine = matchingBuilt('**/search_engine_bg.wasm', ['/search_engine_bg.wasm']);
    await holdRequests(page, engine);
    await page.locator('#search-input').click();
    await page.keyboard.type('tilda');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'tilda');
    // The results page's search is the engine's too, in the app.
    await page.unroute(WASM);
    await page.unroute(engine);
    await page.reload();
    assert.equal(await heading(page), 'Search');
    assert.ok(await page.locator('.search-results .search-hit').count() > 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('"/" focuses the search box before the app is there, and the app keeps the focus', async () => {
    const page = await open('/episodes');
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement.id === 'search-input');
    await takenOver(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    await page.keyboard.type('juan');
    await page.getByRole('option', { name: /Juan Ruiz/ }).waitFor();
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('says so when the app cannot be loaded, and the page stays readable', async () => {
    const page = await open('/episodes/1', { allowErrors: ['Failed to load resource', 'Failed to fetch dynamically imported module'] });
    await page.route(GLUE, (route) => route.abort());
    await page.locator('#search-input').focus();
    const note = page.getByRole('status').filter({ hasText: 'could not be loaded' });
    await note.waitFor();
    assert.ok(await note.getByRole('button', { name: 'Try again' }).isVisible());
    assert.match(await heading(page), expectedHeading('/episodes/1'));
    assert.ok(await page.locator('#prerendered main h1').isVisible());
    await page.wiki.close();
  });
});
