// How the show was received, on the show page: each fact's figures drawn as bars and given as a
// table, read from show.json (never today's wording), in the copy and in the app; the drawing
// within a 360 px phone with its text at least 12 px as rendered, in light and dark; and the
// structured data and the search description each page's head names, as the browser reads them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, startApp, useBrowser } from './harness.mjs';
import { show } from './data.mjs';

const { open } = useBrowser();
const PHONE = { width: 360, height: 780 };
const charted = show.groups.flatMap((group) => group.facts).filter((fact) => fact.figures?.length);

/** The rows of each fact's table, as the reader reads them. */
function tables(page) {
  return page.evaluate((ids) => ids.map((id) => [...document.querySelectorAll(`#${id} .figure-chart tbody tr`)].map((row) =>
    [...row.cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim()))), charted.map((fact) => fact.id));
}

/** Each figure's row: its period, its rank (where there is none, no number at all) and its hours in full. */
function assertRows(rows) {
  assert.equal(rows.length, charted.length);
  charted.forEach((fact, i) => {
    assert.equal(rows[i].length, fact.figures.length, fact.id);
    fact.figures.forEach((figure, j) => {
      const [period, rank, hours] = rows[i][j];
      assert.equal(period, figure.period);
      if (figure.rank) assert.equal(rank, `#${figure.rank}`);
      else assert.doesNotMatch(rank, /\d/);
      assert.equal(hours, figure.hours.toLocaleString('en-US'));
    });
  });
}

describe('the show page draws its figures and gives them as a table', () => {
  it('has figures to draw', () => assert.ok(charted.length > 0, 'show.json gives no figures'));

  it('a table with a caption holds every figure, in the copy and in the app', async () => {
    const page = await open('/show');
    await heading(page);
    assertRows(await tables(page));
    for (const fact of charted) {
      assert.ok(await page.locator(`#${fact.id} .figure-chart table caption`).innerText());
      assert.equal(await page.locator(`#${fact.id} .figure-chart svg`).getAttribute('aria-hidden'), 'true');
      assert.equal(await page.locator(`#${fact.id} .figure-chart .bar`).count(), fact.figures.length);
    }
    await startApp(page);
    assertRows(await tables(page));
    page.wiki.assertClean();
    await page.wiki.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    it(`fits a 360 px phone, its text at least 12 px and in the theme's colours (${colorScheme})`, async () => {
      const page = await open('/show', { viewport: PHONE, colorScheme });
      await heading(page);
      const drawn = await page.evaluate(() => [...document.querySelectorAll('.figure-chart')].map((chart) => {
        const svg = chart.querySelector('svg');
        const box = svg.getBoundingClientRect();
        // The drawing's units as rendered: its text is its font size in them, scaled.
        const scale = box.width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll('text')].map((text) => {
          const rect = text.getBoundingClientRect();
          return { size: parseFloat(getComputedStyle(text).fontSize) * scale, left: rect.left, right: rect.right, colour: getComputedStyle(text).fill };
        });
        const bar = getComputedStyle(svg.querySelector('.bar')).fill;
        return { left: box.left, right: box.right, texts, bar, background: getComputedStyle(document.body).backgroundColor, table: chart.querySelector('table').getBoundingClientRect().right };
      }));
      assert.ok(drawn.length > 0);
      for (const chart of drawn) {
        assert.ok(chart.left >= 0 && chart.right <= PHONE.width, `the drawing spans ${chart.left}–${chart.right} px`);
        assert.ok(chart.table <= PHONE.width, `the table ends at ${chart.table} px`);
        for (const text of chart.texts) {
          assert.ok(text.size >= 12, `a label is ${text.size} px`);
          // A glyph's box may stand out of its text's by a fraction of a pixel.
          assert.ok(text.left >= chart.left - 1 && text.right <= chart.right + 1, 'a label leaves the drawing');
          assert.notEqual(text.colour, chart.bar);
        }
        assert.notEqual(chart.bar, chart.background);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= PHONE.width, `the page is ${width} px wide`);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});

describe('what the head tells search engines and browsers', () => {
  it('each page at the default names its structured data and the search description', async () => {
    const page = await open('/show');
    await heading(page);
    const data = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
    assert.equal(data.length, 1);
    assert.equal(data[0]['@type'], 'WebPage');
    assert.equal(data[0].about['@type'], 'TVSeries');
    assert.equal(data[0].about.name, show.title);
    const href = await page.locator('link[rel="search"][type="application/opensearchdescription+xml"]').getAttribute('href');
    const response = await page.request.get(new URL(href, page.url()).href);
    assert.equal(response.status(), 200);
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return doc.querySelector('parsererror') ? null : doc.documentElement.localName;
    }, await response.text());
    assert.equal(parsed, 'OpenSearchDescription');
    // Not executed, so no hash is needed: the CSP reports nothing (assertClean).
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
