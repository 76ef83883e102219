// Time for the relationship map to follow a setting change in the real app (release build),
// in headless Chromium at 4x CPU throttling: from the "Watched" select's change to the end of
// the app's update ("update"), and to the first task after the next frame ("to frame", which
// includes style, layout and paint, and waiting for the frame). Every level up and back down,
// on /map, for the shipped cast and for a generated cast ten times its size (each character
// copied, tied as the original is, as examples/map_bench.rs does natively).
//
// The map is drawn again only when the setting changes what it holds, so the changes that
// redraw it are counted apart; and the same changes on /about, a page without the map, run
// side by side as the floor every page pays (the header, storage, the marks of what is new).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';
import { launchOptions } from '../e2e/browser.mjs';
import { STORAGE_KEY, storedChoice, takenOver } from '../e2e/harness.mjs';

const CPU = 4;
const ROUNDS = 3;
const characters = JSON.parse(readFileSync(new URL('../public/data/characters.json', import.meta.url), 'utf8'));

/** characters.json with each character copied `times - 1` more times, ties following the copy. */
function largerCast(times) {
  const copies = [...characters.entries];
  for (let k = 2; k <= times; k += 1) {
    for (const c of characters.entries) {
      copies.push({
        ...c,
        slug: `${c.slug}-${k}`,
        name: `${c.name} ${k}`,
        aliases: [],
        relationships: c.relationships.map((r) => ({ ...r, with: `${r.with}-${k}` })),
      });
    }
  }
  return JSON.stringify({ ...characters, entries: copies });
}

async function measure(browser, origin, times, path) {
  // Requests a service worker makes would escape the route that serves the larger cast.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(0)]);
  const page = await context.newPage();
  if (times > 1) {
    const body = largerCast(times);
    await page.route('**/data/characters.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  }
  await page.goto(`${origin}${path}`);
  await page.locator('#search-input:visible').first().focus();
  await takenOver(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const samples = await page.evaluate(async (rounds) => {
    const select = document.getElementById('watched-select');
    const channel = new MessageChannel();
    const task = () => new Promise((done) => { channel.port1.onmessage = () => done(performance.now()); channel.port2.postMessage(0); });
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    // Up to the finale one episode at a time, and back down to "not started".
    const steps = [...[...Array(10).keys()].map((n) => n + 1), ...[...Array(10).keys()].reverse()];
    const drawn = () => document.querySelector('main .map-drawing')?.innerHTML ?? null;
    const out = { update: [], frame: [], redrawn: [], nodes: 0 };
    for (let r = 0; r < rounds; r += 1) {
      for (const level of steps) {
        await frame();
        const before = drawn();
        select.value = String(level);
        const start = performance.now();
        select.dispatchEvent(new Event('change', { bubbles: true }));
        out.update.push((await task()) - start);
        await frame();
        out.frame.push((await task()) - start);
        out.redrawn.push(before !== drawn());
      }
    }
    select.value = '10';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await task();
    out.nodes = document.querySelectorAll('main .map .person').length;
    return out;
  }, ROUNDS);
  await context.close();
  const stats = (list) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)], worst: sorted.at(-1) };
  };
  const redrawing = (list) => list.filter((_, i) => samples.redrawn[i]);
  return {
    update: stats(samples.update),
    frame: stats(samples.frame),
    redraws: { update: stats(redrawing(samples.update)), frame: stats(redrawing(samples.frame)), count: redrawing(samples.update).length },
    count: samples.update.length,
    nodes: samples.nodes,
  };
}

const server = await startServer({ root: 'dist', port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(launchOptions());
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
const line = ({ median, p95, worst }) => `median ${ms(median)}, p95 ${ms(p95)}, worst ${ms(worst)}`;
try {
  const floor = await measure(browser, origin, 1, '/about');
  console.log(`chromium ${CPU}x CPU, /about (no map, the floor), ${floor.count} setting changes: update ${line(floor.update)}; to frame ${line(floor.frame)}`);
  for (const [label, times] of [['shipped cast', 1], ['cast x10', 10]]) {
    const { update, frame, redraws, count, nodes } = await measure(browser, origin, times, '/map');
    console.log(`chromium ${CPU}x CPU, /map, ${label} (${nodes} characters when finished), ${count} setting changes: `
      + `update ${line(update)}; to frame ${line(frame)}`);
    console.log(`  the ${redraws.count} changes that redraw the map: update ${line(redraws.update)}; to frame ${line(redraws.frame)}`);
  }
} finally {
  await browser.close();
  server.close();
}
