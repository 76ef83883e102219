// Finding your way: the relationship map, "Mentioned on" and link previews, as a fan uses them
// (mouse, keyboard, a long press on a phone), at every spoiler level. The map and the lists are
// in every route's sweep already (e2e/spoilers.test.mjs reads the routes from the build); here
// the files of every level are checked against the data, and the preview cards, which exist
// only once a link is pointed at, are swept at every level.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { heading, markedNew, openSetting, useBrowser, REVEALED_CLASS } from './harness.mjs';
import { characters, creatures, episodes, glossary, hiddenStrings, visibleAt } from './data.mjs';
import { decoded, textOf } from './site.mjs';

const { open } = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LEVELS = [...Array(11).keys()];
const PREVIEW_LEVELS = [0, 3, 6, 10];
const DIST = new URL('../dist/', import.meta.url).pathname;

/** The prerendered file of `path` at `level`, as a reader at that level is sent it. */
function copy(path, level) {
  const dir = level === 0 ? DIST : `${DIST}levels/${level}/`;
  const file = `${dir}${path.slice(1)}${path === '/' ? '' : '/'}index.html`;
  assert.ok(existsSync(file), `${file} is built`);
  return readFileSync(file, 'utf8');
}
const mainOf = (html) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const hrefs = (html) => [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => decoded(m[1]));

/** The entry page an address leads to, as "characters/x", "abilities/x", "episodes/4" or "glossary#x". */
function entryOf(href) {
  const match = href.match(/^\/(characters|abilities|episodes)\/([^/#?]+)\/?$/) ?? href.match(/^\/(glossary)\/?#(.+)$/);
  return match ? `${match[1]}${match[1] === 'glossary' ? '#' : '/'}${match[2]}` : null;
}

/** Every entry's page, with the piece of its file that is the entry (a term is part of the glossary). */
function entries(level) {
  const pages = [
    ...characters.map((c) => [`characters/${c.slug}`, `/characters/${c.slug}`]),
    ...creatures.map((c) => [`abilities/${c.slug}`, `/abilities/${c.slug}`]),
    ...episodes.map((e) => [`episodes/${e.number}`, `/episodes/${e.number}`]),
  ].map(([entry, path]) => [entry, mainOf(copy(path, level))]);
  const glossaryPage = mainOf(copy('/glossary', level));
  for (const term of glossary) {
    const at = glossaryPage.search(new RegExp(`<div (?=[^>]*class="term")[^>]*id="${term.slug}"`));
    // Terms introduced later are left out of the page; every other one must be found in it.
    assert.equal(at >= 0, visibleAt(term.introduced, level), `the glossary at level ${level} holds ${term.slug} as far as it is introduced`);
    if (at < 0) continue;
    const next = glossaryPage.slice(at + 1).search(/<div [^>]*class="term"/);
    const end = next < 0 ? -1 : at + 1 + next;
    pages.push([`glossary#${term.slug}`, glossaryPage.slice(at, end < 0 ? undefined : end)]);
  }
  return pages;
}

/** The links of a "Mentioned on" line, and the entry's HTML without it and the episode navigation. */
function split(html) {
  const mentioned = html.match(/<p class="see-also mentioned-on">([\s\S]*?)<\/p>/);
  const rest = html.replace(/<p class="see-also mentioned-on">[\s\S]*?<\/p>/, '').replace(/<nav [^>]*class="episode-nav"[\s\S]*?<\/nav>/, '');
  return { mentioned: mentioned ? hrefs(mentioned[1]).map(entryOf) : [], rest };
}

describe('the files of every level', () => {
  it('"Mentioned on" lists exactly the pages whose visible links lead to the entry', () => {
    for (const level of LEVELS) {
      const pages = entries(level);
      const linking = new Map(pages.map(([entry]) => [entry, new Set()]));
      for (const [from, html] of pages) {
        // A held-back page (a character met later) shows a gate and none of its links.
        for (const to of hrefs(split(html).rest).map(entryOf)) if (to && to !== from) linking.get(to)?.add(from);
      }
      for (const [entry, html] of pages) {
        const listed = split(html).mentioned;
        const gated = html.includes('class="spoiler-gate"') && entry.startsWith('characters/');
        const expected = gated ? [] : [...linking.get(entry)];
        assert.deepEqual(new Set(listed), new Set(expected), `at level ${level}: ${entry}`);
        assert.equal(listed.length, new Set(listed).size, `at level ${level}: ${entry} lists a page twice`);
      }
    }
  });

  it('the map holds exactly the characters met and is drawn in one SVG, every node a link', () => {
    for (const level of LEVELS) {
      const met = characters.filter((c) => visibleAt(c.introduced, level));
      for (const path of ['/map', ...characters.map((c) => `/map/${c.slug}`)]) {
        const html = mainOf(copy(path, level));
        const svg = html.slice(html.indexOf('class="map-drawing"'), html.lastIndexOf('</svg>'));
        const slugOf = (m) => m[1].replace(/\/$/, '').split('/').pop();
        // Those without a tie are listed beside the drawing, not drawn as a dot alone.
        const apart = html.slice(html.indexOf('class="map-untied"'), html.indexOf('map-list-heading'));
        const nodes = [...svg.matchAll(/<g [^>]*class="person[^"]*"[^>]*><a href="([^"]+)"/g), ...apart.matchAll(/<a href="([^"]+)"/g)].map(slugOf);
        assert.deepEqual(new Set(nodes), new Set(met.map((c) => c.slug)), `${path} at level ${level}`);
        assert.equal(nodes.length, met.length, `${path} at level ${level}: each character once`);
        const list = html.slice(html.indexOf('<ul class="map-list">'));
        for (const c of met) assert.ok(list.includes(`href="/characters/${c.slug}"`), `${path} at ${level}: ${c.slug} listed`);
        const centre = characters.find((c) => path === `/map/${c.slug}`);
        const centred = centre && visibleAt(centre.introduced, level);
        assert.equal(textOf(html.match(/<h1>([\s\S]*?)<\/h1>/)[1]), centred ? `Who is who to ${centre.name}` : 'Who is who');
      }
    }
  });
});

const markedNewOnMap = (page) => markedNew(page, '.map', { drawn: true });

describe('the relationship map in the browser', () => {
  it('is linked from the character index and from a character page, centred on them', async () => {
    const page = await open('/characters', { watched: 1 });
    await heading(page);
    await page.locator('main').getByRole('link', { name: /relationship map/ }).click();
    assert.equal(await heading(page), 'Who is who');
    const tilda = characters.find((c) => c.introduced === 'premise' && c.relationships.length);
    await page.goto(`${page.wiki.origin}/characters/${tilda.slug}`);
    await heading(page);
    await page.locator('main').getByRole('link', { name: `Who is who to ${tilda.name} (the relationship map)` }).click();
    assert.equal(await heading(page), `Who is who to ${tilda.name}`);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  for (const app of [false, true]) {
    it(`centres on a character by mouse and by keyboard${app ? ' (app)' : ''}`, async () => {
      const page = await open('/map', { watched: 10, app });
      await heading(page);
      // By mouse the character drawn lowest, where the drawing overflows its own box.
      const lowest = await page.evaluate(() => [...document.querySelectorAll('main .map .person a')]
        .map((a) => [a.getAttribute('href'), a.getBoundingClientRect().bottom])
        .sort((a, b) => b[1] - a[1])[0][0]);
      const first = characters.find((c) => lowest.replace(/\/$/, '').endsWith(`/map/${c.slug}`));
      const second = characters.find((c) => c !== first && c.relationships.length);
      await page.locator(`main .map a[href="${lowest}"]`).click();
      assert.equal(await heading(page), `Who is who to ${first.name}`);
      // The centre leads to their page; the others re-centre the map.
      assert.equal(await page.locator(`main .map .centre a[href$="/characters/${first.slug}"]`).count(), 1);
      const other = page.locator(`main .map a[href$="/map/${second.slug}"]`);
      await other.focus();
      await page.keyboard.press('Enter');
      assert.equal(await heading(page), `Who is who to ${second.name}`);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('grows when the setting moves forward, with what is new marked', async () => {
    const grows = LEVELS.find((n) => n > 1 && characters.some((c) => c.introduced === n));
    const page = await open('/map', { watched: grows - 1, app: true });
    await heading(page);
    // Those with a tie are drawn; those without are listed beside the drawing.
    const PLACED = 'main .map .person, main .map-untied li';
    const before = await page.locator(PLACED).count();
    assert.deepEqual(await markedNewOnMap(page), []);
    await openSetting(page);
    await page.locator('#watched-select:visible').selectOption(String(grows));
    const met = characters.filter((c) => visibleAt(c.introduced, grows)).length;
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length === n, [PLACED, met]);
    assert.ok(met > before);
    const marked = await markedNewOnMap(page);
    assert.ok(marked.length > 0 && marked.every((n) => n === grows), `marked ${marked}`);
    const fresh = characters.filter((c) => c.introduced === grows).map((c) => c.slug);
    for (const slug of fresh) {
      const node = page.locator(`main .map .person:has(a[href$="/map/${slug}"]), main .map-untied li:has(a[href$="/map/${slug}"])`);
      assert.ok((await node.getAttribute('class')).split(' ').includes(`${REVEALED_CLASS}${grows}`), slug);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('moved level by level, up and back down, is the map as drawn afresh at each level', async () => {
    // The app patches the drawing and the list piece by piece; each must end as the copy
    // prerendered at that level, element for element, in the same order.
    const centre = characters.find((c) => c.introduced === 'premise' && c.relationships.length);
    // Whether the page shows the copy's map, or (to report) both; comments (the app's markers)
    // are not part of it.
    const compare = ({ html, report }) => {
      const parts = (doc) => ['main .map > svg > g', 'main .map-list']
        .map((selector) => [...doc.querySelectorAll(selector)].map((element) => element.innerHTML.replace(/<!--[^]*?-->/g, '')).join('\n'))
        .join('\n--\n');
      const [shown, copy] = [parts(document), parts(new DOMParser().parseFromString(html, 'text/html'))];
      return report ? { shown, copy } : shown === copy;
    };
    for (const path of ['/map', `/map/${centre.slug}`]) {
      const page = await open(path, { watched: 0, app: true });
      await heading(page);
      for (const level of [...LEVELS.slice(1), ...LEVELS.slice(0, -1).reverse()]) {
        await openSetting(page);
        await page.locator('#watched-select:visible').selectOption(String(level));
        const html = copy(path, level);
        const same = await page.waitForFunction(compare, { html, report: false }, { timeout: 5000 }).then(() => true, () => false);
        if (!same) {
          const { shown, copy: expected } = await page.evaluate(compare, { html, report: true });
          const at = [...shown].findIndex((ch, i) => ch !== expected[i]);
          assert.fail(`${path} at ${level}: differs from the copy at ${at}:\n${shown.slice(at - 80, at + 120)}\nvs\n${expected.slice(at - 80, at + 120)}`);
        }
      }
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });

  it('fits a 360 px phone, readable, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open('/map/tilda-weber', { watched: 10, viewport: { width: 360, height: 740 }, colorScheme });
      await heading(page);
      const sizes = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        svg: document.querySelector('main .map').getBoundingClientRect().width,
        font: Math.min(...[...document.querySelectorAll('main .map text.name')].map((t) => t.getBoundingClientRect().height)),
      }));
      assert.ok(sizes.page <= 360 && sizes.svg <= 360, JSON.stringify(sizes));
      assert.ok(sizes.font >= 9, `a name is ${sizes.font} px tall`);
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });
});

/** The preview card's text, once it shows. */
const card = (page) => page.locator('#link-preview[role="tooltip"]:visible');

/**
 * The name a link's card gives at `level`, from the copy of the linked page a reader at that
 * level is sent: a glossary term's own term, else the page's heading (a character met later:
 * "Beyond your spoiler setting"). Null for a link to a part of a page that is no term (the
 * about page's "contribute"), which has no entry to preview.
 */
function cardName(href, level) {
  const url = new URL(href, 'http://localhost');
  const html = mainOf(copy(url.pathname.replace(/\/$/, '') || '/', level));
  if (url.hash) {
    const term = html.match(new RegExp(`<div [^>]*id="${decodeURIComponent(url.hash.slice(1))}"[^>]*>\\s*<dt[^>]*>([\\s\\S]*?)</dt>`));
    return term ? textOf(term[1]) : null;
  }
  return textOf(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)[1]);
}

describe('link previews', () => {
  const summaryStart = (c) => c.summary.match(/^.*?[.!?](?=\s|$)/)[0];
  const someone = characters.find((c) => c.introduced === 'premise');

  it('show on hover and close with Escape, the link keeping its name (mouse)', async () => {
    const page = await open('/characters', { watched: 0 });
    await heading(page);
    const link = page.locator('main').getByRole('link', { name: someone.name, exact: true });
    await link.hover();
    await card(page).waitFor();
    assert.match(await card(page).textContent(), new RegExp(someone.name));
    assert.ok((await card(page).textContent()).includes(summaryStart(someone)));
    assert.equal(await link.getAttribute('aria-describedby'), 'link-preview');
    assert.equal(await page.locator('main').getByRole('link', { name: someone.name, exact: true }).count(), 1);
    await page.keyboard.press('Escape');
    assert.equal(await card(page).count(), 0);
    assert.equal(await link.getAttribute('aria-describedby'), null);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('show on focus, never take the focus, and close with Escape (keyboard, app)', async () => {
    const page = await open('/characters', { watched: 10, app: true });
    await heading(page);
    const link = page.locator('main').getByRole('link', { name: someone.name, exact: true });
    await link.focus();
    await card(page).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'link-preview');
    await page.keyboard.press('Escape');
    assert.equal(await card(page).count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), someone.name, 'the focus stays on the link');
    await page.keyboard.press('Enter');
    assert.equal(await heading(page), someone.name);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('show on a long press on a phone without following the link (touch)', async () => {
    const page = await open(null, { watched: 0 });
    await page.wiki.close();
    const context = await page.context().browser().newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(`${page.wiki.origin}/characters`);
    await heading(phone);
    const link = phone.locator('main').getByRole('link', { name: someone.name, exact: true });
    await link.scrollIntoViewIfNeeded();
    const box = await link.boundingBox();
    const cdp = await context.newCDPSession(phone);
    const point = [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point });
    await card(phone).waitFor();
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await phone.waitForTimeout(300);
    assert.equal(new URL(phone.url()).pathname, '/characters', 'the long press did not follow the link');
    assert.match(await card(phone).textContent(), new RegExp(someone.name));
    await context.close();
  });

  it('say of a character met later only that it is beyond the setting', async () => {
    const level = 4;
    const later = characters.find((c) => !visibleAt(c.introduced, level)
      && characters.some((o) => visibleAt(o.introduced, level) && o.relationships.some((r) => r.with === c.slug)));
    const known = characters.find((o) => visibleAt(o.introduced, level) && o.relationships.some((r) => r.with === later.slug));
    const page = await open(`/characters/${known.slug}`, { watched: level });
    await heading(page);
    // Revealing the tie, then the name inside it, as a reader who insists would.
    const section = page.locator('main section[aria-labelledby="relationships-heading"]');
    for (let i = 0; i < 12 && !(await section.locator(`a[href$="/characters/${later.slug}"]`).count()); i += 1) {
      await section.locator('button.spoiler').first().click();
      await page.waitForTimeout(200);
    }
    const link = section.locator(`a[href$="/characters/${later.slug}"]`);
    await link.hover();
    await card(page).waitFor();
    const text = await card(page).textContent();
    assert.match(text, /Beyond your spoiler setting/);
    for (const secret of hiddenStrings(level)) assert.ok(!text.includes(secret), secret);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  // The card is the description of the page's copy at the reader's level, which the native
  // sweep reads at every level (tests/pages.rs); here, that the card takes the reader's copy,
  // at a sample of levels and on links of every kind.
  it('never hold anything the data places after the reader, at a sample of levels', async () => {
    for (const level of PREVIEW_LEVELS) {
      const page = await open(null, { watched: level });
      const hidden = hiddenStrings(level);
      for (const path of ['/characters', '/glossary', `/episodes/${episodes.at(-1).number}`, '/map']) {
        await page.goto(page.wiki.origin + path);
        await heading(page);
        const all = page.locator('main a[href^="/"]');
        const links = (await all.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
          .map((href, i) => [all.nth(i), href, cardName(href, level)])
          .filter(([, , name]) => name !== null);
        assert.ok(links.length > 0, `level ${level}, ${path}: no link to preview`);
        for (const [link, href, name] of links.slice(0, 8)) {
          await link.focus();
          const shown = await card(page).waitFor({ timeout: 3000 }).then(() => true, () => false);
          assert.ok(shown, `level ${level}, ${path}: no card for ${href}`);
          assert.equal((await card(page).locator('strong').textContent()).trim(), name, `level ${level}, ${path}: the card for ${href}`);
          const text = await card(page).textContent();
          for (const secret of hidden) assert.ok(!text.includes(secret), `level ${level}, ${path}: a card says "${secret}"`);
          await page.keyboard.press('Escape');
        }
      }
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });
});

describe('accessibility of the card and the map', () => {
  it('axe finds nothing serious with a card open, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open('/map/tilda-weber', { watched: 5, colorScheme });
      await heading(page);
      await page.locator('main .map-list a').first().hover();
      await card(page).waitFor();
      await page.evaluate(axeSource);
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      assert.deepEqual(serious, [], colorScheme);
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });
});
