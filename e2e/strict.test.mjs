// Strict mode, as a fan uses it: the switch beside the spoiler setting keeps back the titles of
// episodes not yet watched and collapses each list's later entries into one line; on the
// prerendered copy before the app and in the app, by mouse and keyboard, remembered, followed
// by other tabs, with garbage in storage read as off. (The sweep of every route in strict mode
// at every level is in spoilers.test.mjs; the strict files in prerender.test.mjs.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { heading, openSetting, startApp, useBrowser, REVEALED_CLASS, STRICT_KEY } from './harness.mjs';
import { characters, episodes, hiddenStrings, visibleAt } from './data.mjs';
import { NAMES } from './site.mjs';

const { open } = useBrowser();

const LATER_LINE = 'More in later episodes — reveal';
const titled = episodes.filter((e) => e.title);
// A level with a titled episode on each side where the data allows (just before the second
// titled one), else before the last one.
const level = Math.max(0, (titled[1] ?? titled.at(-1) ?? { number: 1 }).number - 1);
const laterTitles = titled.filter((e) => e.number > level).map((e) => e.title);
const watchedTitles = titled.filter((e) => e.number <= level).map((e) => e.title);

const shownKey = (page) => page.evaluate(() => document.documentElement.dataset.level);
const settled = (page) => page.waitForFunction(() => document.documentElement.dataset.waiting === undefined);
const text = (page) => page.evaluate(() => [document.title, document.body.innerText,
  ...[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value))].join('\n'));
const toggle = (page) => page.locator('#strict-toggle:visible');

describe('the strict switch', () => {
  it('has titles to keep back in the data', () => {
    assert.ok(laterTitles.length > 0, 'no episode after the chosen level has a title');
    if (titled.length > 1) assert.ok(watchedTitles.length > 0, 'no episode up to the chosen level has a title');
  });

  for (const app of [false, true]) {
    it(`keeps back unwatched titles at once and is remembered${app ? ' (app)' : ' (before the app)'}`, async () => {
      const page = await open('/episodes', { watched: level, app });
      await heading(page);
      const before = await text(page);
      for (const title of laterTitles) assert.ok(before.includes(title), `${title} shown outside strict mode`);
      await openSetting(page);
      await toggle(page).check();
      await settled(page);
      await page.waitForFunction((key) => document.documentElement.dataset.level === key, `${level}s`);
      const after = await text(page);
      for (const title of laterTitles) assert.ok(!after.includes(title), `${title} kept back`);
      for (const title of watchedTitles) assert.ok(after.includes(title), `${title} watched, so shown`);
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), STRICT_KEY), NAMES.strictOn);
      if (!app) assert.ok(await page.locator('#prerendered').count(), 'the copy followed without the app');
      await page.reload();
      await heading(page);
      assert.equal(await shownKey(page), `${level}s`);
      await openSetting(page);
      assert.ok(await toggle(page).isChecked());
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('works from the keyboard, both ways', async () => {
    const page = await open('/episodes', { watched: level, app: true });
    await heading(page);
    await openSetting(page);
    await toggle(page).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((key) => document.documentElement.dataset.level === key, `${level}s`);
    for (const title of laterTitles) assert.ok(!(await text(page)).includes(title), title);
    await page.keyboard.press('Space');
    await page.waitForFunction((key) => document.documentElement.dataset.level === key, String(level));
    for (const title of laterTitles) assert.ok((await text(page)).includes(title), title);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('reaches every open tab', async () => {
    const first = await open('/episodes', { watched: level, app: true });
    await heading(first);
    const second = await first.wiki.context.newPage();
    await second.goto(`${first.wiki.origin}/episodes`);
    await heading(second);
    await openSetting(first);
    await toggle(first).check();
    await second.waitForFunction((key) => document.documentElement.dataset.level === key, `${level}s`);
    for (const title of laterTitles) assert.ok(!(await text(second)).includes(title), title);
    first.wiki.assertClean();
    await first.wiki.close();
  });

  it('reads garbage in storage as off, before and after the app', async () => {
    const page = await open(null, { watched: level });
    await page.context().addInitScript((key) => localStorage.setItem(key, 'ON '), STRICT_KEY);
    await page.goto(`${page.wiki.origin}/episodes`);
    await heading(page);
    assert.equal(await shownKey(page), String(level));
    await openSetting(page);
    assert.ok(!(await toggle(page).isChecked()));
    await startApp(page);
    assert.equal(await shownKey(page), String(level));
    await openSetting(page);
    assert.ok(!(await toggle(page).isChecked()));
    for (const title of laterTitles) assert.ok((await text(page)).includes(title), title);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('in strict mode', () => {
  // A character whose story goes on past the level: their lists hold entries on both sides.
  const lists = (c) => [c.story, c.abilities, c.status];
  const later = (c) => lists(c).flat().filter((s) => !visibleAt(s.revealed_in, level));
  const character = characters.find((c) => visibleAt(c.introduced, level) && later(c).length > 1
    && c.story.some((s) => !visibleAt(s.revealed_in, level)));
  // Their story, abilities and status are each a list on the page; one with an entry from an
  // episode (not only the premise) is collapsed, so those are the lists that must end in the line.
  const datedLists = character ? lists(character).filter((items) => items.some((s) => s.revealed_in !== 'premise')).length : 0;

  for (const app of [false, true]) {
    it(`a list's later entries are one line that names and counts nothing, and reveals them all${app ? ' (app)' : ''}`, async () => {
      assert.ok(character, 'a character with more than one later statement, of their story among them');
      const page = await open(`/characters/${character.slug}`, { watched: level, strict: true, app });
      await heading(page);
      let collapsed = 0;
      for (const list of await page.locator('.revealed-list:visible').all()) {
        const dated = await list.locator(`:scope > li[class*="${REVEALED_CLASS}"], :scope > li.later`).count();
        if (dated) {
          assert.equal(await list.getByRole('button', { name: LATER_LINE }).count(), 1);
          collapsed += 1;
        }
      }
      assert.ok(datedLists > 0);
      assert.equal(collapsed, datedLists, 'every list with an entry from an episode ends in the one line');
      assert.doesNotMatch(await text(page), /Spoiler from episode \d/);
      for (const secret of hiddenStrings(level, { strict: true })) assert.ok(!(await text(page)).includes(secret), secret);
      const story = page.locator('#story-heading + .revealed-list');
      await story.getByRole('button', { name: LATER_LINE }).click();
      const revealed = character.story.filter((s) => !visibleAt(s.revealed_in, level));
      assert.ok(revealed.length > 0);
      for (const statement of revealed) await page.getByText(statement.text, { exact: true }).first().waitFor();
      assert.equal(await shownKey(page), `${level}s`, 'revealing leaves the setting as it was');
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('a list of characters side by side counts none met later either (app)', async () => {
    // A term the reader can read, given every character: those met later must not be counted.
    const file = JSON.parse(readFileSync(new URL('../public/data/glossary.json', import.meta.url), 'utf8'));
    const term = file.entries.find((t) => visibleAt(t.introduced, 0));
    const unmet = characters.filter((c) => !visibleAt(c.introduced, 0));
    assert.ok(term && unmet.length > 1, 'a term read before episode 1, and two characters met later');
    const entries = file.entries.map((t) => (t === term ? { ...t, characters: characters.map((c) => c.slug) } : t));
    const body = JSON.stringify({ ...file, entries });
    for (const strict of [false, true]) {
      const page = await open(null, { watched: 0, strict });
      await page.route('**/data/glossary.json', (route) => route.fulfill({ contentType: 'application/json', body }));
      await page.goto(`${page.wiki.origin}/glossary`);
      await startApp(page);
      const list = page.locator(`[id="${term.slug}"] .inline-list`);
      await list.waitFor();
      // Side by side, those not yet met are one line either way; only strict mode's counts nothing.
      assert.equal(await list.locator(':scope > li button.spoiler').count(), 1);
      assert.equal(await list.getByRole('button', { name: LATER_LINE }).count(), strict ? 1 : 0);
      for (const c of unmet) assert.doesNotMatch(await text(page), new RegExp(c.name), c.name);
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });

  it('search finds an unwatched episode by its number, never by its title', async () => {
    const page = await open('/', { watched: level, strict: true, app: true });
    await heading(page);
    const box = page.locator('#search-input:visible');
    for (const episode of titled.filter((e) => e.number > level)) {
      await box.fill(episode.title);
      await page.locator('#search-listbox:visible li').first().waitFor();
      // "No results for …" repeats what the reader typed; what search offers must not hold it.
      const offered = await page.locator('#search-listbox .search-option').allTextContents();
      assert.ok(!offered.some((option) => option.includes(episode.title)), `${episode.title} in the results`);
      await box.fill(`Episode ${episode.number}`);
      await page.getByRole('option', { name: new RegExp(`Episode ${episode.number}\\b`) }).first().waitFor();
      assert.ok(!(await text(page)).includes(episode.title), `${episode.title} in the results`);
      await box.fill('');
      await page.locator('#search-listbox').waitFor({ state: 'hidden' });
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
