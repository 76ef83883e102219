// Search: results as you type, keyboard and screen-reader behaviour, the shareable results
// page, and that it never finds what the reader's setting hides.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, holdRequests, STORAGE_KEY, storedChoice, takenOver, useBrowser } from './harness.mjs';
import { matchingBuilt } from './site.mjs';
import { episodeHeading, episodes, hiddenStrings, show } from './data.mjs';

const { open } = useBrowser();

async function typeQuery(page, text) {
  const box = page.getByRole('combobox', { name: 'Search the wiki' });
  await box.fill('');
  await box.pressSequentially(text);
  // Let the app render the last keystroke before anyone reads the list.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  return box;
}

async function optionTitles(page) {
  return page.locator('#search-listbox .hit-title').allTextContents();
}

describe('the search box', () => {
  for (const [query, path, title] of [
    ['tilde', '/characters/tilda-weber', 'Tilda Weber'],
    ['chupacabr', '/abilities/chupacabra', 'Chupacabra'],
    ['4', '/episodes/4', 'Episode 4: One of Us'],
    ['s1e4', '/episodes/4', 'Episode 4: One of Us'],
    ['One of', '/episodes/4', 'Episode 4: One of Us'],
    ['Iñaki', '/characters/juan-ruiz', 'Juan Ruiz'],
  ]) {
    it(`"${query}" then Enter opens ${path}`, async () => {
      const page = await open('/', { watched: 10, app: true });
      await heading(page);
      const box = await typeQuery(page, query);
      await page.locator('#search-listbox .search-option').first().waitFor();
      await box.press('Enter');
      assert.equal(await heading(page), title);
      assert.equal(new URL(page.url()).pathname, path);
      assert.equal(await box.inputValue(), '', 'the box clears after opening a result');
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('shows results from the first character and follows the combobox pattern', async () => {
    const page = await open('/', { watched: 10, app: true });
    await heading(page);
    const box = await typeQuery(page, 't');
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    assert.equal(await box.getAttribute('aria-controls'), 'search-listbox');
    const options = page.getByRole('option');
    assert.ok(await options.count() >= 1);
    assert.equal(await box.getAttribute('aria-activedescendant'), 'search-option-0');
    assert.equal(await options.first().getAttribute('aria-selected'), 'true');
    assert.match(await page.locator('.search [role="status"]').textContent(), /\d+ results?/);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('moves with the arrow keys, opens the chosen result, and Escape closes', async () => {
    const page = await open('/', { watched: 10, app: true });
    await heading(page);
    const box = await typeQuery(page, 'episode');
    const titles = await optionTitles(page);
    assert.deepEqual(titles.slice(0, 3), episodes.slice(0, 3).map(episodeHeading));
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    assert.equal(await box.getAttribute('aria-activedescendant'), 'search-option-1');
    await box.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#search-listbox').isVisible(), false);
    await box.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    assert.equal(await box.inputValue(), 'episode', 'Escape closes the list but keeps the text');
    await box.press('ArrowDown');
    await box.press('Enter');
    assert.equal(await heading(page), episodeHeading(episodes[1]));
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('is focused by "/" from anywhere but a text field', async () => {
    const page = await open('/episodes', { watched: 10, app: true });
    await heading(page);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    assert.equal(await page.locator('#search-input').inputValue(), '', 'the slash is not typed');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('opens the results page when nothing is selected', async () => {
    const page = await open('/', { watched: 10, app: true });
    await heading(page);
    const box = await typeQuery(page, 'zzzz');
    assert.match(await page.locator('.search-empty').textContent(), /^No results for “zzzz”/);
    // Entries are offered instead, but none is chosen until the arrow keys choose one.
    assert.ok(await page.locator('#search-listbox .search-option').count() >= 1);
    assert.equal(await box.getAttribute('aria-activedescendant'), null);
    await box.press('Enter');
    assert.equal(await heading(page), 'Search');
    assert.equal(new URL(page.url()).search, '?q=zzzz');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('questions about the show', () => {
  it('"season 2" suggests the answer first, and Enter leads to it on the show page', async () => {
    const page = await open('/', { watched: 3, app: true });
    await heading(page);
    const answer = show.groups[0].facts[0];
    const box = await typeQuery(page, 'season 2');
    await page.locator('#search-listbox .search-option').first().waitFor();
    assert.equal((await optionTitles(page))[0], answer.label);
    assert.equal(await page.locator('#search-listbox .search-option .hit-kind').first().textContent(), 'About the show');
    await box.press('Enter');
    assert.equal(await heading(page), 'About the show');
    const url = new URL(page.url());
    assert.equal(url.pathname + url.hash, `/show#${answer.id}`);
    assert.ok((await page.locator(`#${answer.id}`).textContent()).includes(answer.value));
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('the results page', () => {
  it('can be shared and reloaded', async () => {
    const page = await open('/search?q=banshee', { watched: 10 });
    assert.equal(await heading(page), 'Search');
    assert.equal(await page.title(), 'Search: banshee · The Imperfects Wiki');
    const first = page.locator('.search-results .search-hit').first();
    assert.equal(await first.locator('h2').textContent(), 'Banshee');
    await page.reload();
    // An address with a query is the app's: until it takes over, the copy's form is there too.
    await takenOver(page);
    assert.equal(await page.locator('.search-results .search-hit h2').first().textContent(), 'Banshee');
    await page.locator('#search-page-input').fill('succubus');
    await page.locator('#search-page-input').press('Enter');
    await page.waitForURL(/q=succubus/);
    assert.equal(await page.locator('.search-results .search-hit h2').first().textContent(), 'Succubus');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('spoiler safety', () => {
  const LATER = ['hallenbeck', 'finch', 'flux', 'the cure', 'doug'];

  it('finds nothing that the default setting hides, and says nothing about it', async () => {
    const page = await open('/');
    await heading(page);
    // A new visitor's first use of the box brings the app (see loading.test.mjs).
    await page.getByRole('combobox', { name: 'Search the wiki' }).focus();
    await takenOver(page);
    const hidden = [...hiddenStrings(0)];
    for (const query of LATER) {
      await typeQuery(page, query);
      await page.locator('.search-empty').waitFor();
      // What is offered instead is only ever what the setting shows.
      for (const title of await optionTitles(page)) {
        assert.ok(!hidden.some((secret) => title.includes(secret)), `${query}: ${title}`);
      }
      assert.match(await page.locator('.search [role="status"]').textContent(), new RegExp(`^No results for “${query}”`));
    }
    // The results page for a hidden name reads exactly as for a word that is nowhere at all.
    const mainFor = async (query) => {
      await page.goto(`${page.wiki.origin}/search?q=${query}`);
      await heading(page);
      // Nothing found: what is offered instead is the same as for a word that is nowhere.
      await page.locator('.search-none').waitFor();
      assert.equal(await page.locator('.search-none').count(), 1, query);
      return (await page.locator('main').textContent()).replaceAll(query, 'QUERY');
    };
    assert.equal(await mainFor('hallenbeck'), await mainFor('qwzxv'));
    assert.ok(!(await page.content()).includes('Hallenbeck'), 'no name from the data');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('an answer for a setting left meanwhile (another tab chose again) never replaces the answer for the new one', async () => {
    // The app is started from the search box, with the index of episode 5 read.
    const page = await open('/', { watched: 5, app: true });
    await heading(page);
    const finished = matchingBuilt('**/search-index/10.txt', ['/search-index/10.txt']);
    const release = await holdRequests(page, finished);
    const other = await page.wiki.context.newPage();
    await other.goto(`${page.wiki.origin}/about`);
    const choose = (watched) => other.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(watched)]);
    await page.bringToFront();
    await typeQuery(page, LATER[0]);
    // "Finished" is chosen in the other tab, and its index is slow to come; then "not started".
    const asked = page.waitForRequest((request) => request.url().endsWith('/search-index/10.txt'));
    await choose(10);
    await asked;
    await choose(0);
    const empty = page.locator('#search-listbox .search-empty');
    await empty.waitFor({ state: 'attached' });
    const late = page.waitForResponse((response) => response.url().endsWith('/search-index/10.txt'));
    release();
    await late;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    assert.match(await empty.textContent(), new RegExp(`^No results for “${LATER[0]}”`));
    const hidden = [...hiddenStrings(0)];
    for (const title of await optionTitles(page)) assert.ok(!hidden.some((secret) => title.includes(secret)), title);
    await other.close();
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('says that search needs a connection when its engine cannot be had, on the results page and in the box', async () => {
    const page = await open(null, { watched: 10, allowErrors: ['Failed to load resource', 'net::ERR_'] });
    await page.route(matchingBuilt('**/search_engine_bg.wasm', ['/search_engine_bg.wasm']), (route) => route.abort());
    // The results page with a query is the app's.
    await page.goto(`${page.wiki.origin}/search?q=tilda`);
    await takenOver(page);
    await page.locator('.search-none').waitFor();
    assert.match(await page.locator('.search-none').textContent(), /needs a connection/);
    await typeQuery(page, 'juan');
    const note = page.locator('#search-listbox .search-empty');
    await note.waitFor();
    assert.match(await note.textContent(), /needs a connection/);
    assert.match(await page.locator('.search [role="status"]').textContent(), /needs a connection/);
    await page.wiki.close();
  });

  it('finds them all at "finished"', async () => {
    const page = await open('/', { watched: 10, app: true });
    await heading(page);
    for (const query of LATER) {
      await typeQuery(page, query);
      await page.locator('#search-listbox .search-option').first().waitFor();
      assert.ok((await optionTitles(page)).length >= 1, query);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
