// The app is loaded only when a page needs it (public/app-loader.js): never for a new visitor
// who only reads; at once for a returning reader or an address with a query; otherwise at the
// first use of a control, which the app then carries out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, holdRequests, takenOver, useBrowser } from './harness.mjs';
import { characters, expectedHeading } from './data.mjs';

const { open } = useBrowser();
const APP = /\.wasm$|imperfects-wiki-[0-9a-f]+\.js$|\/data\//;

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
  it('for a reader who chose a setting before, and shows it', async () => {
    const page = await open('/glossary', { watched: 10 });
    await takenOver(page);
    assert.equal(await page.locator('main .spoiler').count(), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });

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

  it('says the app is coming, then does what the reader asked', async () => {
    const page = await open('/characters/tilda-weber');
    const release = await holdRequests(page, '**/*.wasm');
    await page.getByRole('button', { name: "I've seen all 10 episodes" }).click();
    await page.getByRole('status').filter({ hasText: 'Loading the wiki’s controls' }).waitFor();
    release();
    await takenOver(page);
    await page.getByText(ending).first().waitFor();
    assert.equal(await page.locator('.first-visit').count(), 0);
    assert.equal(await page.locator('.app-status').count(), 0, 'the note goes with the copy');
    assert.equal(await page.locator('#watched-select').inputValue(), '10');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('keeps what was typed in the search box, and the focus', async () => {
    const page = await open('/about');
    const release = await holdRequests(page, '**/*.wasm');
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

  it('"/" focuses the search box before the app is there, and the app keeps the focus', async () => {
    const page = await open('/episodes');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    await takenOver(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    await page.keyboard.type('juan');
    await page.getByRole('option', { name: /Juan Ruiz/ }).waitFor();
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('switches the theme, reveals one spoiler, shows a gated page and ticks the twist switch', async () => {
    const cases = [
      ['/glossary', (page) => page.locator('#theme-select').selectOption('dark'),
        async (page) => assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark')],
      ['/glossary', (page) => page.locator('button.spoiler').first().click(),
        async (page) => {
          assert.equal(await page.locator('.revealed').count(), 1);
          assert.equal(await page.evaluate(() => document.activeElement.className), 'revealed', 'focus moves to what it revealed');
        }],
      ['/characters/dr-hallenbeck', (page) => page.getByRole('button', { name: 'Show anyway' }).click(),
        async (page) => assert.equal(await page.locator('.spoiler-gate').count(), 0)],
      ['/characters/tilda-weber', (page) => page.getByLabel('Show plot twists').check(),
        async (page) => {
          await page.getByText(ending).first().waitFor();
          assert.equal(await page.locator('#watched-select').inputValue(), '10');
        }],
    ];
    for (const [path, use, check] of cases) {
      const page = await open(path);
      assert.ok(await page.locator('#prerendered').count(), `${path}: prerendered before`);
      await use(page);
      await takenOver(page);
      await check(page);
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });

  it('says so when the app cannot be loaded, and the page stays readable', async () => {
    const page = await open('/episodes/1', { allowErrors: ['Failed to load resource', 'Failed to fetch dynamically imported module'] });
    await page.route('**/imperfects-wiki-*.js', (route) => route.abort());
    await page.getByRole('button', { name: "I haven't started" }).click();
    const note = page.getByRole('status').filter({ hasText: 'could not be loaded' });
    await note.waitFor();
    assert.ok(await note.getByRole('button', { name: 'Try again' }).isVisible());
    assert.match(await heading(page), expectedHeading('/episodes/1'));
    assert.ok(await page.locator('#prerendered main h1').isVisible());
    await page.wiki.close();
  });
});
