// Screenshots of the release build in headless Chromium, at phone and desktop width, in light
// and dark. Usage: node scripts/screenshots.mjs [outDir=docs/screenshots] [paths...]
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { startServer } from './serve.mjs';
import { launchOptions } from '../e2e/browser.mjs';

const [outDir = 'docs/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/characters', '/characters/tilda-weber', '/episodes', '/episodes/4', '/abilities/banshee', '/glossary'];
const port = 4599;
const server = await startServer({ root: 'dist', port });
const browser = await chromium.launch(launchOptions());
await mkdir(outDir, { recursive: true });
try {
  for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(`http://127.0.0.1:${port}${path}`);
        await page.locator('main h1').first().waitFor();
        const name = (path === '/' ? 'home' : path.slice(1).replaceAll('/', '-'));
        await page.screenshot({ path: `${outDir}/${name}-${device}-${scheme}.png`, fullPage: true });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots written to ${outDir}/`);
