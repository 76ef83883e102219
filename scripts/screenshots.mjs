// README screenshots of the release build in headless Chromium: phone and desktop, light and
// dark, for a reader who has watched up to episode 5. Usage: make screenshots
// (or node scripts/screenshots.mjs [outDir=docs/screenshots] [paths...] after a build).
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { startServer } from './serve.mjs';
import { launchOptions } from '../e2e/browser.mjs';
import { STORAGE_KEY, heading, storedChoice } from '../e2e/harness.mjs';

const [outDir = 'docs/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/characters/tilda-weber', '/episodes'];
const server = await startServer({ root: 'dist', port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(launchOptions());
await mkdir(outDir, { recursive: true });
try {
  for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: 'block' });
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, storedChoice(5)]);
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(origin + path);
        await heading(page); // the app, not the prerendered copy
        const name = path === '/' ? 'home' : path.slice(1).replaceAll('/', '-');
        await page.screenshot({ path: `${outDir}/${name}-${device}-${colorScheme}.png` });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots written to ${outDir}/`);
