// Shipping: the root and the sub-path (/imperfects/) builds, served as GitHub Pages serves them
// (a page's address redirects to its directory) and as Netlify does (answered at once); every
// page reloaded directly with status 200, unknown paths 404; no Content-Security-Policy
// violation; offline after a first visit; link previews.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { controlled, heading, startApp, useBrowser } from './harness.mjs';
import { expectedHeading } from './data.mjs';
import { KINDS, ROUTES } from './site.mjs';

const pages = (routes) => [...routes.map((path) => [path, expectedHeading(path)]), ['/search?q=tilda', 'Search']];
// Every page on the two hosts a deploy meets (the root as Netlify serves it, the sub-path as
// GitHub Pages does); a page of each kind on the other two, where the pages differ only in
// the address they answer at.
const EVERY = new Set(['/ direct', '/imperfects/ github']);

for (const [root, base] of [['dist', '/'], ['dist-sub', '/imperfects/']]) {
  for (const mode of ['github', 'direct']) {
    describe(`${base} build served in ${mode} mode`, () => {
      const { open } = useBrowser({ root, base, mode });

      const every = EVERY.has(`${base} ${mode}`);
      it(`reloads ${every ? 'every page' : 'a page of each kind'} directly, with status 200 and no CSP violation`, async () => {
        const page = await open(null, { watched: 10 });
        for (const [path, expected] of pages(every ? ROUTES : KINDS)) {
          const response = await page.goto(page.wiki.origin + path);
          assert.equal(response.status(), 200, `${path} status`);
          const shown = await heading(page);
          if (expected instanceof RegExp) assert.match(shown, expected, path);
          else assert.equal(shown, expected, path);
        }
        page.wiki.assertClean();
        await page.wiki.close();
      });

      it('keeps in-app links inside the base path, without reloading', async () => {
        const page = await open('/episodes/4', { watched: 10, app: true });
        await heading(page);
        await page.evaluate(() => { window.stillHere = true; });
        const prefix = base === '/' ? '' : base.slice(0, -1);
        const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        assert.ok(hrefs.length > 0, 'the page has links to check');
        for (const href of hrefs) {
          assert.ok(href.startsWith(`${prefix}/`), `${href} leaves ${base}`);
        }
        await page.locator('nav a', { hasText: 'Characters' }).click();
        assert.equal(await heading(page), 'Characters');
        assert.equal(new URL(page.url()).pathname, `${prefix}/characters`);
        await page.locator('#search-input').fill('banshee');
        await page.locator('#search-input').press('Enter');
        assert.equal(await heading(page), 'Banshee');
        assert.equal(new URL(page.url()).pathname, `${prefix}/abilities/banshee`);
        assert.equal(await page.evaluate(() => window.stillHere), true, 'the page was reloaded');
        page.wiki.assertClean();
        await page.wiki.close();
      });

      it('shows the not-found page for an unknown path, with status 404', async () => {
        // The browser reports the 404 it was answered with.
        const page = await open(null, { watched: 10, allowErrors: ['status of 404'] });
        const response = await page.goto(`${page.wiki.origin}/no/such/page`);
        assert.equal(response.status(), 404);
        assert.equal(await heading(page), 'Page not found');
        page.wiki.assertClean();
        await page.wiki.close();
      });
    });
  }
}

describe('headers, offline and previews (sub-path build)', () => {
  const { open } = useBrowser({ root: 'dist-sub', base: '/imperfects/', mode: 'github' });

  it('sends a strict CSP, long caching for hashed files and none for the page and data', async () => {
    const page = await open('/', { watched: 10, app: true });
    await heading(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'(;|$)/);
    assert.match(csp, /style-src 'self' 'sha256-[^']+'(;|$)/);
    assert.ok(!csp.includes('unsafe-inline'));
    const fetchHeaders = async (path) => page.evaluate(async (url) => {
      const response = await fetch(url);
      return Object.fromEntries(response.headers.entries());
    }, page.wiki.origin + path);
    const index = await fetchHeaders('/');
    assert.equal(index['cache-control'], 'no-cache');
    assert.match(index['content-security-policy'], /frame-ancestors 'none'/);
    assert.equal(index['x-content-type-options'], 'nosniff');
    assert.equal((await fetchHeaders('/data/characters.json'))['cache-control'], 'no-cache');
    // The app's wasm is named by its content; the search engine's (loaded first, by search) by
    // no hash, so a deploy reaches it at once.
    const wasms = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')));
    const cached = async (url) => (await fetchHeaders(new URL(url).pathname.replace('/imperfects', '')))['cache-control'];
    const app = wasms.find((url) => url.includes('/imperfects-wiki-'));
    const engine = wasms.find((url) => url.endsWith('/search_engine_bg.wasm'));
    assert.equal(await cached(app), 'public, max-age=31536000, immutable');
    assert.equal(await cached(engine), 'no-cache');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('opens offline after a first visit, deep links included', async () => {
    const page = await open('/', { watched: 10, serviceWorkers: 'allow' });
    await heading(page);
    await controlled(page);
    // Read again, now that the service worker keeps what is fetched, and with the app, which
    // the offline shell needs.
    await page.goto(page.wiki.origin + '/glossary');
    await heading(page);
    await startApp(page);
    await page.wiki.context.setOffline(true);
    await page.goto(page.wiki.origin + '/');
    assert.match(await heading(page), /The Imperfects/);
    // A page read before comes back as it was kept, prerendered copy and all.
    const kept = await page.goto(page.wiki.origin + '/glossary');
    assert.ok((await kept.text()).includes('id="prerendered"'));
    assert.equal(await heading(page), 'Glossary');
    // One never read gets the app's bare shell, which shows it from the kept data.
    const unread = await page.goto(page.wiki.origin + '/characters/abbi-singh');
    assert.ok(!(await unread.text()).includes('id="prerendered"'));
    assert.equal(await heading(page), 'Abbi Singh');
    assert.equal(await page.locator('meta[name="description"]').count(), 1);
    await page.locator('nav a', { hasText: 'Episodes' }).click();
    assert.equal(await heading(page), 'Episode guide');
    await page.goto(page.wiki.origin + '/no/such/page');
    assert.equal(await heading(page), 'Page not found');
    await page.wiki.context.setOffline(false);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('offline, a page never read says so when the app was never used, rather than stay blank', async () => {
    const page = await open('/glossary', { serviceWorkers: 'allow', allowErrors: ['Failed to load resource'] });
    await controlled(page);
    // Read again, now that the service worker is there to keep it.
    await page.goto(page.wiki.origin + '/glossary');
    await page.wiki.context.setOffline(true);
    await page.goto(page.wiki.origin + '/episodes/3');
    const note = page.getByRole('status').filter({ hasText: 'This page could not be loaded: you may be offline.' });
    await note.waitFor();
    assert.ok(await note.getByRole('button', { name: 'Try again' }).isVisible());
    // The page read before is still there, prerendered.
    await page.goto(page.wiki.origin + '/glossary');
    assert.equal(await heading(page), 'Glossary');
    await page.wiki.context.setOffline(false);
    await page.wiki.close();
  });

  it('is installable: a manifest with icons', async () => {
    const page = await open('/', { watched: 10 });
    await heading(page);
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
    assert.equal(manifest.name, 'The Imperfects Wiki');
    assert.ok(manifest.icons.some((icon) => icon.sizes === '512x512'));
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('writes link previews at the safe default, whatever the reader chose', async () => {
    // Crawlers read a page as it is served, without running the app, which writes none itself.
    const page = await open(null, { watched: 10 });
    const served = async (path) => (await page.goto(page.wiki.origin + path)).text();
    const meta = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)" data-prerendered="">`))?.[1];
    let html = await served('/characters/dr-hallenbeck');
    assert.equal(await heading(page), 'Dr. Hallenbeck');
    assert.equal(meta(html, 'og:title'), 'A character of The Imperfects');
    assert.ok(!meta(html, 'og:description').includes('Hallenbeck'));
    assert.equal(meta(html, 'og:image'), `${process.env.SITE_URL ?? ''}/imperfects/og-card.png`);
    html = await served('/characters/tilda-weber');
    await heading(page);
    assert.equal(meta(html, 'og:title'), 'Tilda Weber');
    assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
