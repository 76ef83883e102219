// Speed and size of the release build as a fan meets it, in headless Chromium (numbers for
// README, not pass/fail).
//
// Why it is measured this way:
// - A fan reads on a phone: 4x CPU throttling and a phone network (150 ms round trip,
//   1.6 Mbit/s down, 750 kbit/s up), from a server that compresses as real hosts do
//   (scripts/serve.mjs `compress`). On localhost without them the app's wasm costs nothing and
//   every design looks alike.
// - Absolute times on this 2-core machine drift by tens of percent from run to run, so each
//   page is measured beside its floor, a static snapshot of the same rendered page with no
//   script, served by the same server: runs alternate (wiki, floor, wiki, floor…) so noise hits
//   both, and every ratio is taken within one run (or one load) before the median is taken.
// - "Painted" is when the frame showing it was presented (Element Timing; see WATCH), not the
//   rAF before that frame: at 4x CPU the two are up to hundreds of ms apart on a first load,
//   more than the differences measured. A copy under `visibility: hidden` (while a page
//   fetches the reader's own level) is not painted, so it does not count.
// - A returning fan has a spoiler setting, so the page they want is the one at their level, not
//   the default a new visitor gets: the "own page" is timed separately from the first heading.
//   Its contract: <html data-level> is their level, a main h1 is visible and the visible
//   header select shows their level. A build whose pages have no data-level (the app takes
//   over from a default-level copy) is timed by "the app has taken over" instead, and says so.
// - With the service worker, the fan has been here before: a warm-up visit installs it, and
//   the worker is stopped before each measured load, as the browser does with an idle worker
//   long before the fan comes back. CDP's network conditions on the page do not reach the
//   worker's own fetches (it is a target of its own), so they are applied to it too; its CPU
//   cannot be throttled at all (Chromium: "only supported for pages"), which flatters it.
// - A new visitor's first search is typed at a person's pace, as the search before the app (and
//   the app after it) may arrive meanwhile.
//
// node bench/speed.mjs (a few minutes); RUNS=15 for more runs (default 9; use at least 7), VERBOSE=1
// for every load's marks (ms since its navigation started).
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, writeFile, mkdir, cp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { launchOptions } from '../e2e/browser.mjs';
import { storedChoice, STORAGE_KEY } from '../e2e/harness.mjs';
import { SECTIONS } from '../e2e/site.mjs';

const PAGE = '/characters/tilda-weber';
const RUNS = Number(process.env.RUNS) || 9;
const CPU = 4;
// 1.6 Mbit/s down and 750 kbit/s up in bytes per second; latency is the round trip.
const NETWORK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const WAIT = 30_000;
const QUERY = 'tilda';
const SUGGESTION = 'Tilda';
const KEY_EVERY = 180;
const LEVELS = [10, 5];

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}` : 'n/a');
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sleep = (t) => new Promise((done) => setTimeout(done, t));

/**
 * Runs in every document of a measured context (before its scripts): records, in the page's
 * own clock (ms since navigation start), when a main h1 with text is first shown, when the
 * reader's own page is, and, after the last key of a search, a suggestion for it.
 *
 * A condition is checked at every frame (requestAnimationFrame, which runs only once
 * render-blocking CSS is in) rather than on mutations, as a select's value or a stylesheet's
 * effect changes no DOM. But a frame's rAF comes before its style, layout and paint, and the
 * first frames of a page are not shown before the parser has gone far enough: at 4x CPU the
 * first frame with the heading is on screen up to hundreds of ms after its rAF. So the time
 * taken is when the frame showing the element was presented, from Element Timing (elements are
 * marked `elementtiming` as they are inserted, before any frame paints them), and never before
 * the rAF in which the condition first held; an element not reported within 5 s is taken as
 * shown at that rAF or at the first contentful paint, whichever is later, and listed in
 * `untimed`. A copy under `visibility: hidden` is not painted, so it is not shown.
 * The loop stops once it has what it needs, so idle pages left open do not load the machine.
 */
function WATCH({ level, query, suggestion, reveal }) {
  if (location.protocol === 'about:') return;
  const marks = (window.__marks = {});
  addEventListener('keydown', (event) => { marks.lastKey = event.timeStamp; }, true);
  addEventListener('pointerdown', (event) => { marks.press ??= event.timeStamp; }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  const TIMED = 'main h1, [role="option"], main .revealed';
  const presented = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.element && !presented.has(entry.element)) presented.set(entry.element, entry.renderTime || entry.startTime);
  }).observe({ type: 'element', buffered: true });
  const markTree = (el) => { for (const each of [el, ...el.querySelectorAll('*')]) each.setAttribute('elementtiming', 'bench'); };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.closest(TIMED)) markTree(node);
        node.querySelectorAll(TIMED).forEach(markTree);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  const presentedAt = (el) => {
    const times = [el, ...el.querySelectorAll('[elementtiming]')].map((e) => presented.get(e)).filter((t) => t !== undefined);
    return times.length ? Math.min(...times) : undefined;
  };

  const visible = (el) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true });
  const shown = (selector) => [...document.querySelectorAll(selector)].filter(visible);
  const heading = () => shown('main h1').find((h1) => h1.textContent.trim());
  // The header's select sits in the setting's panel, closed or not: the panel's button is what shows.
  const header = () => [...document.querySelectorAll('#watched-select')].find((select) => visible(select.closest('details') ?? select))?.value ?? null;
  const own = () => {
    const root = document.documentElement;
    if (!root.hasAttribute('data-level')) return document.getElementById('prerendered') ? null : heading();
    return root.dataset.level === String(level) && header() === String(level) ? heading() : null;
  };
  const suggested = () => (shown('#search-input').some((input) => input.value === query)
    ? shown('[role="option"]').find((option) => option.textContent.includes(suggestion)) : null);

  const seen = {};
  const started = performance.now();
  const frame = () => {
    const now = performance.now();
    const check = (name, condition) => {
      if (seen[name]) return;
      const el = condition();
      if (el) seen[name] = { at: now, el };
      if (name === 'heading' && el) marks.headerAtHeading = header();
      if (name === 'own' && el) marks.criterion = document.documentElement.hasAttribute('data-level') ? 'data-level' : 'taken over';
    };
    check('heading', heading);
    if (level !== undefined) check('own', own);
    if (query && marks.lastKey !== undefined) check('suggestion', suggested);
    if (reveal && marks.press !== undefined) check('revealed', () => shown('main .revealed').find((el) => el.textContent.trim()));
    for (const [name, { at, el }] of Object.entries(seen)) {
      if (marks[name] !== undefined) continue;
      const shownAt = presentedAt(el);
      if (shownAt !== undefined) marks[name] = Math.max(at, shownAt);
      else if (now - at > 5000) {
        marks[name] = Math.max(at, marks.fcp ?? at);
        (marks.untimed ??= []).push(name);
      }
    }
    const done = marks.heading !== undefined && (level === undefined || marks.own !== undefined)
      && (!query || marks.suggestion !== undefined) && (!reveal || marks.revealed !== undefined);
    if (!done && now - started < 2 * 60_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Waits for these marks of the current document; a message instead of hanging when they do not come. */
async function marksOf(page, wanted, what) {
  try {
    await page.waitForFunction((keys) => window.__marks && keys.every((k) => window.__marks[k] !== undefined), wanted, { timeout: WAIT });
    return await page.evaluate(() => ({ ...window.__marks }));
  } catch (error) {
    const got = await page.evaluate(() => window.__marks).catch(() => null);
    const missing = wanted.filter((k) => got?.[k] === undefined);
    throw new Error(`${what}: no ${missing.join(', ')} within ${WAIT / 1000} s (${error.message.split('\n')[0]})`);
  }
}

/**
 * Sends CDP commands to the context's service workers. They are targets of their own, which
 * a page's CDP session does not reach and Playwright gives no session for, so this goes
 * through the browser's session (the non-flattened form, as Playwright's sessions take no
 * session id). Conditions set on a worker stay with it when it is stopped and started again.
 */
async function workerControl(browser, pageSession) {
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  const session = await browser.newBrowserCDPSession();
  const throttled = new Set();
  const pending = new Map();
  let next = 0;
  session.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const reply = JSON.parse(message);
    pending.get(`${sessionId} ${reply.id}`)?.(reply);
  });
  const send = (sessionId, method, params = {}) => new Promise((done, fail) => {
    const id = (next += 1);
    const timer = setTimeout(() => fail(new Error(`service worker did not answer ${method}`)), WAIT);
    pending.set(`${sessionId} ${id}`, (reply) => {
      clearTimeout(timer);
      if (reply.error) fail(new Error(`${method}: ${reply.error.message}`));
      else done(reply.result);
    });
    session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
  });
  return {
    /** Gives every running worker of the context the phone network. */
    async throttle() {
      const { targetInfos } = await session.send('Target.getTargets');
      for (const target of targetInfos) {
        if (target.type !== 'service_worker' || target.browserContextId !== targetInfo.browserContextId || throttled.has(target.targetId)) continue;
        const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
        await send(sessionId, 'Network.enable');
        await send(sessionId, 'Network.emulateNetworkConditions', NETWORK);
        throttled.add(target.targetId);
      }
      return throttled.size;
    },
    detach: () => session.detach().catch(() => {}),
  };
}

/**
 * A fresh context whose page is a phone: CPU and network throttled before any measured
 * navigation (and the network of its service worker, if allowed), the reader's spoiler
 * setting preset when `level` is given, and WATCH in every document.
 */
async function openThrottled(browser, { level, query, reveal, serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ serviceWorkers });
  if (level !== undefined) {
    await context.addInitScript(([key, value]) => {
      try { localStorage.setItem(key, value); } catch (e) { /* about:blank */ }
    }, [STORAGE_KEY, storedChoice(level)]);
  }
  await context.addInitScript(WATCH, { level, query, suggestion: SUGGESTION, reveal });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  const workers = serviceWorkers === 'allow' ? await workerControl(browser, cdp) : null;
  if (workers) await cdp.send('ServiceWorker.enable');
  return {
    page,
    /** Navigates to `url` as a new page load and returns its marks once `wanted` are in. */
    async load(url, wanted) {
      if (workers && (await workers.throttle())) await cdp.send('ServiceWorker.stopAllWorkers');
      if (page.url() !== 'about:blank') await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'commit', timeout: WAIT });
      return marksOf(page, wanted, url);
    },
    /** Waits until the service worker controls the page, as it does from the second visit. */
    async installWorker() {
      const ready = await page.evaluate((wait) => Promise.race([
        navigator.serviceWorker?.ready.then(() => true) ?? false,
        new Promise((done) => setTimeout(() => done(false), wait)),
      ]), WAIT);
      if (!ready) throw new Error(`${page.url()}: no service worker was ready within ${WAIT / 1000} s`);
      await page.reload({ waitUntil: 'commit', timeout: WAIT });
      await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: WAIT })
        .catch(() => { throw new Error(`${page.url()}: the service worker did not take control within ${WAIT / 1000} s`); });
    },
    async close() {
      await workers?.detach();
      await context.close();
    },
  };
}

/**
 * One way of meeting one page, run again and again: `warm` keeps one context (the browser's
 * cache, and the service worker if allowed) with a visit before the first measured one;
 * otherwise every run is a fresh context, a first visit. `act` does what the fan does once the
 * heading is painted. A failed run is recorded as its message, so one bad load costs a number,
 * not the benchmark.
 */
function series(browser, { url, level, warm = false, serviceWorkers = 'block', query, reveal, wanted = ['heading'], act }) {
  let open = null;
  const once = async (tab) => {
    const marks = await tab.load(url, act ? ['heading'] : wanted);
    if (!act) return marks;
    await act(tab.page);
    return marksOf(tab.page, wanted, `${url} after ${act.name || 'acting'}`);
  };
  return {
    url: `${url.replace(/^http:\/\/[^/]+/, '')}${level === undefined ? '' : ` at level ${level}`}${warm ? ` warm (service workers: ${serviceWorkers})` : ''}`,
    async run() {
      try {
        if (!warm) {
          const tab = await openThrottled(browser, { level, query, reveal, serviceWorkers });
          try { return await once(tab); } finally { await tab.close(); }
        }
        if (!open) {
          const tab = await openThrottled(browser, { level, query, reveal, serviceWorkers });
          try {
            await tab.load(url, wanted);
            if (serviceWorkers === 'allow') await tab.installWorker();
          } catch (error) {
            await tab.close();
            throw new Error(`warm-up visit: ${error.message}`);
          }
          open = tab;
        }
        return await once(open);
      } catch (error) {
        return { error: error.message };
      }
    },
    close: () => open?.close(),
  };
}

/** Presses the page's first placeholder of one statement ("Spoiler from episode N — reveal"). */
async function pressReveal(page) {
  await page.locator('main button.spoiler:not([data-spoiler*=" "]):visible').first().click({ timeout: WAIT });
}

/** Types the query into the visible search box at a person's pace: one key every KEY_EVERY ms. */
async function typeQuery(page) {
  await page.locator('#search-input:visible').first().click({ timeout: WAIT });
  const start = Date.now();
  for (const [i, key] of [...QUERY].entries()) {
    await sleep(start + i * KEY_EVERY - Date.now());
    await page.keyboard.press(key);
  }
}

/**
 * Runs these series round after round, each once per round, so that noise on the machine hits
 * all of them alike. The first round is not counted: it warms the server's compressed copies
 * and Chromium itself.
 */
async function interleave(all) {
  const results = new Map(all.map((s) => [s, []]));
  for (let round = 0; round <= RUNS; round += 1) {
    for (const s of all) {
      const marks = await s.run();
      if (marks.error) console.log(`  (round ${round}: ${marks.error})`);
      else if (process.env.VERBOSE) console.log(`  round ${round}: ${s.url} ${JSON.stringify(marks, (k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
      if (round > 0) results.get(s).push(marks);
    }
    process.stdout.write(round ? `  round ${round}/${RUNS} done\n` : '  warm-up round done\n');
  }
  for (const s of all) await s.close();
  return results;
}

/** The median of f over runs, and how many runs it had a value for. */
function over(runs, f) {
  const values = runs.map((r, i) => { try { return f(r, i); } catch { return NaN; } }).filter(Number.isFinite);
  return { value: median(values), n: values.length };
}
const of = ({ value, n }, fmt = ms) => `${fmt(value)}${n < RUNS ? ` (${n} of ${RUNS} runs)` : ''}`;
const ratioOf = (x) => of(x, times);

/** The files at these addresses: raw, gzip and brotli bytes at maximum level, and what the compressing server sent. */
async function sizeTable(root, title, responses) {
  console.log(`${title}:`);
  if (!responses.length) {
    console.log('  nothing more.');
    return { raw: 0, gzip: 0, brotli: 0, sent: 0 };
  }
  const rows = [];
  for (const { path, sent, encoding } of responses) {
    // A page's address is its directory's index.html.
    const file = extname(path) ? join(root, path) : join(root, path, 'index.html');
    if (!existsSync(file)) {
      rows.push({ path: `${path} (no such file)`, raw: 0, gzip: 0, brotli: 0, sent, encoding });
      continue;
    }
    const body = await readFile(file);
    rows.push({ path: extname(path) ? path : `${path} (its index.html)`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli(body), sent, encoding });
  }
  rows.sort((a, b) => b.brotli - a.brotli);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli, sent: t.sent + r.sent }), { raw: 0, gzip: 0, brotli: 0, sent: 0 });
  console.log('| file | raw | gzip | brotli | sent |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.path} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.sent)}${r.encoding ? ` ${r.encoding}` : ''} |`);
  console.log(`| **total** (${rows.length} file${rows.length === 1 ? '' : 's'}) | ${kb(total.raw)} | ${kb(total.gzip)} | **${kb(total.brotli)}** | ${kb(total.sent)} |`);
  return total;
}

/** Records every response of a page: its path, and the body bytes as sent (encoded). */
function recordResponses(page, origin) {
  const seen = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().startsWith(origin)) return;
    const response = await request.response().catch(() => null);
    const sizes = await request.sizes().catch(() => null);
    seen.push({ path: new URL(request.url()).pathname, sent: sizes?.responseBodySize ?? 0, encoding: response?.headers()['content-encoding'] ?? '' });
  });
  // What a step adds: paths not fetched before it, each once.
  const since = (mark) => {
    const before = new Set(seen.slice(0, mark).map((r) => r.path));
    return seen.slice(mark).filter((r, i, all) => !before.has(r.path) && all.findIndex((o) => o.path === r.path) === i);
  };
  return { mark: () => seen.length, since };
}

/**
 * One tab at level 10 that starts the app with search, then shows every section page twice;
 * each change beside its floor.
 */
async function routeChanges(run) {
  const tab = await openThrottled(browser, { level: 10 });
  const changes = [];
  try {
    await tab.page.goto(`${origin}/`, { timeout: WAIT });
    await tab.page.locator('#search-input:visible').first().click({ timeout: WAIT });
    await tab.page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: WAIT });
    await tab.page.evaluate(() => document.activeElement?.blur());
    // Every section page (the build's pages of one segment), home last, as the tab starts there.
    // Each tab starts the round at another page: the app's very first change (its router's
    // first run) is a cost of the tab, which would otherwise always fall on the same page.
    const others = SECTIONS.filter((path) => path !== '/');
    const sections = [...others.slice(run % others.length), ...others.slice(0, run % others.length), '/'];
    for (const first of [true, false]) {
      for (const path of sections) {
        const copy = `${origin}/levels/10${path === '/' ? '/' : `${path}/`}`;
        const took = await tab.page.evaluate(timeRouteChange, [path, copy, WAIT])
          .catch((error) => `the page was replaced (${error.message.split('\n')[0]})`);
        if (typeof took === 'string') throw new Error(took);
        changes.push({ path, first, ...took, ratio: took.app / took.floor });
      }
    }
  } finally {
    await tab.close();
  }
  return changes;
}

/** In the page: the floor (the copy of `path` parsed, laid out and painted), then the app's change to it. */
async function timeRouteChange([path, copy, wait]) {
  const html = await (await fetch(copy)).text();
  const title = new DOMParser().parseFromString(html, 'text/html').querySelector('main h1')?.textContent;
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  await painted();
  let start = performance.now();
  // In view, over the page, as a reader would be shown it: below the page, out of view, the
  // browser would lay it out but paint none of it, which for a drawing is most of the work.
  const holder = document.createElement('div');
  holder.style.cssText = 'position: fixed; inset: 0; overflow: auto; z-index: 2147483647; background: Canvas';
  holder.append(document.adoptNode(new DOMParser().parseFromString(html, 'text/html').querySelector('main')));
  document.body.append(holder);
  holder.getBoundingClientRect();
  await painted();
  const floor = performance.now() - start;
  holder.remove();
  await painted();
  // A link as any in the page: the app's router follows it.
  const anchor = Object.assign(document.createElement('a'), { href: path });
  document.body.append(anchor);
  return new Promise((done) => {
    const timer = setTimeout(() => done(`"${title}" not shown within ${wait / 1000} s`), wait);
    const observer = new MutationObserver(() => {
      if (document.querySelector('main h1')?.textContent === title) {
        observer.disconnect();
        clearTimeout(timer);
        painted().then(() => {
          anchor.remove();
          done({ app: performance.now() - start, floor });
        });
      }
    });
    observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
    start = performance.now();
    anchor.click();
  });
}

// The server's root is a copy of dist/ with the static snapshots added, so that the wiki and its
// floor come from the same (compressing) server.
const root = await mkdtemp(join(tmpdir(), 'wiki-bench-'));
await cp('dist', root, { recursive: true });
const FLOORS = 'bench-floor';
await mkdir(join(root, FLOORS));
const server = await startServer({ root, port: 0, compress: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(launchOptions());
const summary = [];
try {
  // 1. What a first visit downloads, read without touching a control; then what answering the
  // first-visit question adds, then the first search (each build starts the app at one of them).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const responses = recordResponses(page, origin);
  await page.goto(origin + PAGE);
  await page.waitForLoadState('networkidle');
  const firstVisit = await sizeTable(root, `First visit to ${PAGE}, read without using a control`, responses.since(0));
  // The benchmark blocks the service worker here; in a browser it then keeps the bare shell.
  const workerFiles = ['sw.js', 'shell.html'].filter((f) => existsSync(join(root, f)));
  let worker = 0;
  for (const f of workerFiles) worker += brotli(await readFile(join(root, f)));
  console.log(`Then the service worker fetches ${workerFiles.join(' and ')}: ${kb(worker)} brotli, ${kb(firstVisit.brotli + worker)} in all.`);
  let mark = responses.mark();
  const answer = page.locator('.first-visit:visible').getByRole('button', { name: '10', exact: true });
  let answered = { brotli: 0 };
  if (await answer.isVisible()) {
    await answer.click();
    await page.waitForFunction(() => document.documentElement.dataset.level === '10' || !document.getElementById('prerendered'), null, { timeout: WAIT })
      .catch(() => console.log('(the page did not follow the answer within 30 s)'));
    await page.waitForLoadState('networkidle');
    answered = await sizeTable(root, '\nAnswering the first-visit question (episode 10) adds', responses.since(mark));
  } else console.log('\n(no first-visit question on the page)');
  mark = responses.mark();
  await page.locator('#search-input:visible').first().click({ timeout: WAIT }).catch(() => console.log('(no visible search box)'));
  await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: WAIT })
    .catch(() => console.log('(the app did not take over within 30 s of using search)'));
  await page.waitForLoadState('networkidle');
  // Search answers before the app: its module, its engine and the index of the reader's
  // setting come first, and the app after them.
  const before = (r) => /\/(search\.js|search_engine[^/]*|search-index\/[^/]*)$/.test(r.path);
  const engine = await sizeTable(root, '\nThen the first use of search adds the search before the app', responses.since(mark).filter(before));
  const searched = await sizeTable(root, '\nand the app, started once that search answers', responses.since(mark).filter((r) => !before(r)));
  const withApp = firstVisit.brotli + answered.brotli + engine.brotli + searched.brotli;
  console.log(`First visit, answer and search together: ${kb(withApp)} brotli.`);
  await context.close();
  summary.push(`First visit to ${PAGE}: ${kb(firstVisit.brotli)} brotli (${kb(firstVisit.sent)} sent), ${kb(firstVisit.brotli + worker)} with the service worker's files; with the question answered and a search: ${kb(withApp)}.`);
  if (engine.brotli) summary.push(`Search before the app: ${kb(engine.brotli)} brotli (module, engine and index at level 10) before the first answer, against ${kb(searched.brotli)} of the app and its data.`);

  // 2. The floors: a static snapshot of the page as each reader sees it, scripts removed.
  const floor = {};
  for (const level of [0, ...LEVELS]) {
    const snap = await browser.newContext({ serviceWorkers: 'block' });
    if (level) await snap.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(level)]);
    await snap.addInitScript(WATCH, { level: level || undefined });
    const snapPage = await snap.newPage();
    await snapPage.goto(origin + PAGE);
    await marksOf(snapPage, level ? ['heading', 'own'] : ['heading'], `snapshot at level ${level}`)
      .catch((error) => console.log(`(the snapshot at level ${level} is taken as the page is: ${error.message})`));
    await snapPage.waitForLoadState('networkidle').catch(() => {});
    const html = (await snapPage.content()).replace(/<script[\s\S]*?<\/script>/g, '');
    await writeFile(join(root, FLOORS, `level-${level}.html`), html);
    floor[level] = `${origin}/${FLOORS}/level-${level}.html`;
    await snap.close();
  }

  // 3. The timed loads, every series interleaved with the others.
  console.log(`\nTimed loads: ${CPU}x CPU, ${NETWORK.latency} ms round trip, ${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s down, brotli; ${RUNS} runs of each after one warm-up round`);
  const own = ['heading', 'own'];
  const visitor = { wiki: series(browser, { url: origin + PAGE }), floor: series(browser, { url: floor[0] }) };
  const returning = ['block', 'allow'].flatMap((serviceWorkers) => LEVELS.map((level) => ({
    level,
    serviceWorkers,
    wiki: series(browser, { url: origin + PAGE, level, serviceWorkers, warm: serviceWorkers === 'allow', wanted: own }),
    floor: series(browser, { url: floor[level], warm: serviceWorkers === 'allow' }),
  })));
  const search = series(browser, { url: `${origin}/`, query: QUERY, wanted: ['heading', 'suggestion'], act: typeQuery });
  const reveal = series(browser, { url: origin + PAGE, reveal: true, wanted: ['heading', 'revealed'], act: pressReveal });
  const runs = await interleave([visitor.wiki, visitor.floor, ...returning.flatMap((r) => [r.wiki, r.floor]), search, reveal]);

  console.log(`\n(a) New visitor, ${PAGE}: first main h1 painted`);
  const [wikiRuns, floorRuns] = [runs.get(visitor.wiki), runs.get(visitor.floor)];
  const a = {
    wiki: over(wikiRuns, (r) => r.heading),
    floor: over(floorRuns, (r) => r.heading),
    ratio: over(wikiRuns, (r, i) => r.heading / floorRuns[i].heading),
  };
  console.log(`  the wiki ${of(a.wiki)}, static snapshot ${of(a.floor)}, median per-run ratio ${ratioOf(a.ratio)}`);
  summary.push(`New visitor, ${PAGE}, heading painted: ${ms(a.wiki.value)} (static snapshot ${ms(a.floor.value)}), ratio ${times(a.ratio.value)}.`);

  const criteria = new Set(returning.flatMap((r) => runs.get(r.wiki).map((m) => m.criterion)).filter(Boolean));
  const by = [...criteria].map((c) => (c === 'data-level' ? 'data-level and the header select' : 'the app having taken over, as this build has no data-level')).join(' / ') || 'no load got that far';
  console.log(`\n(b) Returning fan, ${PAGE}: first main h1 painted ("heading") and the page at their own level painted ("own page", by ${by})`);
  for (const { level, serviceWorkers, ...pair } of returning) {
    const [wiki, floorAt] = [runs.get(pair.wiki), runs.get(pair.floor)];
    const how = serviceWorkers === 'allow' ? 'with the service worker (second visit, worker stopped before each load; snapshot with the HTTP cache)' : 'no service worker, first load in a fresh browser';
    const heading = over(wiki, (r) => r.heading);
    const ownPage = over(wiki, (r) => r.own);
    const ownRatio = over(wiki, (r) => r.own / r.heading);
    const snapshot = over(floorAt, (r) => r.heading);
    const vsFloor = over(wiki, (r, j) => r.own / floorAt[j].heading);
    const header = wiki.filter((r) => r.headerAtHeading === String(level)).length;
    const counted = wiki.filter((r) => r.heading !== undefined).length;
    console.log(`  level ${level}, ${how}:`);
    console.log(`    heading ${of(heading)}, own page ${of(ownPage)}, own/heading ${ratioOf(ownRatio)}; static snapshot at that level ${of(snapshot)}, own page/snapshot ${ratioOf(vsFloor)}`);
    console.log(`    the header showed level ${level} at the first heading paint in ${header} of ${counted} loads`);
    summary.push(`Level ${level}, ${serviceWorkers === 'allow' ? 'service worker' : 'no service worker'}: heading ${ms(heading.value)}, own page ${ms(ownPage.value)} (own/heading ${times(ownRatio.value)}; snapshot ${ms(snapshot.value)}, own/snapshot ${times(vsFloor.value)}); header at level ${level} at first heading paint: ${header}/${counted}.`);
  }

  console.log(`\n(c) New visitor's first search: "${QUERY}" typed into the search box on / (one key every ${KEY_EVERY} ms, once the heading is painted) until a suggestion "${SUGGESTION}" is painted, by whichever answers first: the search before the app (its engine and index, loaded at the focus) or the app`);
  const searchRuns = runs.get(search);
  const c = {
    heading: over(searchRuns, (r) => r.heading),
    after: over(searchRuns, (r) => r.suggestion - r.lastKey),
    ratio: over(searchRuns, (r) => (r.suggestion - r.lastKey) / r.heading),
  };
  console.log(`  heading of / ${of(c.heading)}; suggestion ${of(c.after)} after the last key, median per-run ratio to the heading ${ratioOf(c.ratio)}`);
  summary.push(`First search ("${QUERY}", a key every ${KEY_EVERY} ms): suggestion ${ms(c.after.value)} after the last key (${times(c.ratio.value)}x the heading time of /, ${ms(c.heading.value)}).`);

  console.log(`\n(e) New visitor's first reveal: the first "Spoiler from episode N — reveal" on ${PAGE} pressed once the heading is painted, until the statement is painted`);
  const revealRuns = runs.get(reveal);
  const e = {
    heading: over(revealRuns, (r) => r.heading),
    after: over(revealRuns, (r) => r.revealed - r.press),
    ratio: over(revealRuns, (r) => (r.revealed - r.press) / r.heading),
  };
  console.log(`  heading ${of(e.heading)}; statement ${of(e.after)} after the press, median per-run ratio to the heading ${ratioOf(e.ratio)}`);
  summary.push(`First reveal on ${PAGE}: the statement ${ms(e.after.value)} after the press (${times(e.ratio.value)}x the heading time, ${ms(e.heading.value)}).`);

  // 4. In-app route changes, click to painted, once the app runs (started by using search).
  // Each beside its floor, in the same tab and run: the same page's static copy (at the same
  // level) parsed, laid out and painted in view in the same document, with the same styles. The
  // first time a page is shown costs more (its code runs for the first time), so each run is a
  // fresh tab that shows every section twice, and both are taken as medians over the runs.
  const changes = [];
  try {
    for (let run = 0; run < RUNS; run += 1) changes.push(...(await routeChanges(run)));
  } catch (error) {
    console.log(`(route changes stopped: ${error.message.split('\n')[0]})`);
  }
  const of_ = (list, key) => median(list.map((c) => c[key]));
  const firsts = changes.filter((c) => c.first);
  const pages = [...new Set(changes.map((c) => c.path))].map((path) => {
    const [first, again] = [true, false].map((f) => changes.filter((c) => c.path === path && c.first === f));
    return { path, first, again, ratio: of_(first, 'ratio') };
  });
  const worst = pages.length ? pages.reduce((w, p) => (p.ratio > w.ratio ? p : w)) : { path: 'n/a', ratio: NaN };
  console.log(`\n(d) In-app route change to each section, click to painted, beside its floor (the same page's static copy parsed, laid out and painted in view in the same document), ${CPU}x CPU, medians of ${RUNS} tabs:`);
  console.log('| page | first time: app / floor / ratio | again: app / floor / ratio |\n|---|---|---|');
  for (const { path, first, again } of pages) {
    const cells = [first, again].map((each) => `${ms(of_(each, 'app'))} / ${ms(of_(each, 'floor'))} / ${times(of_(each, 'ratio'))}`);
    console.log(`| ${path} | ${cells.join(' | ')} |`);
  }
  console.log(`  the first time each page is shown: median ratio ${times(of_(firsts, 'ratio'))}, the worst page's median ${times(worst.ratio)} (${worst.path}); again: ${times(of_(changes.filter((c) => !c.first), 'ratio'))}`);
  summary.push(`In-app route change to each section, click to painted, against the same page's static copy parsed, laid out and painted: the first time a page is shown, median ratio ${times(of_(firsts, 'ratio'))}, worst page ${times(worst.ratio)} (${worst.path}); shown again ${times(of_(changes.filter((c) => !c.first), 'ratio'))} (${RUNS} tabs, ${changes.length} changes).`);

  console.log(`\n--- summary (${CPU}x CPU, phone network ${NETWORK.latency} ms / ${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s, brotli, median of ${RUNS}) ---`);
  for (const line of summary) console.log(`- ${line}`);
} finally {
  await browser.close();
  server.close();
  await rm(root, { recursive: true, force: true });
}
