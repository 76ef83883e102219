// Prerendered pages: every route is a file in the build with its real content at the safe
// default, readable without JavaScript, with links that work as plain links; with JavaScript
// the app takes over in place, at the reader's own setting, with no flash and nothing twice;
// and no file holds anything the default setting hides.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { heading, openSetting, startApp, storedChoice, takenOver, useBrowser, STORAGE_KEY } from './harness.mjs';
import { characters, expectedHeading, hiddenStrings, visibleAt, SETTING_KEYS } from './data.mjs';
import { NAMES, ROUTES, appFiles, builtHeading, decoded, matchingBuilt, textOf } from './site.mjs';

const PAGES = ROUTES;
const BUILDS = [['dist', '/'], ['dist-sub', '/imperfects/']];
const WASM = matchingBuilt('**/imperfects-wiki-*.wasm', [appFiles().wasm]);

/**
 * A page's heading at the safe default: a character met later is behind a gate, and a map
 * centred on them is the map of everyone met so far.
 */
function defaultHeading(path) {
  const later = characters.find((c) => !visibleAt(c.introduced, 0) && [`/characters/${c.slug}`, `/map/${c.slug}`].includes(path));
  if (later) return path.startsWith('/map/') ? builtHeading('/map') : 'Beyond your spoiler setting';
  return expectedHeading(path);
}
const fileFor = (root, path) => join(root, path.slice(1), 'index.html');
const htmlFiles = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
const matches = (shown, expected) => (expected instanceof RegExp ? expected.test(shown) : shown === expected);

describe('the prerendered files', () => {
  for (const [root, base] of BUILDS) {
    it(`${root}: every page is a file with its heading, title, description and preview tags`, () => {
      for (const path of PAGES) {
        const file = fileFor(root, path);
        assert.ok(existsSync(file), `${file} exists`);
        const html = readFileSync(file, 'utf8');
        const h1 = html.match(/<main[^>]*>[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/);
        assert.ok(h1 && matches(textOf(h1[1]), defaultHeading(path)), `${path}: heading ${h1?.[1]}`);
        const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
        assert.equal(titles.length, 1, `${path}: one title`);
        assert.match(titles[0], /^.+ · The Imperfects Wiki$/, path);
        const descriptions = [...html.matchAll(/<meta name="description" content="([^"]+)" data-prerendered="">/g)];
        assert.equal(descriptions.length, 1, `${path}: one description`);
        assert.match(html, /<meta property="og:title" content="[^"]+" data-prerendered="">/, path);
        // A full address when the build was told its origin (make test does), as previews need.
        const card = `${process.env.SITE_URL ?? ''}${base}og-card.png`;
        assert.ok(html.includes(`<meta property="og:image" content="${card}" data-prerendered="">`), `${path}: og:image ${card}`);
        const canonical = `${process.env.SITE_URL ?? ''}${base}${path.slice(1)}${path === '/' ? '' : '/'}`;
        const link = html.match(/<link [^>]*rel="canonical"[^>]* data-prerendered="">/)?.[0] ?? '';
        assert.ok(link.includes(`href="${canonical}"`), `${path}: canonical ${canonical} in ${link}`);
        assert.match(html, /<meta http-equiv="Content-Security-Policy"/, path);
        assert.ok(textOf(html.slice(html.indexOf('<main'))).length > 200, `${path}: main text`);
      }
      const missing = readFileSync(join(root, '404.html'), 'utf8');
      assert.match(missing, /<h1>Page not found<\/h1>/);
    });

    it(`${root}: a sitemap of every page for search engines, when the build knows its origin`, (t) => {
      if (!process.env.SITE_URL) return t.skip('built without SITE_URL (make test sets it)');
      const sitemap = readFileSync(join(root, 'sitemap.xml'), 'utf8');
      const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      const expected = PAGES.map((path) => `${process.env.SITE_URL}${base}${path.slice(1)}${path === '/' ? '' : '/'}`);
      assert.deepEqual(listed.sort(), expected.sort());
      assert.match(readFileSync(join(root, 'robots.txt'), 'utf8'), new RegExp(`Sitemap: ${process.env.SITE_URL}${base}sitemap\\.xml`));
    });

    it(`${root}: the service worker keeps only the bare shell up front, under a cache of its deploy`, () => {
      const worker = readFileSync(join(root, 'sw.js'), 'utf8');
      assert.match(worker, /const VERSION = "[0-9a-f]{16}";/);
      assert.ok(!worker.includes('__NAMES__'), 'the names are written in');
      assert.match(worker, /"shellFile":"shell\.html"/);
      assert.deepEqual([...worker.matchAll(/cache\.(add|addAll)\(([^)]*)\)/g)].map((m) => m[0]), ['cache.add(N.shellFile)'],
        'the app, its data and pages are kept as they are fetched, not up front');
      const shell = readFileSync(join(root, 'shell.html'), 'utf8');
      assert.match(shell, /(?:"glue"|[{,]glue):"[^"]+imperfects-wiki-[0-9a-f]+\.js"/, 'the shell starts the app');
      assert.ok(!shell.includes('data-page='), 'the shell is a copy of no page');
    });

    it(`${root}: a copy at every other spoiler level, never linked, never indexed`, () => {
      const robots = readFileSync(join(root, 'robots.txt'), 'utf8');
      assert.match(robots, new RegExp(`^Disallow: ${base}levels/$`, 'm'));
      for (const level of SETTING_KEYS.filter((key) => key !== '0')) {
        for (const path of PAGES) {
          const file = fileFor(join(root, 'levels', level), path);
          assert.ok(existsSync(file), file);
          const html = readFileSync(file, 'utf8');
          assert.match(html, /<meta name="robots" content="noindex">/, file);
          assert.ok(html.includes(`data-level="${level}" data-page="${path}"`), file);
          const canonical = `${process.env.SITE_URL ?? ''}${base}${path.slice(1)}${path === '/' ? '' : '/'}`;
          const link = html.match(/<link [^>]*rel="canonical"[^>]*>/)?.[0] ?? '';
          assert.ok(link.includes(`href="${canonical}"`), `${file}: canonical is the page itself, not ${link}`);
        }
      }
      const links = htmlFiles(root).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/href="([^"]*)"/g)].map((m) => m[1]));
      assert.deepEqual(links.filter((href) => href.includes('levels/')), [], 'no link leads to a copy');
      if (process.env.SITE_URL) assert.ok(!readFileSync(join(root, 'sitemap.xml'), 'utf8').includes('levels/'));
      assert.match(readFileSync(join(root, '_headers'), 'utf8'), new RegExp(`^${base}levels/\\*\n  X-Robots-Tag: noindex$`, 'm'));
    });

    it(`${root}: no file holds anything hidden at its level`, () => {
      const levelOf = (file) => file.match(/\/levels\/(\d+s?)\//)?.[1] ?? '0';
      const files = htmlFiles(root).map((file) => [file, decoded(readFileSync(file, 'utf8'))]);
      assert.ok(files.length > PAGES.length * SETTING_KEYS.length, 'every page at every setting and 404.html were read');
      const secrets = Object.fromEntries(SETTING_KEYS.map((key) => [key, hiddenStrings(parseInt(key, 10), { strict: key.endsWith('s') })]));
      assert.ok(secrets['0'].length > 50);
      const leaks = files.flatMap(([file, text]) => secrets[levelOf(file)].filter((s) => text.includes(s)).map((s) => `${file}: ${s.slice(0, 60)}`));
      assert.deepEqual(leaks, []);
      // The other files a crawler or a new visitor gets hold nothing hidden at the default (the
      // app's code and data come only with the app).
      const others = ['robots.txt', 'sitemap.xml', 'changes.xml', 'manifest.webmanifest', 'sw.js', 'sw-register.js'].filter((f) => existsSync(join(root, f)));
      for (const file of others) {
        const text = readFileSync(join(root, file), 'utf8');
        assert.deepEqual(secrets['0'].filter((s) => text.includes(s)), [], file);
      }
      // The search index of each setting (search before the app, which names where they are)
      // holds nothing hidden at that setting.
      const indexFile = NAMES.searchIndexFile;
      for (const key of SETTING_KEYS) {
        const text = readFileSync(join(root, indexFile.replace('{key}', key)), 'utf8');
        assert.deepEqual(secrets[key].filter((s) => text.includes(s)), [], indexFile.replace('{key}', key));
      }
      // The scan does see the text: what the default shows is there, decoded.
      const known = characters.filter((c) => visibleAt(c.introduced, 0));
      assert.ok(known.length > 0, 'characters met before episode 1');
      for (const c of known) {
        const [, text] = files.find(([file]) => file === fileFor(root, `/characters/${c.slug}`));
        assert.ok(text.includes(c.summary), `${c.slug}: summary present`);
      }
    });
  }
});

for (const [root, base] of BUILDS) {
  describe(`${base} build without JavaScript`, () => {
    const { open } = useBrowser({ root, base, mode: 'github' });

    it('shows every page with its heading and text, and every link leads to a page', async () => {
      const page = await open(null, { javaScriptEnabled: false });
      const links = new Set();
      for (const path of PAGES) {
        const response = await page.goto(page.wiki.origin + path);
        assert.equal(response.status(), 200, path);
        const h1 = (await page.locator('main h1').textContent()).trim();
        assert.ok(matches(h1, defaultHeading(path)), `${path}: ${h1}`);
        assert.ok((await page.locator('main').innerText()).length > 100, `${path}: main text`);
        assert.ok(await page.locator('p.noscript').isVisible(), `${path}: says what needs JavaScript`);
        assert.equal(await page.locator('.search-form, .site-header .search, .spoiler-control, .spoiler-gate button').filter({ visible: true }).count(), 0,
          `${path}: controls that need JavaScript are not offered`);
        // Resolved from the attribute, which an SVG link has too (its `href` property is not a string).
        for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href'), a.baseURI).href))) {
          if (href.startsWith(page.wiki.origin)) links.add(href.split('#')[0]);
        }
      }
      assert.ok(links.size > PAGES.length / 2, 'pages link to each other');
      for (const href of links) {
        assert.equal((await page.request.get(href)).status(), 200, href);
      }
      await page.wiki.close();
    });

    it('follows links as plain page loads', async () => {
      const page = await open('/', { javaScriptEnabled: false });
      await page.locator('nav a', { hasText: 'Characters' }).click();
      await page.waitForURL(/\/characters\/?$/);
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Characters');
      await page.locator('main a', { hasText: 'Tilda Weber' }).first().click();
      await page.waitForURL(/tilda-weber/);
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Tilda Weber');
      // The skip link stays on the page rather than resolving against <base href>.
      // Without JavaScript a page cannot mark itself, so the check is that no new document loads.
      let loads = 0;
      page.on('load', () => { loads += 1; });
      await page.locator('.skip-link').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.hash === '#main');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
      assert.equal(loads, 0, 'the skip link reloaded the page');
      await page.wiki.close();
    });
  });
}

describe('the app taking over', () => {
  const { open } = useBrowser();

  it('replaces the prerendered page in place: nothing twice, no console error', async () => {
    const page = await open('/characters/tilda-weber');
    assert.equal(await heading(page), 'Tilda Weber');
    // Search brings the app (see loading.test.mjs).
    await startApp(page);
    for (const [selector, count] of [['main', 1], ['h1', 1], ['#search-input', 1], ['[data-prerendered]', 0],
      ['meta[name="description"]', 1], ['meta[property="og:title"]', 0], ['link[rel="canonical"]', 0], ['title', 1]]) {
      assert.equal(await page.locator(selector).count(), count, selector);
    }
    // The app is live: the spoiler control works.
    const ending = characters.find((c) => c.slug === 'tilda-weber').status[0].text;
    assert.equal(await page.getByText(ending).count(), 0);
    await openSetting(page);
    await page.getByLabel('I have watched').selectOption('10');
    await page.getByText(ending).first().waitFor();
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('never leaves the page empty: the app shows the page as the prerendered copy goes', async () => {
    for (const path of ['/', '/episodes/4', '/characters/abbi-singh']) {
      const page = await open(null, { watched: 4 });
      await page.addInitScript(() => {
        window.states = [];
        new MutationObserver(() => {
          window.states.push({
            prerendered: Boolean(document.getElementById('prerendered')),
            app: Boolean(document.querySelector('body > main h1')),
          });
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(page.wiki.origin + path);
      await heading(page);
      await startApp(page);
      const states = await page.evaluate(() => window.states);
      const since = states.findIndex((s) => s.prerendered);
      assert.ok(since >= 0, `${path}: the prerendered page was shown`);
      assert.deepEqual(states.slice(since).filter((s) => !s.prerendered && !s.app), [], `${path}: an empty moment`);
      page.wiki.assertClean();
      await page.wiki.close();
    }
  });

  it('never paints a copy at another level than the reader\'s', async () => {
    const page = await open(null, { watched: 10 });
    await page.addInitScript(() => {
      window.frames = [];
      const look = () => {
        const root = document.documentElement;
        const copy = document.getElementById('prerendered');
        if (copy && root.dataset.waiting === undefined && document.querySelector('#prerendered main h1')) {
          window.frames.push({ level: root.dataset.level, select: document.getElementById('watched-select')?.value });
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(page.wiki.origin + '/characters/tilda-weber');
    assert.equal(await heading(page), 'Tilda Weber');
    const frames = await page.evaluate(() => window.frames);
    assert.ok(frames.length > 0, 'frames were seen');
    assert.deepEqual(frames.filter((f) => f.level !== '10' || f.select !== '10'), [], 'a frame showed another level');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), storedChoice(10));
    page.wiki.assertClean();
    await page.wiki.close();
  });
  it('applies a chosen theme before the app loads', async () => {
    const page = await open(null, { colorScheme: 'light' });
    await page.addInitScript((key) => localStorage.setItem(key, 'dark'), NAMES.themeKey);
    // Without the app: only the page's own script can have set the theme.
    await page.route(WASM, (route) => route.abort());
    await page.goto(page.wiki.origin + '/glossary');
    await page.locator('#prerendered main h1').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 150, `a dark background, not ${background}`);
    assert.deepEqual(page.wiki.problems.filter((p) => p.includes('CSP')), []);
    await page.wiki.close();
  });
});
