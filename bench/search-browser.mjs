// Time per keystroke of search in headless Chromium, in the real app (release build): from the
// input event to the end of the app's update, on the shipped index and on one 100 times larger.
// The app asks the search engine (src/bin/search_engine.rs) over the index file of the reader's
// setting, which is what is made larger.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';
import { launchOptions } from '../e2e/browser.mjs';
import { STORAGE_KEY, storedChoice, takenOver } from '../e2e/harness.mjs';

const QUERIES = ['tilda weber', 'chupacabr', 's1e4', 'one of us', 'wellness program', 'sarkov', 'tilde', 'xyzzy'];
const ROUNDS = 5;
const INDEX = 'search-index/10.txt';

/** The index file at "finished" with every document repeated `times` times (its first line
 * counts them, so that the engine reads it whole). */
function multiplied(times) {
  const [head, filler, ...documents] = readFileSync(new URL(`../dist/${INDEX}`, import.meta.url), 'utf8').split('\n');
  const key = head.split(' ')[0];
  const copies = Array.from({ length: times }, () => documents).flat();
  return [`${key} ${copies.length}`, filler, ...copies].join('\n');
}

async function measure(browser, origin, times) {
  const context = await browser.newContext();
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(10)]);
  const page = await context.newPage();
  if (times > 1) {
    const body = multiplied(times);
    await page.route(`**/${INDEX}`, (route) => route.fulfill({ contentType: 'text/plain', body }));
  }
  await page.goto(origin + '/');
  // The app, not the prerendered copy's search box: focusing the box starts the app in every
  // build (a returning reader's app may start at once, or only for search).
  await page.locator('#search-input:visible').first().focus();
  await takenOver(page);
  const samples = await page.evaluate(async ([queries, rounds]) => {
    const input = document.getElementById('search-input');
    input.focus();
    // A message-channel task runs after every microtask the app queued for this keystroke.
    const channel = new MessageChannel();
    const settled = () => new Promise((done) => { channel.port1.onmessage = () => done(performance.now()); channel.port2.postMessage(0); });
    const out = [];
    for (let r = 0; r < rounds; r += 1) {
      for (const query of queries) {
        for (let i = 1; i <= query.length; i += 1) {
          input.value = query.slice(0, i);
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          out.push((await settled()) - start);
        }
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settled();
      }
    }
    return out;
  }, [QUERIES, ROUNDS]);
  const documents = await page.evaluate(() => document.querySelectorAll('#search-listbox li').length);
  await context.close();
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { mean, p95: samples[Math.floor(samples.length * 0.95)], count: samples.length, documents };
}

const server = await startServer({ root: 'dist', port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(launchOptions());
try {
  for (const [label, times] of [['shipped index', 1], ['index x100', 100]]) {
    const { mean, p95, count } = await measure(browser, origin, times);
    console.log(`chromium, ${label}: ${mean.toFixed(3)} ms mean, ${p95.toFixed(3)} ms p95 per keystroke over ${count} keystrokes (search + render)`);
  }
} finally {
  await browser.close();
  server.close();
}
