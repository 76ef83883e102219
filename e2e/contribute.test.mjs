// "Edit this page" and "Suggest a correction": on every page type they lead to the page's data
// file (at the entry's line) and to the issue form filled in with the page and entry, in the
// prerendered copy and in the app; held back with an entry the setting holds back; absent from
// a build without a repository. `make test` builds dist/ with WIKI_REPOSITORY and dist-sub/
// without.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { heading, openSetting, startApp, useBrowser } from './harness.mjs';
import { characters, creatures, episodeHeading, episodes } from './data.mjs';
import { ROUTES } from './site.mjs';

/** The line of `file` where the entry with `key` = `id` stands, as an editor counts lines. */
function lineOf(file, key, id) {
  const lines = readFileSync(new URL(`../public/data/${file}`, import.meta.url), 'utf8').split('\n');
  const line = lines.findIndex((text) => text.trim().replace(/,$/, '') === `"${key}": ${JSON.stringify(id)}`);
  assert.ok(line >= 0, `${file} has ${key} ${id}`);
  return line + 1;
}

const met = characters.find((c) => c.introduced === 'premise');
const later = characters.find((c) => c.introduced !== 'premise');
const episode = episodes[1];
const creature = creatures[0];

/** Every page type: its data file, the entry's line, and the name the form is filled in with. */
const PAGES = [
  ['/', 'show.json', null, 'Home'],
  ['/characters', 'characters.json', null, 'Characters'],
  [`/characters/${met.slug}`, 'characters.json', lineOf('characters.json', 'slug', met.slug), met.name],
  ['/episodes', 'episodes.json', null, 'Episode guide'],
  [`/episodes/${episode.number}`, 'episodes.json', lineOf('episodes.json', 'number', episode.number), episodeHeading(episode)],
  ['/abilities', 'creatures.json', null, 'Abilities'],
  [`/abilities/${creature.slug}`, 'creatures.json', lineOf('creatures.json', 'slug', creature.slug), creature.name],
  ['/glossary', 'glossary.json', null, 'Glossary'],
  ['/about', 'sources.json', null, 'About this wiki'],
];

async function editLinks(page) {
  return page.locator('main nav.edit-links a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
}

describe('a build with a repository', () => {
  const { open } = useBrowser();

  async function repositoryOf(page) {
    const repository = await page.evaluate(() => document.documentElement.dataset.repository);
    assert.ok(repository, 'make test builds dist/ with a repository');
    if (process.env.WIKI_REPOSITORY) assert.equal(repository, process.env.WIKI_REPOSITORY);
    return repository;
  }

  function assertLinks(links, repository, [path, file, line, name], where) {
    assert.deepEqual(links.map(([text]) => text), ['Edit this page', 'Suggest a correction'], where);
    const anchor = line ? `#L${line}` : '';
    assert.equal(links[0][1], `${repository}/blob/HEAD/public/data/${file}${anchor}`, where);
    const form = new URL(links[1][1]);
    assert.equal(`${form.origin}${form.pathname}`, `${repository}/issues/new`, where);
    assert.equal(form.searchParams.get('template'), 'correction.yml', where);
    assert.equal(form.searchParams.get('title'), `Correction: ${name}`, where);
    assert.equal(form.searchParams.get('entry'), `${name} (${file})`, where);
    assert.ok(form.searchParams.get('page').endsWith(`${path.replace(/\/$/, '')}/`), `${where}: ${form.searchParams.get('page')}`);
  }

  it('leads from every page type to its file, entry line and a filled-in form, before and after the app', async () => {
    const page = await open(null, { watched: 10 });
    for (const target of PAGES) {
      await page.goto(page.wiki.origin + target[0]);
      await heading(page);
      assertLinks(await editLinks(page), await repositoryOf(page), target, `${target[0]} (copy)`);
    }
    await startApp(page);
    for (const target of PAGES) {
      await page.evaluate((path) => {
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, page.wiki.origin + target[0]);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await heading(page);
      assertLinks(await editLinks(page), await repositoryOf(page), target, `${target[0]} (app)`);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('holds both links back on the page of a character the setting holds back', async () => {
    const path = `/characters/${later.slug}`;
    const page = await open(path, { watched: 0 });
    assert.equal(await heading(page), 'Beyond your spoiler setting');
    assert.deepEqual(await editLinks(page), []);
    await startApp(page);
    assert.deepEqual(await editLinks(page), [], 'in the app too');
    await openSetting(page);
    await page.locator('#watched-select').selectOption('10');
    await page.locator('main h1', { hasText: later.name }).waitFor();
    assert.equal((await editLinks(page)).length, 2, 'shown once the setting reaches the entry');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('has no links on pages that show no data file (search, not found)', async () => {
    const page = await open('/search?q=tilda', { watched: 10 });
    await heading(page);
    assert.deepEqual(await editLinks(page), []);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('a build without a repository', () => {
  const { open } = useBrowser({ root: 'dist-sub', base: '/imperfects/' });

  it('has neither link on any page, before or after the app', async () => {
    const page = await open(null, { watched: 10 });
    for (const path of ROUTES) {
      await page.goto(page.wiki.origin + path);
      await heading(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.repository), undefined, path);
      assert.deepEqual(await editLinks(page), [], path);
    }
    await startApp(page);
    assert.deepEqual(await editLinks(page), [], 'in the app');
    assert.equal(await page.locator('a[href*="/issues/new"]').count(), 0);
    // No invitation that leads nowhere: nothing points to a correction section there is not.
    for (const path of ['/', '/episodes', '/about']) {
      await page.goto(page.wiki.origin + path);
      await heading(page);
      assert.equal(await page.locator('a[href*="#contribute"]').count(), 0, path);
      assert.equal(await page.locator('#contribute').count(), 0, path);
      assert.doesNotMatch(await page.locator('body').textContent(), /corrections are welcome|suggest a correction/i, path);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
