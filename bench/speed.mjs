// Speed and size of the release build, measured in headless Chromium (numbers for README, not
// pass/fail): every file of a first visit with raw, gzip and brotli bytes, and what the first
// use of a control adds (the app, public/app-loader.js); time to content
// (first h1 with text, painted) under 4x CPU throttling, beside a static HTML snapshot of the
// same rendered page, and the time until the app has taken over from the prerendered page; and
// in-app route changes from click to painted.
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { launchOptions } from '../e2e/browser.mjs';
import { storedChoice, STORAGE_KEY } from '../e2e/harness.mjs';

const PAGE = '/characters/tilda-weber';
const RUNS = 15;
const THROTTLE = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Prints the files at these addresses with raw, gzip and brotli bytes; returns the brotli total. */
async function sizeTable(title, paths) {
  const rows = [];
  for (const path of paths) {
    // A page's address is its directory's index.html.
    const file = extname(path) ? join('dist', path) : join('dist', path, 'index.html');
    const body = await readFile(file);
    rows.push({ path: extname(path) ? path : `${path} (its index.html)`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli(body) });
  }
  rows.sort((a, b) => b.brotli - a.brotli);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`${title}: ${rows.length} files`);
  console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.path} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} | **${kb(total.brotli)}** |`);
  return total.brotli;
}

// Records when the first <main> h1 with text is painted (the frame after it is in the
// document; no frame runs while the stylesheet still blocks rendering), and when the app has
// taken over from the prerendered page.
const WATCH_H1 = () => {
  const check = () => {
    const h1 = document.querySelector('main h1');
    if (h1 && h1.textContent.trim() && !window.__seen) {
      window.__seen = true;
      requestAnimationFrame(() => { window.__contentAt = performance.now(); });
    }
    if (window.__seen && !document.getElementById('prerendered') && !window.__appAt) window.__appAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
};

/** One page load: when its content was painted and, for the app, when it had taken over. */
async function loadOnce(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(10)]);
  await context.addInitScript(WATCH_H1);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url);
  await page.waitForFunction(() => window.__contentAt && window.__appAt);
  const times = await page.evaluate(() => ({ content: window.__contentAt, app: window.__appAt }));
  await context.close();
  return times;
}

/** Medians over RUNS loads of each URL, taken in turn so that noise on the machine hits both. */
async function timeToContent(browser, urls) {
  const runs = urls.map(() => []);
  for (let i = 0; i < RUNS; i += 1) {
    for (const [at, url] of urls.entries()) runs[at].push(await loadOnce(browser, url));
  }
  return runs.map((times) => ({ content: median(times.map((t) => t.content)), app: median(times.map((t) => t.app)) }));
}

const server = await startServer({ root: 'dist', port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(launchOptions());
try {
  // 1. What a first visit downloads: the prerendered page, read without touching a control;
  // then what the first use of a control adds (the app and its data).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const urls = [];
  page.on('response', (response) => urls.push(new URL(response.url()).pathname));
  await page.goto(origin + PAGE);
  await page.waitForLoadState('networkidle');
  const firstVisit = await sizeTable(`First visit to ${PAGE}, read without using a control`, [...new Set(urls)]);
  // The benchmark blocks the service worker; in a browser it then keeps the bare shell.
  let worker = 0;
  for (const f of ['sw.js', 'shell.html']) worker += brotli(await readFile(join('dist', f)));
  console.log(`Then the service worker fetches sw.js and keeps shell.html: ${kb(worker)} brotli, ${kb(firstVisit + worker)} in all.`);
  const seen = new Set(urls);
  await page.getByRole('button', { name: "I've seen all 10 episodes" }).click();
  await page.waitForFunction(() => !document.getElementById('prerendered'));
  await page.waitForLoadState('networkidle');
  const appBytes = await sizeTable('\nThe first use of a control (here the first-visit question) adds the app', [...new Set(urls)].filter((u) => !seen.has(u)));
  console.log(`First visit and app together: ${kb(firstVisit + appBytes)} brotli.`);

  // 2. A static snapshot of the same rendered page: the floor no client-side app can beat.
  const snapshotDir = await mkdtemp(join(tmpdir(), 'wiki-snapshot-'));
  await cp('dist', snapshotDir, { recursive: true });
  const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
  await writeFile(join(snapshotDir, 'snapshot.html'), html);
  await context.close();
  const snapshotServer = await startServer({ root: snapshotDir, port: 0 });
  const snapshotOrigin = `http://127.0.0.1:${snapshotServer.address().port}`;
  const [app, floor] = await timeToContent(browser, [origin + PAGE, `${snapshotOrigin}/snapshot.html`]);
  snapshotServer.close();
  console.log(`\nTime to content (first h1 with text, painted), ${THROTTLE}x CPU throttling, median of ${RUNS}:`);
  console.log(`  the wiki ${app.content.toFixed(0)} ms, static snapshot ${floor.content.toFixed(0)} ms, ratio ${(app.content / floor.content).toFixed(2)}`);
  console.log(`  the app has taken over (the reader's own spoiler setting, everything works) at ${app.app.toFixed(0)} ms`);

  // 3. In-app route changes, click to painted.
  const nav = await browser.newContext({ serviceWorkers: 'block' });
  await nav.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(10)]);
  const navPage = await nav.newPage();
  const cdp = await nav.newCDPSession(navPage);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await navPage.goto(origin + '/');
  await navPage.waitForFunction(() => !document.getElementById('prerendered'));
  const changes = [];
  for (let i = 0; i < RUNS; i += 1) {
    for (const [link, title] of [['Characters', 'Characters'], ['Episodes', 'Episode guide'], ['Glossary', 'Glossary']]) {
      changes.push(await navPage.evaluate(([link, title]) => new Promise((done) => {
        const anchor = [...document.querySelectorAll('nav a')].find((a) => a.textContent === link);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('main h1')?.textContent === title) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
          }
        });
        observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
        anchor.click();
      }), [link, title]));
    }
  }
  await nav.close();
  console.log(`In-app route change, click to painted, ${THROTTLE}x CPU throttling: median ${median(changes).toFixed(1)} ms, worst ${Math.max(...changes).toFixed(1)} ms over ${changes.length}`);
} finally {
  await browser.close();
  server.close();
}
