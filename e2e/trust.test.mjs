// Faults and attacks, tried as an attacker and a careless host would: crafted addresses on each
// kind of host, the service worker's note of the level behind the reader's, bad responses kept
// for good, offline on a first visit, back and forward, a failing app on an SPA host, a deploy
// under an open tab, and framing by another site. Each test failed on the build before the fix.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { controlled, heading, openSetting, startApp, storedChoice, takenOver, useBrowser, STORAGE_KEY } from './harness.mjs';
import { characters, expectedHeading, hiddenStrings } from './data.mjs';
import { appFiles, decoded, NAMES } from './site.mjs';
import { firstSentence } from '../public/preview.js';

const DIST = new URL('../dist/', import.meta.url);
// The app's two files as this build names them (without the leading slash).
const [GLUE, WASM] = [appFiles().glue, appFiles().wasm].map((file) => file.slice(1));
const TILDA = expectedHeading('/characters/tilda-weber');

/** The app fails to start at the first use of search; "Try again" brings the page and the app back. */
async function recovers(page, path) {
  await page.locator('#search-input').focus();
  const note = page.getByRole('status').filter({ hasText: 'could not be loaded' });
  await note.waitFor();
  await note.getByRole('button', { name: 'Try again' }).click();
  assert.equal(await heading(page), expectedHeading(path));
  await startApp(page);
}

/** Waits until the service worker's cache of files holds `path` (under the origin). */
async function kept(page, path) {
  await page.waitForFunction(async ([url, prefix]) => {
    const keys = (await caches.keys()).filter((key) => key.startsWith(prefix));
    for (const key of keys) if (await (await caches.open(key)).match(url)) return true;
    return false;
  }, [page.wiki.origin + path, NAMES.filesCachePrefix], { polling: 100 });
}

/** Waits until the level the service worker answers pages at, as the pages keep it for it, is `key`. */
function workerLevelIs(page, key) {
  return page.waitForFunction(async ([key, cache, entry]) => {
    const kept = await (await caches.open(cache)).match(entry);
    return (kept ? await kept.text() : null) === key;
  }, [key, NAMES.readerCache, NAMES.levelEntry], { polling: 100 });
}

describe('a crafted address never makes a link off the site', () => {
  const CRAFTED = '//attacker.example/path';
  for (const mode of ['github', 'direct', 'spa']) {
    const { open } = useBrowser({ mode });
    it(`the skip link stays on the site (${mode} host)`, async () => {
      const page = await open(null, { allowErrors: ['status of 404'] });
      await page.goto(page.wiki.origin + CRAFTED);
      assert.equal(await heading(page), 'Page not found');
      const origin = new URL(page.wiki.origin).origin;
      const skip = page.locator('a.skip-link');
      assert.equal(new URL(await skip.evaluate((a) => a.href)).origin, origin, 'the skip link leads off the site');
      const bare = await page.locator('a[href^="//"], a[href^="/\\\\"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(bare, [], 'links to another host by a protocol-relative address');
      // As a keyboard reader uses it.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
      assert.equal(new URL(page.url()).origin, origin);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});

describe('other crafted addresses run nothing and lead nowhere else', () => {
  const CRAFTED = [
    '/%2F%2Fattacker.example/',
    '/characters/%2F%2Fattacker.example',
    '/search?q=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E',
    '/glossary?x=%22%3E%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E#main',
  ];
  for (const mode of ['github', 'direct', 'spa']) {
    const { open } = useBrowser({ mode });
    it(`${mode} host`, async () => {
      const page = await open(null, { allowErrors: ['status of 404'] });
      const origin = new URL(page.wiki.origin).origin;
      for (const address of CRAFTED) {
        await page.goto(page.wiki.origin + address);
        assert.ok((await heading(page)).length > 0, address);
        const links = await page.locator('a[href]').evaluateAll((all) => all.map((a) => [a.getAttribute('href'), a.href]));
        for (const [href, resolved] of links) {
          assert.ok(!/^[/\\]{2}/.test(href), `${address}: ${href} names another host`);
          if (!/^https?:/.test(href)) assert.equal(new URL(resolved).origin, origin, `${address}: ${href}`);
        }
        assert.equal(await page.evaluate(() => window.pwned), undefined, `${address} ran a script`);
      }
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});

describe('the service worker never answers above the reader', () => {
  const { open } = useBrowser();
  const secrets = hiddenStrings(3);

  /** Records, from before any script of each document, any text or attribute naming a secret. */
  async function watchForLeaks(context) {
    await context.addInitScript((hidden) => {
      const report = (what) => localStorage.setItem('leaks', `${localStorage.getItem('leaks') ?? ''}${what}\n`);
      const look = (node) => {
        const text = `${node.textContent ?? ''} ${node.getAttribute?.('content') ?? ''}`;
        const found = hidden.find((secret) => text.includes(secret));
        if (found) report(found);
      };
      new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(look)))
        .observe(document, { childList: true, subtree: true });
    }, secrets);
  }

  it('when its note of the level lags behind a lowered setting, nothing of the higher copy reaches the page', async () => {
    const page = await open('/', { watched: 10, serviceWorkers: 'allow' });
    await controlled(page);
    await workerLevelIs(page, '10');
    // Lowered to 3, and the tab closed before the note was written.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(3)]);
    await watchForLeaks(page.wiki.context);
    await page.goto(`${page.wiki.origin}/characters/tilda-weber`);
    assert.equal(await heading(page), TILDA);
    await page.waitForFunction(() => document.documentElement.dataset.level === '3');
    assert.equal(await page.evaluate(() => localStorage.getItem('leaks')), null, 'text of the higher copy reached the page');
    await workerLevelIs(page, '3');
    assert.equal(await page.locator('#watched-select').inputValue(), '3');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('a copy asked for by its file\'s address goes to the page at the reader\'s own level', async () => {
    const page = await open(null, { watched: 3 });
    await watchForLeaks(page.wiki.context);
    await page.goto(`${page.wiki.origin}/levels/10/characters/tilda-weber/`);
    assert.equal(await heading(page), TILDA);
    assert.equal(new URL(page.url()).pathname, '/characters/tilda-weber/');
    await page.waitForFunction(() => document.documentElement.dataset.level === '3');
    assert.equal(await page.evaluate(() => localStorage.getItem('leaks')), null, 'text of the higher copy reached the page');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('the service worker keeps only whole responses', () => {
  const { open } = useBrowser();
  const wasm = readFileSync(new URL(WASM, DIST));
  const index = readFileSync(new URL('shell.html', DIST), 'utf8');
  const bad = [
    ['a truncated wasm', `**/${WASM}`, { status: 200, contentType: 'application/wasm', body: wasm.subarray(0, wasm.length >> 1) }],
    ["an SPA host's index.html for the script", `**/${GLUE}`, { status: 200, contentType: 'text/html; charset=utf-8', body: index }],
  ];
  for (const [name, pattern, answer] of bad) {
    it(`${name}, answered once, does not break the app for good`, async () => {
      const page = await open('/about', { serviceWorkers: 'allow', allowErrors: ['WebAssembly', 'MIME', 'module script', 'Failed to load', 'wasm'] });
      await controlled(page);
      await page.wiki.context.route(pattern, (route) => route.fulfill(answer), { times: 1 });
      await recovers(page, '/about');
      await page.wiki.close();
    });
  }

  it('a page cut short is not kept: offline it comes from the app instead of blank', async () => {
    const page = await open('/', { serviceWorkers: 'allow', allowErrors: ['Failed to load', 'ERR_INTERNET_DISCONNECTED'] });
    await controlled(page);
    await page.goto(`${page.wiki.origin}/episodes`);
    await startApp(page);
    await kept(page, `/${WASM}`);
    const glossary = (url) => url.pathname.replace(/\/$/, '') === '/glossary';
    const whole = readFileSync(new URL('glossary/index.html', DIST), 'utf8');
    await page.wiki.context.route(glossary, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: whole.slice(0, 600) }), { times: 1 });
    await page.goto(`${page.wiki.origin}/glossary`);
    await page.waitForLoadState('load');
    await page.wiki.context.setOffline(true);
    await page.goto(`${page.wiki.origin}/glossary`);
    assert.equal(await heading(page), expectedHeading('/glossary'));
    await page.wiki.context.setOffline(false);
    await page.wiki.close();
  });
});

describe('garbage in the caches', () => {
  const { open } = useBrowser();
  it('a kept app that cannot start is dropped, and "Try again" works', async () => {
    const page = await open('/about', { serviceWorkers: 'allow', allowErrors: ['WebAssembly', 'wasm'] });
    await controlled(page);
    await page.evaluate(async ([file, prefix]) => {
      const key = (await caches.keys()).find((k) => k.startsWith(prefix));
      await (await caches.open(key)).put(new URL(file, document.baseURI).href, new Response('garbage', { headers: { 'content-type': 'application/wasm' } }));
    }, [WASM, NAMES.filesCachePrefix]);
    await recovers(page, '/about');
    await page.wiki.close();
  });

  it('a level the worker cannot read gives the safe default, not an error', async () => {
    const page = await open('/', { serviceWorkers: 'allow' });
    await controlled(page);
    for (const garbage of ['11', '10s', '<b>', '3; 10', '']) {
      await page.evaluate(async ([value, cache, entry]) => (await caches.open(cache)).put(entry, new Response(value)), [garbage, NAMES.readerCache, NAMES.levelEntry]);
      const response = await page.goto(`${page.wiki.origin}/characters/tilda-weber`);
      assert.match(await response.text(), /data-level="0"/, garbage);
      assert.equal(await heading(page), TILDA);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('offline after a first visit', () => {
  const { open } = useBrowser();
  it('keeps the first page a new visitor read, styled', async () => {
    const page = await open(null, { serviceWorkers: 'allow', allowErrors: ['Failed to load', 'ERR_INTERNET_DISCONNECTED'] });
    await page.goto(`${page.wiki.origin}/characters/abbi-singh`);
    assert.equal(await heading(page), expectedHeading('/characters/abbi-singh'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await kept(page, '/characters/abbi-singh/');
    await page.wiki.context.setOffline(true);
    await page.reload();
    assert.equal(await heading(page), expectedHeading('/characters/abbi-singh'));
    assert.ok(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() !== ''), 'the stylesheet was kept too');
    await page.wiki.context.setOffline(false);
    await page.wiki.close();
  });
});

describe('back and forward', () => {
  const { open } = useBrowser();
  it('going back shows the setting as stored, not as the page was left', async () => {
    // The service worker answers going back with the copy at the new level, whose controls
    // the browser would set back to what they showed when the page was left.
    const page = await open('/characters/tilda-weber', { watched: 3, serviceWorkers: 'allow' });
    await controlled(page);
    await page.reload();
    await heading(page);
    await page.locator('#prerendered nav a', { hasText: 'Episodes' }).click();
    assert.equal(await heading(page), expectedHeading('/episodes'));
    await openSetting(page);
    await page.locator('#watched-select').selectOption('7');
    await page.waitForFunction(() => document.documentElement.dataset.level === '7');
    await workerLevelIs(page, '7');
    await page.goBack();
    assert.equal(await heading(page), TILDA);
    await page.waitForFunction(() => document.documentElement.dataset.level === '7');
    assert.equal(await page.locator('#watched-select').inputValue(), '7');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('a page restored from the back/forward cache follows storage', async () => {
    const page = await open('/characters/tilda-weber', { watched: 3 });
    await heading(page);
    await page.evaluate(([key, value]) => {
      localStorage.setItem(key, value);
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    }, [STORAGE_KEY, storedChoice(7)]);
    await page.waitForFunction(() => document.documentElement.dataset.level === '7');
    assert.equal(await page.locator('#watched-select').inputValue(), '7');
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('an unknown address on an SPA host', () => {
  const { open } = useBrowser({ mode: 'spa' });
  it('with the app failing, says so instead of showing the home page', async () => {
    const page = await open(null, { allowErrors: ['Failed to load', 'module script'] });
    await page.route(`**/${GLUE}`, (route) => route.abort());
    await page.goto(`${page.wiki.origin}/characters/nobody-at-all`);
    const note = page.locator('.app-status');
    await note.getByRole('button', { name: 'Try again' }).waitFor();
    assert.equal(await heading(page), 'This page could not be loaded');
    assert.doesNotMatch(await note.textContent(), /could not be loaded/, 'the note repeats the heading');
    assert.doesNotMatch(await page.title(), /^The Imperfects Wiki$/);
    await page.wiki.close();
  });

  it('with the data failing, the app\'s message replaces "Loading this page…"', async () => {
    const page = await open(null, { allowErrors: ['Failed to load'] });
    await page.route('**/data/**', (route) => route.abort());
    await page.goto(`${page.wiki.origin}/characters/nobody-at-all`);
    assert.equal(await heading(page), 'The wiki could not load');
    assert.equal(await page.getByRole('status').filter({ hasText: 'Loading this page' }).count(), 0);
    await page.wiki.close();
  });
});

describe('link previews', () => {
  const { open } = useBrowser();
  const titled = characters.find((c) => /^(Dr|Mr|Mrs|Ms)\. /.test(c.name));
  it(`read a whole sentence, past a title's full stop (${titled?.name})`, async () => {
    assert.ok(titled, 'the data has a character whose name starts with a title');
    const page = await open('/characters', { watched: 10 });
    await heading(page);
    const link = page.locator(`main a[href$="/characters/${titled.slug}"]`).first();
    await link.hover();
    const card = page.locator('#link-preview');
    await card.waitFor();
    const sentence = (await card.locator('p').textContent()).trim();
    const built = readFileSync(new URL(`levels/10/characters/${titled.slug}/index.html`, DIST), 'utf8')
      .match(/<meta name="description" content="([^"]*)"/)[1];
    assert.ok(sentence.length > titled.name.length, `the card reads only "${sentence}"`);
    assert.equal(sentence, firstSentence(decoded(built)));
    await page.wiki.close();
  });
});

describe('a deploy while a tab is open', () => {
  const { open } = useBrowser();
  it('says a newer version is available, not that the reader may be offline', async () => {
    const page = await open('/characters/tilda-weber', { allowErrors: ['status of 404', 'module script', 'Failed to load'] });
    await heading(page);
    await page.route(`**/${GLUE}`, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }));
    await page.locator('#search-input').focus();
    const note = page.getByRole('status').filter({ hasText: 'newer version' });
    await note.waitFor();
    assert.ok(await note.getByRole('button', { name: 'Reload' }).isVisible());
    await page.wiki.close();
  });
});

describe('framing by another site', () => {
  // As GitHub Pages serves it: no header forbids framing there.
  const { open, state } = useBrowser({ mode: 'github', headers: false });
  it('shows only a way to open the wiki on its own', async () => {
    const page = await open(null);
    await page.setContent(`<iframe src="${state.origin}/characters/tilda-weber/" width="800" height="600"></iframe>`);
    const frame = page.frameLocator('iframe');
    const note = frame.getByRole('status');
    await note.filter({ hasText: 'not shown inside other sites' }).waitFor();
    assert.ok(await note.getByRole('button', { name: 'Open it in its own tab' }).isVisible());
    assert.equal(await frame.locator('main h1').first().isVisible(), false, 'the page shows inside the frame');
    await page.wiki.close();
  });
});
