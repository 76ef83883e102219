// Phone first: no page is ever wider than a 360 px screen, at any spoiler level, as the
// prerendered copy arrives and in the app. A wide piece (the "who appears where" table) scrolls
// inside its own box; the page itself never scrolls sideways, which would zoom it out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, startApp, useBrowser } from './harness.mjs';
import { ROUTES } from './data.mjs';

const PHONE = { width: 360, height: 780 };
const PAGES = [...ROUTES, '/search', '/search?q=a', '/nowhere'];
const { open } = useBrowser();

/** How far the page reaches past the screen's right edge, in CSS pixels (0 when it fits). */
function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
}

/** Every page at `watched` on a phone: as its copy arrives, then in the app. */
async function tooWide(watched) {
  // '/nowhere' is answered with status 404, which the browser reports.
  const page = await open(null, { watched, viewport: PHONE, allowErrors: ['status of 404'] });
  const found = [];
  for (const path of PAGES) {
    await page.goto(page.wiki.origin + path);
    await heading(page);
    const over = await overflow(page);
    if (over > 0) found.push(`${path} (prerendered): ${over} px too wide`);
  }
  await startApp(page);
  for (const path of PAGES) {
    await page.evaluate((address) => {
      history.pushState(null, '', address);
      dispatchEvent(new PopStateEvent('popstate'));
    }, page.wiki.origin + path);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await heading(page);
    const over = await overflow(page);
    if (over > 0) found.push(`${path} (app): ${over} px too wide`);
  }
  page.wiki.assertClean();
  await page.wiki.close();
  return found;
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
