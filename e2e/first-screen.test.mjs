// The first screen on a phone belongs to the page: the header is one row (the mark, search, the
// setting, the menu; their size is e2e/layout.test.mjs's), the heading is within the top 200 px
// for a new visitor and a returning one, the setting and the menu open over the page and close
// as menus do, and the first-visit question takes any episode in one press, says what was
// chosen, and moves nothing under the finger. Before the app and in it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, openSetting, startApp, storedChoice, takenOver, useBrowser, watchedValue, STORAGE_KEY } from './harness.mjs';
import { KINDS, NAMES, builtHeading } from './site.mjs';

const PHONE = { width: 360, height: 780 };
const TOP = 200;
const THUMB = 44;
const { open } = useBrowser();

/** The live header's box and its controls' boxes (the copy's while there is one). */
const header = (page) => page.evaluate((copyId) => {
  const copy = document.getElementById(copyId);
  const live = [...document.querySelectorAll('header.site-header')].find((el) => !copy || copy.contains(el));
  const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, width: r.width, height: r.height }; };
  const controls = [...live.querySelectorAll('a, summary, input, select, button')]
    .filter((el) => el.checkVisibility() && !el.classList.contains('skip-link'))
    .map((el) => ({ name: el.getAttribute('aria-label') || el.textContent.trim() || el.id, ...box(el) }));
  return { ...box(live), controls };
}, NAMES.copyId);

const h1Top = (page) => page.locator('main h1').first().evaluate((h1) => h1.getBoundingClientRect().top);

describe('on a phone, the first screen', () => {
  // The app draws the same header as the copy: it is checked for one reader.
  for (const [reader, options, apps] of [['a new visitor', {}, [false]], ['up to episode 5', { watched: 5 }, [false, true]], ['up to episode 3, strict', { watched: 3, strict: true }, [false]]]) {
    for (const app of apps) {
      it(`for ${reader}${app ? ', in the app' : ''}: one header row, the heading within ${TOP} px`, async () => {
        const page = await open(null, { ...options, viewport: PHONE });
        const problems = [];
        for (const path of KINDS) {
          await page.goto(page.wiki.origin + path);
          assert.equal(await heading(page), builtHeading(path));
          if (app) await startApp(page);
          const { height, controls } = await header(page);
          if (height > THUMB + 24) problems.push(`${path}: the header is ${height} px tall`);
          for (const c of controls) {
            if (c.top > height) problems.push(`${path}: "${c.name}" is below the header's row`);
          }
          const top = await h1Top(page);
          if (top > TOP) problems.push(`${path}: the heading starts ${Math.round(top)} px down`);
        }
        assert.deepEqual(problems, []);
        page.wiki.assertClean();
        await page.wiki.close();
      });
    }
  }
});

describe('the setting and the menu open over the page', () => {
  for (const app of [false, true]) {
    it(`say the setting, open without moving the page and close as menus do${app ? ' (app)' : ' (before the app)'}`, async () => {
      const page = await open('/characters/tilda-weber', { watched: 5, viewport: PHONE, app });
      await heading(page);
      if (app) await takenOver(page);
      const summary = page.locator(`details#${NAMES.settingId} > summary:visible`);
      assert.match(await summary.innerText(), /5/);
      const before = await h1Top(page);
      await openSetting(page);
      assert.equal(await h1Top(page), before, 'opening the panel moves nothing');
      const small = await page.locator(`details#${NAMES.settingId}[open] :is(select, input, a)`).evaluateAll((els) => els
        .filter((el) => el.checkVisibility())
        .map((el) => [el.id || el.textContent.trim(), el.closest('label')?.getBoundingClientRect().height ?? el.getBoundingClientRect().height])
        .filter(([, height]) => height < 44));
      assert.deepEqual(small, [], 'every control in the panel is thumb-sized');
      await page.locator(`#${NAMES.watchedSelectId}:visible`).selectOption('6');
      await page.waitForFunction((id) => [...document.querySelectorAll(`details#${id}`)].some((d) => d.open && d.checkVisibility()), NAMES.settingId);
      assert.match(await summary.innerText(), /6/, 'the button says the new setting');
      assert.equal(await watchedValue(page), '6');
      await page.keyboard.press('Escape');
      await page.locator(`details#${NAMES.settingId}[open]`).waitFor({ state: 'detached' });
      // The menu: a press outside closes it, a link followed in it closes it.
      const menu = page.locator('details#site-menu > summary:visible');
      await menu.click();
      await page.mouse.click(PHONE.width / 2, PHONE.height - 20);
      assert.equal(await page.locator('details#site-menu[open]').count(), 0, 'a press outside closes the menu');
      await menu.click();
      const link = page.locator('details#site-menu[open] nav a').filter({ hasText: 'Episodes' });
      assert.ok((await link.boundingBox()).height >= 44, 'menu links are thumb-sized');
      await link.click();
      assert.equal(await heading(page), builtHeading('/episodes'));
      assert.equal(await page.locator('details#site-menu[open]').count(), 0, 'the menu is closed on the next page');
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});

describe('the first-visit question', () => {
  for (const app of [false, true]) {
    it(`takes any episode in one press, says so, and moves nothing${app ? ' (app)' : ' (before the app)'}`, async () => {
      const page = await open('/characters/abbi-singh', { viewport: PHONE, app });
      await heading(page);
      if (app) await takenOver(page);
      const choices = page.locator('.first-visit:visible button');
      assert.equal(await choices.count(), NAMES.episodes + 1, 'not started, and every episode');
      for (const box of await choices.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) assert.ok(box >= 44);
      const before = await h1Top(page);
      await page.locator('.first-visit:visible').getByRole('button', { name: '3', exact: true }).click();
      await page.getByRole('status').filter({ hasText: NAMES.chosen[3] }).waitFor();
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), storedChoice(3));
      await page.waitForFunction(() => document.documentElement.dataset.waiting === undefined);
      assert.equal(await h1Top(page), before, 'the page did not move under the finger');
      assert.equal(await watchedValue(page), '3');
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});

describe('the pages fans come to first are short on a phone', () => {
  // At most this many screens of a 390 × 844 phone: home leads and links on; the catch-up tells
  // each event once, with its sources folded away.
  for (const [path, watched, screens] of [['/', undefined, 4], ['/', 5, 4], ['/catch-up', 5, 8]]) {
    it(`${path}${watched ? ` up to episode ${watched}` : ', a new visitor'}: at most ${screens} screens`, async () => {
      const viewport = { width: 390, height: 844 };
      const page = await open(path, { watched, viewport });
      await heading(page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= screens * viewport.height, `${height} px is ${(height / viewport.height).toFixed(1)} screens`);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});
