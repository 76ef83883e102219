// Phone first: no page is ever wider than a 360 px screen, at any spoiler level, as the
// prerendered copy arrives and in the app. A wide piece (the "who appears where" table) scrolls
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

/** Every page at `watched` on a phone, as its copy arrives and then in the app: those too wide. */
async function tooWide(watched) {
  // '/nowhere' is answered with status 404, which the browser reports.
  const page = await open(null, { watched, viewport: PHONE, allowErrors: ['status of 404'] });
  const found = await visitAll(page, PAGES, async (path, where) => {
    const over = await overflow(page);
    return over > 0 ? `${path} (${where}): ${over} px too wide` : null;
  });
  page.wiki.assertClean();
  await page.wiki.close();
  return found.filter(Boolean);
}

describe('on a 360 px phone no page is wider than the screen', () => {
  for (const [reader, watched] of [['a new visitor', undefined], ['up to episode 5', 5], ['finished', 10]]) {
    it(`for ${reader}, every route, prerendered and in the app`, async () => {
      assert.deepEqual(await tooWide(watched), []);
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

describe('on a 360 px phone every control is big enough for a thumb', () => {
  // Buttons, disclosures and links that stand alone (the correction links, the map's names)
  // must be at least 44 × 44 CSS px (WCAG 2.5.5's size; a button as wide as its words is at
  // least that wide). A link inside a sentence is exempt, as WCAG 2.5.8's inline exception
  // has it: making it taller would spread the lines of text apart, and its line is the target.
  const CONTROLS = 'main button, main summary, main .edit-links a, main .map .person a';
  const SAMPLE = [
    ['/characters/tilda-weber', 0], ['/characters/tilda-weber', 5], ['/characters/tilda-weber', 3, true],
    ['/catch-up', 5], ['/map/tilda-weber', 5], ['/episodes', 5], ['/episodes/10', 5], ['/characters/dr-hallenbeck', 5],
  ];
  for (const [path, watched, strict] of SAMPLE) {
    it(`${path} up to episode ${watched}${strict ? ' in strict mode' : ''}`, async () => {
      const page = await open(path, { watched, strict, viewport: PHONE });
      await heading(page);
      const small = await page.evaluate((selector) => [...document.querySelectorAll(selector)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => [el.textContent.trim().slice(0, 40), el.getBoundingClientRect()])
        .filter(([, box]) => box.height < 44 || box.width < 44)
        .map(([text, box]) => `"${text}": ${Math.round(box.width)}×${Math.round(box.height)}`), CONTROLS);
      assert.ok(await page.locator(CONTROLS).count() > 0, 'the page has controls to measure');
      assert.deepEqual(small, []);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
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

describe('the relationship map on a phone', () => {
  it('writes every name and tie at 12 px or more as drawn at 360 px wide', async () => {
    for (const path of ['/map', '/map/tilda-weber', '/map/juan-ruiz']) {
      const page = await open(path, { watched: 10, viewport: PHONE });
      await heading(page);
      // An SVG scaled to the screen scales its text: the size drawn is the font size times the scale.
      const sizes = await page.evaluate(() => [...document.querySelectorAll('main .map-drawing text')]
        .map((text) => [text.textContent.slice(0, 30), parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a]));
      assert.ok(sizes.length > 0, `${path} draws names`);
      assert.deepEqual(sizes.filter(([, size]) => size < 12).map(([text, size]) => `${text}: ${size.toFixed(1)} px`), [], path);
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });
});
