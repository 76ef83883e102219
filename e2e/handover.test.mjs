// The static page and the app as one (public/boot.js, src/prerendered.rs): a returning reader's
// own page arrives first; what the reader does before the app is there becomes state the app
// takes over, so any sequence of early actions ends as the same actions in the app would; a
// failure never throws a readable page away; the setting reaches every open tab; a copy knows
// the address it belongs to; a panic leaves a note with a way on.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { watchedValue, closeSetting, heading, holdRequests, openSetting, storedChoice, takenOver, useBrowser, STORAGE_KEY } from './harness.mjs';
import { characters, hiddenStrings } from './data.mjs';
import { appFiles, matchingBuilt } from './site.mjs';

const { open } = useBrowser();
const { glue, wasm, data } = appFiles();
const APP = matchingBuilt(/\.wasm$|imperfects-wiki-[0-9a-f]+\.js$|\/data\//, [glue, wasm, ...data]);
const WASM = matchingBuilt('**/*.wasm', [wasm]);
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const html = (el) => el.evaluate((node) => node.innerHTML);
/** The page as the reader has it: what main shows, the setting, the search box and the focus. */
const state = (page) => page.evaluate(() => ({
  main: document.querySelector('main').innerText,
  watched: document.getElementById('watched-select').value,
  query: document.getElementById('search-input').value,
  focus: document.activeElement.id || document.activeElement.getAttribute('data-spoiler') || document.activeElement.tagName,
  revealed: [...document.querySelectorAll('main .revealed')].map((el) => el.getAttribute('data-spoiler')),
}));

describe('a returning reader', () => {
  for (const watched of [3, 10]) {
    it(`at ${watched} gets their own page without the app, the header showing their setting`, async () => {
      const page = await open(null, { watched });
      const seen = [];
      page.on('request', (request) => { if (APP.test(new URL(request.url()).pathname)) seen.push(request.url()); });
      await page.goto(`${page.wiki.origin}/characters/tilda-weber`);
      assert.equal(await heading(page), 'Tilda Weber');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.level), String(watched));
      assert.equal(await page.locator('#watched-select').inputValue(), String(watched));
      const content = await page.locator('#prerendered').textContent();
      for (const secret of hiddenStrings(watched)) assert.ok(!content.includes(secret), secret);
      if (watched === 10) assert.ok(content.includes(characters.find((c) => c.slug === 'tilda-weber').status[0].text));
      await page.waitForLoadState('networkidle');
      assert.deepEqual(seen, [], 'no app, no data');
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});

describe('early actions', () => {
  // The same sequence, before the app (held back until the end) and in the running app.
  const path = '/characters/juan-ruiz';
  async function sequence(page) {
    await openSetting(page);
    await page.locator('#watched-select').selectOption('2');
    await closeSetting(page);
    await page.locator('button.spoiler').first().waitFor();
    // One line may stand for several held-back entries: it lists each id, and reveals them all.
    const ids = await page.locator('button.spoiler').first().getAttribute('data-spoiler');
    await page.locator(`button.spoiler[data-spoiler="${ids}"]`).first().click();
    await page.locator('#search-input').click();
    await page.keyboard.type('tilda');
    return ids.split(' ');
  }

  it('a setting, a reveal and typing before the app end as they do in the app', async () => {
    const before = await open(path);
    const release = await holdRequests(before, WASM);
    const ids = await sequence(before);
    assert.equal(await before.evaluate(() => document.documentElement.dataset.level), '2', 'the copy follows the setting at once');
    assert.ok(await before.locator('#prerendered').count(), 'the app is still held back');
    release();
    await takenOver(before);
    await before.getByRole('option', { name: /Tilda Weber/ }).waitFor();
    const early = await state(before);
    assert.equal(early.watched, '2');
    assert.equal(await stored(before), storedChoice(2));
    for (const id of ids) assert.ok(early.revealed.includes(id), 'each spoiler revealed before the app is still revealed');
    assert.equal(early.query, 'tilda');
    assert.equal(early.focus, 'search-input');
    await before.keyboard.type(' w');
    assert.equal(await before.locator('#search-input').inputValue(), 'tilda w', 'typing goes on in the app');
    before.wiki.assertClean();
    await before.wiki.close();

    // The app already running: a query in the address starts it at once.
    const inApp = await open(`${path}?app`);
    await takenOver(inApp);
    await sequence(inApp);
    await inApp.getByRole('option', { name: /Tilda Weber/ }).waitFor();
    assert.deepEqual(await state(inApp), early);
    inApp.wiki.assertClean();
    await inApp.wiki.close();
  });

  it('the theme and the first-visit answer work before the app, and the app keeps them', async () => {
    const page = await open('/glossary');
    const release = await holdRequests(page, WASM);
    await page.locator('#theme-select').selectOption('dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.locator('.first-visit:visible').getByRole('button', { name: '10', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dataset.level === '10');
    assert.equal(await page.locator('.first-visit:visible').count(), 0);
    assert.equal(await page.locator('#theme-select').inputValue(), 'dark', 'the new copy shows the theme too');
    await page.locator('button.spoiler').count().then((n) => assert.equal(n, 0, 'nothing held back at finished'));
    await page.locator('#search-input').focus();
    release();
    await takenOver(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.locator('#theme-select').inputValue(), 'dark');
    assert.equal(await page.locator('#watched-select').inputValue(), '10');
    assert.equal(await page.locator('.first-visit').count(), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('the twist switch before the app stores what the app would', async () => {
    const page = await open('/characters/tilda-weber', { watched: 4 });
    await heading(page);
    await openSetting(page);
    await page.getByLabel('Show plot twists').check();
    await page.waitForFunction(() => document.documentElement.dataset.level === '10');
    assert.equal(await stored(page), JSON.stringify({ version: 1, watched: 10, before_twists: 4 }));
    await openSetting(page);
    await page.getByLabel('Show plot twists').uncheck();
    await page.waitForFunction(() => document.documentElement.dataset.level === '4');
    assert.equal(await stored(page), storedChoice(4));
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('garbage in storage', () => {
  for (const garbage of ['garbage', '{"version":1,"watched":99,"before_twists":0}', '{ "version": 1, "watched": 3, "before_twists": 3 }', '{"version":1,"watched":03,"before_twists":3}']) {
    it(`${garbage}: the same first-visit question before and after the app`, async () => {
      const page = await open(null);
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, garbage]);
      await page.goto(`${page.wiki.origin}/episodes`);
      await heading(page);
      assert.ok(await page.locator('#prerendered .first-visit').isVisible(), 'asked on the copy');
      await page.locator('#search-input').focus();
      await takenOver(page);
      assert.ok(await page.locator('.first-visit').isVisible(), 'asked by the app');
      assert.equal(await page.locator('#watched-select').inputValue(), '0');
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('a valid setting is not asked about, before or after the app', async () => {
    const page = await open('/episodes', { watched: 0 });
    await heading(page);
    assert.equal(await page.locator('.first-visit:visible').count(), 0);
    await page.locator('#search-input').focus();
    await takenOver(page);
    assert.equal(await page.locator('.first-visit').count(), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('a failure keeps a readable page', () => {
  const failures = [
    ['the data answers 500', (route) => route.fulfill({ status: 500, body: 'no' }), ['status of 500']],
    ['the data is malformed', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"entries": [' }), []],
    ['the network fails', (route) => route.abort(), ['Failed to load resource']],
  ];
  for (const [name, answer, allowErrors] of failures) {
    it(`when ${name}, the page stays with a note and "Try again"`, async () => {
      const page = await open(null, { watched: 6, allowErrors });
      await page.route('**/data/characters.json', answer);
      await page.goto(`${page.wiki.origin}/characters/abbi-singh`);
      await heading(page);
      const before = await html(page.locator('#prerendered main'));
      await page.locator('#search-input').focus();
      const note = page.getByRole('status').filter({ hasText: 'still here to read' });
      await note.waitFor();
      assert.ok(await note.getByRole('button', { name: 'Try again' }).isVisible());
      assert.ok(await page.locator('#prerendered main h1').isVisible());
      assert.equal(await html(page.locator('#prerendered main')), before, 'the page is as it was');
      assert.equal(await watchedValue(page), '6');
      await page.unroute('**/data/characters.json');
      await note.getByRole('button', { name: 'Try again' }).click();
      assert.equal(await heading(page), 'Abbi Singh');
      await page.wiki.close();
    });
  }
});

describe('the setting in two tabs', () => {
  it('lowered in one tab, is lowered at once in the other, with or without the app', async () => {
    const reader = await open(null, { watched: 10 });
    const copyTab = await reader.wiki.context.newPage();
    await copyTab.goto(`${reader.wiki.origin}/characters/tilda-weber`);
    await heading(copyTab);
    await reader.goto(`${reader.wiki.origin}/characters/tilda-weber?app`);
    await takenOver(reader);
    const ending = characters.find((c) => c.slug === 'tilda-weber').status[0].text;
    assert.ok(await copyTab.getByText(ending).first().isVisible(), 'both start at finished');

    await openSetting(reader);
    await reader.locator('#watched-select').selectOption('2');
    await copyTab.waitForFunction(() => document.documentElement.dataset.level === '2');
    assert.equal(await copyTab.getByText(ending).count(), 0, 'the copy tab lowered');
    assert.equal(await copyTab.locator('#watched-select').inputValue(), '2');

    await openSetting(copyTab);
    await copyTab.locator('#watched-select').selectOption('1');
    await reader.waitForFunction(() => document.getElementById('watched-select').value === '1');
    const content = await reader.locator('main').textContent();
    for (const secret of hiddenStrings(1)) assert.ok(!content.includes(secret), secret);
    reader.wiki.assertClean();
    await reader.wiki.close();
  });
});

describe('a panic', () => {
  it('shows a note with a reload, not a frozen page', async () => {
    const page = await open('/about?app', { allowErrors: ['The wiki stopped', 'unreachable', 'panic requested'] });
    await takenOver(page);
    await page.evaluate(() => { try { window.__wiki.bindings.wiki_test_panic(); } catch (e) { /* the app stopped */ } });
    const note = page.getByRole('status').filter({ hasText: 'stopped working' });
    await note.waitFor();
    await note.getByRole('button', { name: 'Reload' }).click();
    assert.equal(await heading(page), 'About this wiki');
    await page.wiki.close();
  });
});

describe('an address the copy does not belong to', () => {
  const spa = useBrowser({ mode: 'spa' });
  it('starts the app, which says "not found", on a host that answers with index.html', async () => {
    const page = await spa.open('/characters/nobody-at-all', { allowErrors: [] });
    assert.equal(await heading(page), 'Page not found');
    assert.equal(await page.locator('#prerendered').count(), 0);
    assert.match(await page.title(), /^Page not found/);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
