// Renders the PNG images the site ships (app icons, link-preview card) with headless Chromium
// from inline SVG/HTML, so they can be remade after a design change: node scripts/make-images.mjs
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { launchOptions } from '../e2e/browser.mjs';

const favicon = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
for (const size of [192, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${favicon.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
}
await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(`<body style="margin:0;width:1200px;height:630px;background:#16121f;color:#f3edf7;
  font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box">
  <div style="width:120px">${favicon.replace('<svg ', '<svg width="120" height="120" ')}</div>
  <h1 style="font-size:84px;margin:30px 0 10px">The Imperfects Wiki</h1>
  <p style="font-size:36px;margin:0;color:#e07ab5">Spoiler-safe fan wiki: characters, powers, episodes</p></body>`);
await page.screenshot({ path: 'public/og-card.png' });
await browser.close();
console.log('wrote public/icons/icon-192.png, public/icons/icon-512.png, public/og-card.png');
