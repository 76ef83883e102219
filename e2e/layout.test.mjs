// Phone first: no page is ever wider than a 360 px screen, has a control under a thumb's size
// or text under 12 px, at any spoiler level, as the prerendered copy arrives and in the app. A wide piece (the "who appears where" table) scrolls
// inside its own box; the page itself never scrolls sideways, which would zoom it out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, useBrowser, visitAll } from './harness.mjs';
import { ROUTES } from './site.mjs';

const PHONE = { width: 360, height: 780 };
const PAGES = [...ROUTES, '/search?q=a', '/nowhere'];
const { open } = useBrowser();

/** How far the page reaches past the screen's right edge, in CSS pixels (0 when it fits). */
function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
}

// Buttons, disclosures and links that stand alone (the header's, the correction links, the
// map's names) must be at least 44 × 44 CSS px (WCAG 2.5.5's size; a button as wide as its words
// is at least that wide). A link inside a sentence is exempt, as WCAG 2.5.8's inline exception
// has it: making it taller would spread the lines of text apart, and its line is the target.
const CONTROLS = 'header a:not(.skip-link), header summary, header input, main button, main summary, main .edit-links a, main .map .person a, .first-visit button, footer a, footer select';
const THUMB = 44;
const SMALLEST_TEXT = 12;

/** What is wrong with the page on a phone: wider than the screen, a control under a thumb's
 * size, text under 12 px (an SVG's text as drawn, its font size times the drawing's scale). */
function problems(page) {
  return page.evaluate(([controls, thumb, smallest]) => {
    const found = [];
    const over = document.documentElement.scrollWidth - innerWidth;
    if (over > 0) found.push(`${over} px too wide`);
    for (const el of document.querySelectorAll(controls)) {
      if (!el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.height < thumb || box.width < thumb) found.push(`"${(el.textContent.trim() || el.id).slice(0, 40)}" is ${Math.round(box.width)}×${Math.round(box.height)} px`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const small = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || !el || small.has(el) || !el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const scale = el instanceof SVGElement ? el.getScreenCTM()?.a ?? 1 : 1;
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (size < smallest) {
        small.add(el);
        found.push(`"${node.textContent.trim().slice(0, 40)}" at ${size.toFixed(1)} px`);
      }
    }
    return found;
  }, [CONTROLS, THUMB, SMALLEST_TEXT]);
}

/** Every page at `watched` on a phone, as its copy arrives and then in the app: what is wrong. */
async function onPhone(watched, strict = false) {
  // '/nowhere' is answered with status 404, which the browser reports.
  const page = await open(null, { watched, strict, viewport: PHONE, allowErrors: ['status of 404'] });
  const found = await visitAll(page, PAGES, async (path, where) => (await problems(page)).map((problem) => `${path} (${where}): ${problem}`));
  page.wiki.assertClean();
  await page.wiki.close();
  return found.flat();
}

describe('on a 360 px phone every page fits the screen, with thumb-sized controls and text of 12 px or more', () => {
  for (const [reader, watched, strict] of [['a new visitor', undefined], ['up to episode 3 in strict mode', 3, true], ['finished', 10]]) {
    it(`for ${reader}, every route, prerendered and in the app`, async () => {
      assert.deepEqual(await onPhone(watched, strict), []);
    });
  }

  it('the appearance table scrolls inside its own box', async () => {
    const page = await open('/episodes', { watched: 10, viewport: PHONE });
    await heading(page);
    const box = page.locator('main .grid-scroll');
    const { inner, outer } = await box.evaluate((element) => ({ inner: element.scrollWidth, outer: element.clientWidth }));
    assert.ok(inner > outer, `the table (${inner} px) is wider than its box (${outer} px) at 360 px`);
    assert.equal(await overflow(page), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('the appearance table says that it scrolls', () => {
  it('with a cue on a phone, and none where it fits', async () => {
    for (const [viewport, cue] of [[PHONE, true], [{ width: 1280, height: 800 }, false]]) {
      const page = await open('/episodes', { watched: 10, viewport });
      await heading(page);
      const { inner, outer } = await page.locator('main .grid-scroll').evaluate((element) => ({ inner: element.scrollWidth, outer: element.clientWidth }));
      assert.equal(inner > outer, cue, `the table scrolls at ${viewport.width} px`);
      assert.equal(await page.locator('main .grid-hint').isVisible(), cue, `the cue at ${viewport.width} px`);
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });
});
