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
