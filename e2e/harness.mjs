// Shared set-up for the browser tests: one local server over the release build and one
// Chromium per test file, and pages that record every console error and uncaught exception so
// each test can assert there were none.
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../scripts/serve.mjs';
import { launchOptions } from './browser.mjs';
import { NAMES, RULES as rules } from './site.mjs';

export const STORAGE_KEY = NAMES.spoilerKey;
/** Where strict mode is stored: exactly `NAMES.strictOn` is on. */
export const STRICT_KEY = NAMES.strictKey;
/** With an episode's number, the class of what that episode reveals, for the "new" marks. */
export const REVEALED_CLASS = NAMES.revealedClass;

/**
 * The episodes, by their class, of the elements under `scope` that the stylesheet marks new at
 * the moment: text by a visible "New" before it, a drawing (`drawn`) by the colour it takes.
 */
export function markedNew(page, scope = ':root', { drawn = false } = {}) {
  return page.evaluate(([prefix, scope, drawn]) => [...document.querySelectorAll(`${scope} [class*="${prefix}"]`)]
    .filter((el) => (drawn
      ? getComputedStyle(el).getPropertyValue('--new').trim() !== ''
      : el.checkVisibility() && getComputedStyle(el, '::before').content.includes('New')))
    .map((el) => +[...el.classList].find((c) => c.startsWith(prefix)).slice(prefix.length)), [REVEALED_CLASS, scope, drawn]);
}

/** The stored spoiler choice for a reader who has watched up to `watched` (0 to 10), as the app writes it. */
export function storedChoice(watched) {
  return rules.storedChoice(rules.watched(watched));
}

/**
 * One server and one Chromium for a test file. `base` and `mode` serve the site as a sub-path
 * host, GitHub Pages or Netlify would (see scripts/serve.mjs); `origin` then includes the base path
 * without its trailing slash, so tests append routes as they are.
 */
export function useBrowser({ root = 'dist', base = '/', mode = 'direct', headers = true } = {}) {
  const state = {};
  before(async () => {
    state.server = await startServer({ root, port: 0, base, mode, headers });
    state.origin = `http://127.0.0.1:${state.server.address().port}${base.replace(/\/$/, '')}`;
    state.browser = await chromium.launch(launchOptions());
  });
  after(async () => {
    await state.browser?.close();
    state.server?.close();
  });

  /**
   * Opens `path` in a fresh context. `watched` presets the spoiler setting (undefined = a new
   * visitor); `allowErrors` lists console messages a test provokes on purpose; `app` waits for
   * the app to run, started as a reader starts it, by going to the search box (and back out).
   */
  async function open(path, { watched, strict = false, viewport, colorScheme, allowErrors = [], javaScriptEnabled = true, serviceWorkers = 'block', app = false } = {}) {
    // The service worker is blocked unless a test is about it: requests it answered would
    // escape the request interception that other tests rely on.
    const context = await state.browser.newContext({ viewport, colorScheme, javaScriptEnabled, serviceWorkers });
    if (watched !== undefined || strict) {
      await context.addInitScript(([key, value, strictKey, strictValue]) => {
        if (!sessionStorage.getItem('preset')) {
          if (value !== null) localStorage.setItem(key, value);
          if (strictValue !== null) localStorage.setItem(strictKey, strictValue);
          sessionStorage.setItem('preset', '1');
        }
      }, [STORAGE_KEY, watched === undefined ? null : storedChoice(watched), STRICT_KEY, strict ? NAMES.strictOn : null]);
    }
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!allowErrors.some((allowed) => text.includes(allowed))) problems.push(`console: ${text}`);
    });
    page.wiki = {
      origin: state.origin,
      problems,
      /** Fails the test if the page logged an error or threw. */
      assertClean() {
        assert.deepEqual(problems, [], 'the page logged errors');
      },
      context,
      close: () => context.close(),
    };
    if (path !== null) {
      await page.goto(state.origin + path);
      if (app) await startApp(page);
    }
    return page;
  }

  return { open, state };
}

/** Waits until the service worker controls the page. */
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

/** The app's loading note, found even while the prerendered page hides the app. */
export function loadingNote(page) {
  return page.getByRole('status', { includeHidden: true }).filter({ hasText: 'Loading the wiki' });
}

/** Holds back requests for `pattern` until the returned function is called. */
export async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

/**
 * Waits until the page shows what the reader should see, and returns its heading: the app has
 * taken over from the prerendered page (src/prerendered.rs), or no app is on its way and the
 * copy on screen is the reader's own (public/boot.js).
 */
export async function heading(page) {
  await page.waitForFunction(() => {
    const root = document.documentElement;
    return !document.getElementById('prerendered') || (!root.dataset.app && root.dataset.waiting === undefined);
  });
  const h1 = page.locator('main h1');
  await h1.first().waitFor();
  return (await h1.first().textContent()).trim();
}

/**
 * Opens the header's spoiler setting (a panel behind the button that says the setting), as a
 * reader does before using its controls; a panel already open stays open. It opens over the
 * page: `closeSetting` closes it as a reader does, with Escape.
 */
export async function openSetting(page) {
  const closed = page.locator(`details#${NAMES.settingId}:not([open]) > summary:visible`);
  if (await closed.count()) await closed.click();
}
/** The setting the page's live header shows (the copy's while there is one, else the app's). */
export function watchedValue(page) {
  return page.evaluate(([copyId, id]) => {
    const copy = document.getElementById(copyId);
    return [...document.querySelectorAll(`#${id}`)].find((select) => !copy || copy.contains(select))?.value;
  }, [NAMES.copyId, NAMES.watchedSelectId]);
}
export async function closeSetting(page) {
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => [...document.querySelectorAll(`details#${id}`)].every((panel) => !panel.open), NAMES.settingId);
}

/** Starts the app as a reader would, from the search box, and waits for it to take over. */
export async function startApp(page) {
  await page.waitForFunction(() => document.documentElement.dataset.waiting === undefined);
  // Focused in the page itself: the copy may just have given way to the app.
  await page.evaluate(() => document.querySelector('#prerendered #search-input')?.focus());
  await takenOver(page);
  await page.evaluate(() => document.activeElement?.blur());
}

/** Waits until the app has taken over, as it does once a control is used. */
export async function takenOver(page) {
  await page.waitForFunction(() => !document.getElementById('prerendered'));
}

/**
 * Visits every one of `paths` twice: as each page's prerendered copy arrives, then in the app,
 * moved by the router as a link would move it. `look(path, where)` runs on each page as the
 * reader sees it, with `where` "prerendered" or "app"; their results come back in order.
 */
export async function visitAll(page, paths, look) {
  const seen = [];
  for (const path of paths) {
    await page.goto(page.wiki.origin + path);
    await heading(page);
    seen.push(await look(path, 'prerendered'));
  }
  await startApp(page);
  for (const path of paths) {
    await moveTo(page, path);
    seen.push(await look(path, 'app'));
  }
  return seen;
}

/** Moves the running app to `path` as its router moves on a link, and waits for the page. */
export async function moveTo(page, path) {
  await page.evaluate((address) => {
    history.pushState(null, '', address);
    dispatchEvent(new PopStateEvent('popstate'));
  }, page.wiki.origin + path);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await heading(page);
}
