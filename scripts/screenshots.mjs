// README screenshots of the release build in headless Chromium: full pages on a 360 px phone
// and a desktop, light and dark, as a new visitor sees them, for a reader up to episode 5, and
// for a reader up to episode 3 in strict mode.
// A page wider than the phone is a bug, so the script fails on one.
// Usage: make screenshots (or node scripts/screenshots.mjs [outDir=docs/screenshots] [paths...]
// after a build).
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { startServer } from './serve.mjs';
import { launchOptions } from '../e2e/browser.mjs';
import { STORAGE_KEY, STRICT_KEY, heading, storedChoice } from '../e2e/harness.mjs';

const [outDir = 'docs/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/characters/tilda-weber', '/episodes', '/catch-up', '/map/tilda-weber'];
const server = await startServer({ root: 'dist', port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(launchOptions());
await mkdir(outDir, { recursive: true });
const tooWide = [];
try {
  for (const [device, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 800 }]]) {
    for (const colorScheme of ['light', 'dark']) {
      for (const [reader, watched, strict] of [['new', null], ['ep5', 5], ['ep3-strict', 3, true]]) {
        const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: 'block' });
        if (watched !== null) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(watched)]);
        if (strict) await context.addInitScript((key) => localStorage.setItem(key, 'on'), STRICT_KEY);
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(origin + path);
          await heading(page); // the reader's own copy, as it is painted
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > viewport.width) tooWide.push(`${path} (${device}, ${reader}): ${width} px`);
          const name = path === '/' ? 'home' : path.slice(1).replaceAll('/', '-');
          await page.screenshot({ path: `${outDir}/${name}-${device}-${colorScheme}-${reader}.png`, fullPage: true });
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (tooWide.length) {
  console.error(`Wider than the screen:\n  ${tooWide.join('\n  ')}`);
  process.exitCode = 1;
}
console.log(`Screenshots written to ${outDir}/`);
