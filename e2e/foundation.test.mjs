// The app shell: every route renders, navigation stays in the app, deep links load, unknown
// addresses get a not-found page, and a failed data request says what failed and recovers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, holdRequests, loadingNote, startApp, useBrowser } from './harness.mjs';
import { expectedHeading } from './data.mjs';
import { ROUTES as ALL_ROUTES, SECTIONS } from './site.mjs';

const { open } = useBrowser();

/** Each section's page and the first entry of each section that has entries, at "finished". */
const ROUTES = SECTIONS.flatMap((section) => [section, ...ALL_ROUTES.filter((path) => path.startsWith(`${section}/`)).slice(0, 1)])
  .map((path) => [path, expectedHeading(path)]);

describe('routes', () => {
  for (const [path, expected] of ROUTES) {
    it(`${path} renders its heading and title`, async () => {
      const page = await open(path, { watched: 10 });
      const shown = await heading(page);
      assert.ok(expected instanceof RegExp ? expected.test(shown) : shown === expected, `${path}: ${shown}`);
      assert.match(await page.title(), /The Imperfects Wiki/);
      assert.equal(await page.locator('main h1').count(), 1, 'one h1 per page');
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('each page sets its own document title', async () => {
    const page = await open('/characters/juan-ruiz', { watched: 10, app: true });
    await heading(page);
    assert.equal(await page.title(), 'Juan Ruiz · The Imperfects Wiki');
    await page.locator('nav a', { hasText: 'Episodes' }).click();
    assert.equal(await heading(page), 'Episode guide');
    assert.equal(await page.title(), 'Episode guide · The Imperfects Wiki');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('navigation', () => {
  it('moves between pages inside the app, without reloading', async () => {
    const page = await open('/', { watched: 10, app: true });
    await heading(page);
    await page.evaluate(() => { window.stillHere = true; });
    await page.locator('nav a', { hasText: 'Characters' }).click();
    assert.equal(await heading(page), 'Characters');
    await page.locator('main a', { hasText: 'Abbi Singh' }).first().click();
    assert.equal(await heading(page), 'Abbi Singh');
    assert.equal(new URL(page.url()).pathname, '/characters/abbi-singh');
    await page.goBack();
    assert.equal(await heading(page), 'Characters');
    assert.equal(await page.evaluate(() => window.stillHere), true, 'the page was reloaded');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('goes through every section in turn without an error', async () => {
    // Regression: a page's title once outlived the page and crashed the app on the next route.
    const page = await open('/', { watched: 10, app: true });
    await heading(page);
    const sections = [['Episodes', 'Episode guide'], ['Glossary', 'Glossary'], ['Characters', 'Characters'],
      ['Abilities', 'Abilities'], ['About', 'About this wiki'], ['Episodes', 'Episode guide']];
    for (let round = 0; round < 2; round += 1) {
      for (const [link, title] of sections) {
        await page.locator('nav a', { hasText: link }).click();
        assert.equal(await heading(page), title);
      }
      await page.locator('#search-input').fill('tilda');
      await page.locator('#search-input').press('Escape');
      await page.locator('#search-input').press('Enter');
      assert.equal(await heading(page), 'Search');
      await page.locator('.search-hit a').first().click();
      assert.equal(await heading(page), 'Tilda Weber');
      await page.locator('a', { hasText: 'Episode 1' }).first().click();
      assert.match(await heading(page), /^Episode 1/);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('reloads a deep link to a character and to an episode', async () => {
    const page = await open('/characters/abbi-singh', { watched: 10 });
    assert.equal(await heading(page), 'Abbi Singh');
    await page.reload();
    assert.equal(await heading(page), 'Abbi Singh');
    await page.goto(page.wiki.origin + '/episodes/10');
    await page.reload();
    assert.equal(await heading(page), 'Episode 10: Destroy All Monsters');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('goes from one episode to the next', async () => {
    const page = await open('/episodes/4', { watched: 10, app: true });
    await heading(page);
    await page.locator('a[rel="next"]').click();
    assert.equal(await heading(page), 'Episode 5: Zoe Must Be Destroyed');
    await page.locator('a[rel="prev"]').click();
    assert.equal(await heading(page), 'Episode 4: One of Us');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('not found', () => {
  for (const path of ['/nowhere', '/characters/nobody', '/episodes/11', '/episodes/0', '/episodes/four', '/abilities/vampire', '/characters/tilda-weber/extra', '/episodes/04']) {
    it(`${path} says the page does not exist and links home`, async () => {
      // The host answers 404, which the browser reports.
      const page = await open(path, { watched: 10, allowErrors: ['status of 404'] });
      assert.equal(await heading(page), 'Page not found');
      assert.equal(await page.title(), 'Page not found · The Imperfects Wiki');
      await page.locator('main a', { hasText: 'home page' }).click();
      assert.match(await heading(page), /The Imperfects/);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});

describe('when the data cannot be loaded', () => {
  const FAILURES = [
    ['the server answers 500', (route) => route.fulfill({ status: 500, body: 'oops' }), /characters\.json.*500/s],
    ['the file is missing', (route) => route.fulfill({ status: 404, body: 'no' }), /characters\.json is missing/],
    ['the JSON is malformed', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"entries": [}' }), /characters\.json: this is not valid JSON/],
    ['the file is cut off', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"entries": [{"slug": "tilda-' }), /characters\.json: the file ends too early/],
    ['the content has the wrong shape', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"entries": [{"slug": 3}]}' }), /characters\.json: the content does not fit the expected shape: found the number 3, expected a string/],
    ['an entry has a field the wiki does not know', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"entries": [{"slug": "a", "nickname": "b"}]}' }), /characters\.json: the content does not fit the expected shape: unknown field `nickname`/],
    ['the request is aborted', (route) => route.abort('connectionreset'), /characters\.json did not arrive/],
  ];
  for (const [name, fail, message] of FAILURES) {
    it(`says so when ${name}, keeps the page, and Try again recovers`, async () => {
      const page = await open(null, { watched: 10, allowErrors: ['Failed to load resource', 'net::ERR_'] });
      await page.route('**/data/characters.json', fail);
      await page.goto(page.wiki.origin + '/characters/tilda-weber');
      await page.locator('#prerendered #search-input').focus();
      const note = page.getByRole('status').filter({ hasText: 'still here to read' });
      await note.waitFor();
      assert.match(await note.textContent(), message);
      assert.equal(await heading(page), 'Tilda Weber');
      await page.unroute('**/data/characters.json');
      await note.getByRole('button', { name: 'Try again' }).click();
      await startApp(page);
      assert.equal(await heading(page), 'Tilda Weber');
      assert.equal(await note.count(), 0);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('without a page to keep (the offline shell), the app says what failed, and Retry recovers', async () => {
    const page = await open(null, { watched: 10, allowErrors: ['Failed to load resource'] });
    await page.route('**/data/characters.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto(page.wiki.origin + '/shell.html');
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /characters\.json.*500/s);
    assert.equal(await heading(page), 'The wiki could not load');
    await page.unroute('**/data/characters.json');
    const release = await holdRequests(page, '**/data/characters.json');
    await page.getByRole('button', { name: 'Retry' }).click();
    await loadingNote(page).waitFor({ state: 'visible' });
    release();
    assert.equal(await alert.count(), 0);
    assert.notEqual(await heading(page), 'The wiki could not load');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('keeps the prerendered page on screen while the data is on its way', async () => {
    const page = await open(null, { watched: 10 });
    const release = await holdRequests(page, '**/data/episodes.json');
    await page.goto(page.wiki.origin + '/episodes');
    await page.locator('#prerendered main h1', { hasText: 'Episode guide' }).waitFor({ state: 'visible' });
    await page.locator('#prerendered #search-input').focus();
    // The app's own loading note is there, hidden with the app behind the copy.
    const loading = page.locator('#prerendered ~ main').getByRole('status', { includeHidden: true });
    await loading.waitFor({ state: 'attached' });
    assert.equal(await loading.isVisible(), false, 'the app stays hidden behind the prerendered page');
    release();
    await page.waitForFunction(() => !document.getElementById('prerendered'));
    assert.equal(await heading(page), 'Episode guide');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
