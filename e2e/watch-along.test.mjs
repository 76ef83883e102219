// Watching along: the catch-up page, "I've watched this" with its undo, and what is new on
// this visit, as a fan uses them (mouse and keyboard), in the prerendered copy before the app
// and in the app.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, markedNew, openSetting, watchedValue, startApp, useBrowser, STORAGE_KEY } from './harness.mjs';
import { episodes, hiddenStrings, show, statementsIn } from './data.mjs';

const { open } = useBrowser();

const setting = watchedValue;
const newCount = (page) => page.locator('#new-count:visible');
/** The episodes with recorded statements, so tests follow the data. */
const busy = episodes.filter((e) => statementsIn(e.number) > 0);

describe('the catch-up page', () => {
  it('at "not started" is the premise', async () => {
    const page = await open('/catch-up', { watched: 0 });
    assert.equal(await heading(page), 'The story so far');
    await page.getByText(show.premise).first().waitFor();
    assert.equal(await page.locator('.catch-up-episode:visible').count(), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  for (const app of [false, true]) {
    it(`holds one part per watched episode, every recorded event once, with its sources${app ? ' (app)' : ''}`, async () => {
      const level = busy.at(-1).number;
      const page = await open('/catch-up', { watched: level, app });
      await heading(page);
      const parts = page.locator('.catch-up-episode:visible');
      assert.equal(await parts.count(), level);
      for (let n = 1; n <= level; n += 1) {
        const part = page.locator(`#episode-${n}:visible`);
        assert.match(await part.locator('h2').textContent(), new RegExp(`^Episode ${n}\\b`));
        const lines = part.locator('.catch-up-lines > li');
        assert.equal(await lines.count(), statementsIn(n), `episode ${n}`);
        if (statementsIn(n) === 0) assert.match(await part.textContent(), /not yet confirmed/i);
        // Each event once; its sources in one disclosure for the episode, a thumb's height.
        if (statementsIn(n) > 0) {
          const sources = part.locator('.catch-up-sources summary');
          assert.equal(await sources.count(), 1, `episode ${n}: one line of sources`);
          assert.ok((await sources.boundingBox()).height >= 44, 'the disclosure is tall enough to tap');
        }
      }
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('is linked from the home page and the header', async () => {
    const page = await open('/', { watched: 2 });
    await heading(page);
    await page.locator('main').getByRole('link', { name: /story so far/i }).click();
    assert.equal(await heading(page), 'The story so far');
    await page.goto(`${page.wiki.origin}/glossary`);
    await heading(page);
    await openSetting(page);
    await page.getByRole('link', { name: 'Catch me up' }).click();
    assert.equal(await heading(page), 'The story so far');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('"I\'ve watched this"', () => {
  for (const app of [false, true]) {
    it(`moves the setting to that episode, with an undo${app ? ' (app)' : ' (before the app)'}`, async () => {
      const page = await open('/episodes/5', { watched: 3, app });
      await heading(page);
      const mark = page.getByRole('button', { name: "I've watched Episode 5" });
      await mark.click();
      await page.getByText('Marked: you have watched up to Episode 5.').waitFor();
      await page.waitForFunction(() => document.documentElement.dataset.waiting === undefined);
      assert.equal(await setting(page), '5');
      assert.equal(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).watched, STORAGE_KEY), 5);
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.waitForFunction(() => document.documentElement.dataset.waiting === undefined);
      assert.equal(await setting(page), '3');
      await mark.waitFor();
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('works from the keyboard and is not offered for an episode already watched', async () => {
    const page = await open('/episodes/2', { watched: 1, app: true });
    await heading(page);
    await page.getByRole('button', { name: "I've watched Episode 2" }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Marked: you have watched up to Episode 2.').waitFor();
    assert.equal(await setting(page), '2');
    await page.goto(`${page.wiki.origin}/episodes/1`);
    await heading(page);
    assert.equal(await page.getByRole('button', { name: /I've watched/ }).count(), 0, 'never moves the setting back');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('what is new', () => {
  const [from, to] = [busy[0].number - 1, busy.at(-1).number];
  const expected = Array.from({ length: to - from }, (_, i) => statementsIn(from + 1 + i)).reduce((a, b) => a + b, 0);

  for (const app of [false, true]) {
    it(`after moving forward, the new statements are marked and counted${app ? ' (app)' : ' (before the app)'}`, async () => {
      const page = await open('/catch-up', { watched: from, app });
      await heading(page);
      await openSetting(page);
      assert.equal(await newCount(page).count(), 0, 'nothing is new before a move');
      await page.locator('#watched-select:visible').selectOption(String(to));
      await page.waitForFunction(() => document.documentElement.dataset.waiting === undefined);
      await page.locator(`#episode-${to}:visible`).waitFor();
      const count = newCount(page);
      assert.equal((await count.textContent()).trim(), `${expected} new since ${from === 0 ? 'you started' : `Episode ${from}`}`);
      const marked = await markedNew(page);
      assert.equal(marked.length, expected);
      // The new state joins the sweep: nothing past the setting, in text or attributes.
      const content = await page.evaluate(() => [document.title, document.documentElement.textContent,
        ...[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value))].join('\n'));
      assert.deepEqual(hiddenStrings(to).filter((secret) => content.includes(secret)), []);
      assert.ok(marked.every((n) => n > from && n <= to), `only episodes ${from + 1}–${to}: ${marked}`);
      // It lasts for the visit: on another page load, marks and count are still there.
      await page.reload();
      await heading(page);
      assert.equal(await markedNew(page).then((m) => m.length), expected);
      await openSetting(page);
      await count.click();
      await page.waitForURL(new RegExp(`/catch-up#episode-${from + 1}$`));
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('marks nothing for a first-time choice, and going back forgets it', async () => {
    const page = await open('/catch-up');
    await heading(page);
    await page.locator('.first-visit:visible').getByRole('button', { name: '10', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dataset.waiting === undefined);
    await page.locator('#episode-10:visible').waitFor();
    await openSetting(page);
    assert.equal(await newCount(page).count(), 0);
    assert.deepEqual(await markedNew(page), []);
    await startApp(page);
    await openSetting(page);
    await page.locator('#watched-select').selectOption('2');
    await page.locator('#watched-select').selectOption('4');
    await newCount(page).waitFor();
    await page.locator('#watched-select').selectOption('2');
    await page.locator('#episode-3').waitFor({ state: 'detached' });
    assert.equal(await newCount(page).count(), 0);
    assert.deepEqual(await markedNew(page), []);
    page.wiki.assertClean();
    await page.wiki.close();
  });

});
