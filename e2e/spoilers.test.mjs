// Spoiler control: at every level, nothing past it is anywhere in the page (text, attributes,
// title, meta tags), in the prerendered copy a reader gets first and in the app; the setting
// persists, survives garbage, and links never change it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, moveTo, openSetting, storedChoice, takenOver, useBrowser, visitAll, STORAGE_KEY } from './harness.mjs';
import { characters, episodes, glossary, hiddenStrings, settingKey, visibleAt } from './data.mjs';
import { KINDS, ROUTES } from './site.mjs';

const { open } = useBrowser();
/** All a page exposes: its text, every attribute value (decoded too), the title and the meta tags. */
async function everythingOnPage(page) {
  return page.evaluate(() => {
    const parts = [document.title, document.documentElement.textContent];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        parts.push(attribute.value);
        // A link's query (the correction form's prefilled fields) carries text encoded.
        try { parts.push(decodeURIComponent(attribute.value.replace(/\+/g, ' '))); } catch { /* not encoded */ }
      }
    }
    return parts.join('\n');
  });
}

/** The lists that hold more than one spoiler placeholder: held-back entries side by side are
 * one line (in strict mode one that neither counts nor names them). */
async function crowdedLists(page) {
  return page.evaluate(() => {
    const counts = new Map();
    for (const button of document.querySelectorAll('button.spoiler')) {
      const list = button.closest('ul, ol, dl, p');
      if (list) counts.set(list, (counts.get(list) ?? 0) + 1);
    }
    return [...counts].filter(([, n]) => n > 1).map(([list, n]) => `${n} placeholders in one <${list.localName} class="${list.className}">`);
  });
}

/** A page of each kind at `watched`: as each page's copy arrives, then in the app, page by page. */
async function sweep(watched, strict = false) {
  const page = await open(null, { watched, strict });
  const seen = await visitAll(page, KINDS, async (route, where) => [
    `${route} (${where})`,
    await everythingOnPage(page),
    await crowdedLists(page),
  ]);
  page.wiki.assertClean();
  await page.wiki.close();
  return seen;
}

// Every page at every setting is swept natively (tests/pages.rs renders each with the same
// views); here, a sample of settings on a page of each kind (pages of a kind share their
// views), as each page's copy arrives and then in the app, and the app moving between
// settings, which only a browser runs.
const SAMPLE = [[0, false], [5, false], [3, true]];
const who = (watched, strict) => `${watched === 0 ? 'not started' : `up to episode ${watched}`}${strict ? ' in strict mode' : ''}`;

/** What of `hidden` the page shows, and its lists with two placeholders. */
function leaksIn(route, content, crowded, hidden, strict) {
  const leaks = hidden.filter((secret) => content.includes(secret)).map((secret) => `${route}: ${secret.slice(0, 80)}`);
  // Strict mode names no later episode and counts nothing later.
  if (strict && /Spoiler from episode \d/.test(content)) leaks.push(`${route}: a placeholder names its episode`);
  return [...leaks, ...crowded.map((list) => `${route}: ${list}`)];
}

describe('the sweep: a sample of settings × a page of each kind', () => {
  for (const [watched, strict] of SAMPLE) {
    it(`at "${who(watched, strict)}" nothing later leaks, in the copy or the app`, async () => {
      const hidden = hiddenStrings(watched, { strict });
      assert.ok(hidden.length > 0);
      const leaks = [];
      for (const [route, content, crowded] of await sweep(watched, strict)) leaks.push(...leaksIn(route, content, crowded, hidden, strict));
      assert.deepEqual(leaks, []);
    });
  }

  it('the app, moved down from "finished" to each sampled setting, keeps nothing later on any kind of page', async () => {
    const page = await open(KINDS[0], { watched: 10, app: true });
    const leaks = [];
    for (const route of KINDS) {
      await moveTo(page, route);
      for (const [watched, strict] of SAMPLE) {
        await openSetting(page);
        await page.locator('#strict-toggle').setChecked(strict);
        await page.locator('#watched-select').selectOption(String(watched));
        await page.waitForFunction((key) => document.documentElement.dataset.level === key, settingKey(watched, strict));
        leaks.push(...leaksIn(`${route} at ${who(watched, strict)}`, await everythingOnPage(page), strict ? await crowdedLists(page) : [], hiddenStrings(watched, { strict }), strict));
        await openSetting(page);
        await page.locator('#strict-toggle').setChecked(false);
        await page.locator('#watched-select').selectOption('10');
      }
    }
    assert.deepEqual(leaks, []);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('a new visitor', () => {
  it('is asked, without being blocked, and sees only the premise meanwhile', async () => {
    const page = await open('/characters/tilda-weber');
    assert.equal(await heading(page), 'Tilda Weber');
    await page.getByText('How far have you watched?').waitFor();
    assert.equal(await page.locator('#watched-select').inputValue(), '0');
    const content = await everythingOnPage(page);
    for (const secret of hiddenStrings(0)) assert.ok(!content.includes(secret), secret);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('cannot learn who made Sarkov or that Tilda keeps her powers, from any page', async () => {
    const page = await open(null);
    const tildaEnd = characters.find((c) => c.slug === 'tilda-weber').status.map((s) => s.text);
    assert.ok(tildaEnd.length > 0, 'the data holds how Tilda ends');
    for (const route of ROUTES) {
      await page.goto(page.wiki.origin + route);
      await heading(page);
      const content = await everythingOnPage(page);
      assert.ok(!content.includes('Hallenbeck'), `${route} names Hallenbeck`);
      for (const text of tildaEnd) assert.ok(!content.includes(text), `${route} shows Tilda's ending`);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('gets a gate, not the page, for a character met later, and "show anyway" works once', async () => {
    const page = await open('/characters/dr-hallenbeck');
    assert.equal(await heading(page), 'Beyond your spoiler setting');
    assert.equal(await page.title(), 'Beyond your spoiler setting · The Imperfects Wiki');
    assert.ok(!(await everythingOnPage(page)).includes('Hallenbeck'));
    await page.getByRole('button', { name: 'Show anyway' }).click();
    // The gate's page comes with the app, which the press starts (once the actions' module,
    // loaded by the press, has it started): until then the copy's gate is still what shows.
    await takenOver(page);
    assert.equal(await heading(page), 'Dr. Hallenbeck');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), null, 'setting unchanged');
    assert.equal(await page.locator('#watched-select').inputValue(), '0');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('the setting', () => {
  it('is chosen with the keyboard and persists across reloads', async () => {
    const page = await open('/episodes/1');
    await heading(page);
    await openSetting(page);
    await page.locator('#watched-select').focus();
    await page.keyboard.press('ArrowDown');
    // The copy follows the setting without the app.
    await page.waitForFunction(() => document.documentElement.dataset.level === '1');
    assert.equal(await page.locator('#watched-select').inputValue(), '1');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'watched-select', 'focus stays on the control');
    assert.equal(await page.locator('.first-visit').count(), 0, 'the prompt goes once chosen');
    const synopsis = episodes[0].synopsis.find((s) => s.revealed_in === 1).text;
    await page.getByText(synopsis).waitFor();
    await page.reload();
    await heading(page);
    assert.equal(await page.locator('#watched-select').inputValue(), '1');
    assert.equal(await page.getByText(synopsis).count(), 1);
    assert.equal(await page.locator('.first-visit').count(), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('the plot-twist switch jumps to "finished" and back to the chosen episode', async () => {
    const page = await open('/characters/tilda-weber', { watched: 4, app: true });
    await heading(page);
    await openSetting(page);
    const toggle = page.getByRole('checkbox', { name: /Show plot twists/ });
    assert.equal(await toggle.isChecked(), false);
    await toggle.focus();
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#watched-select').inputValue(), '10');
    const ending = characters.find((c) => c.slug === 'tilda-weber').status[0].text;
    await page.getByText(ending).waitFor();
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#watched-select').inputValue(), '4');
    assert.equal(await page.getByText(ending).count(), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  for (const garbage of ['garbage', '{"version":1,"watched":99,"before_twists":0}', '{"version":7,"watched":3,"before_twists":3}', '[]', 'null', '{"version":1,"watched":"3"}']) {
    it(`falls back to the safe default, silently, from ${garbage}`, async () => {
      const page = await open(null);
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, garbage]);
      await page.goto(page.wiki.origin + '/characters/tilda-weber');
      assert.equal(await heading(page), 'Tilda Weber');
      assert.equal(await page.locator('#watched-select').inputValue(), '0');
      await page.getByText('How far have you watched?').waitFor();
      const content = await everythingOnPage(page);
      for (const secret of hiddenStrings(0)) assert.ok(!content.includes(secret), secret);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('is never changed by opening a link', async () => {
    const page = await open('/characters/dr-hallenbeck?watched=10&spoilers=all#status', { watched: 3 });
    assert.equal(await heading(page), 'Beyond your spoiler setting');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), storedChoice(3));
    assert.equal(await page.locator('#watched-select').inputValue(), '3');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('placeholders', () => {
  const juan = characters.find((c) => c.slug === 'juan-ruiz');
  it('held-back entries side by side are one line that reveals them all, by keyboard, for this page view only', async () => {
    const page = await open('/characters/juan-ruiz', { watched: 1, app: true });
    await heading(page);
    const placeholders = page.locator('button.spoiler');
    const before = await placeholders.count();
    const story = juan.story.filter((s) => !visibleAt(s.revealed_in, 1));
    assert.ok(story.length >= 2 && story.length < juan.story.length, 'Juan\'s story has several later reveals after one seen');
    const line = page.locator('#story-heading + .revealed-list button.spoiler');
    const episodes = story.map((s) => s.revealed_in);
    const range = Math.min(...episodes) === Math.max(...episodes) ? `${Math.min(...episodes)}` : `${Math.min(...episodes)}–${Math.max(...episodes)}`;
    assert.match(await line.textContent(), new RegExp(`^${story.length} more from episodes? ${range} — reveal$`));
    const ids = (await line.getAttribute('data-spoiler')).split(' ');
    assert.equal(ids.length, story.length, 'the line lists the id of each entry it stands for');
    await line.focus();
    await page.keyboard.press('Enter');
    for (const statement of story) await page.getByText(statement.text).first().waitFor();
    assert.equal(await placeholders.count(), before - 1);
    assert.equal(await page.evaluate(() => document.activeElement.className), 'revealed', 'focus stays in place');
    assert.equal(await page.locator('#watched-select').inputValue(), '1');
    await page.locator('nav a', { hasText: 'Episodes' }).click();
    await heading(page);
    await page.goBack();
    assert.equal(await heading(page), 'Juan Ruiz');
    assert.equal(await placeholders.count(), before, 'the reveal lasted one page view');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('an unwatched episode keeps its number and title but not its synopsis', async () => {
    const page = await open('/episodes/10', { watched: 5 });
    assert.equal(await heading(page), 'Episode 10: Destroy All Monsters');
    assert.match(await page.locator('.spoiler-gate').textContent(), /You have not watched episode 10 yet/);
    assert.ok(episodes[9].synopsis.length > 0, 'the data holds a synopsis to keep back');
    for (const item of episodes[9].synopsis) assert.equal(await page.getByText(item.text).count(), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
