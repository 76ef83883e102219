// Lighthouse's four scores (performance, accessibility, best practices, SEO) for a few pages of
// the release build, as a new visitor gets them, from the local server compressing like a host.
// Lighthouse's own mobile emulation applies (a throttled phone). Numbers for README, not a test.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../scripts/serve.mjs';
import { launchOptions } from '../e2e/browser.mjs';

const PAGES = ['/', '/characters/tilda-weber', '/episodes', '/glossary'];
const server = await startServer({ root: 'dist', port: 0, compress: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const { executablePath, args } = launchOptions();
const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: [...args, '--headless=new'] });
try {
  console.log('| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|');
  for (const path of PAGES) {
    const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { performance, accessibility, 'best-practices': practices, seo } = result.lhr.categories;
    const score = (category) => Math.round(category.score * 100);
    console.log(`| ${path} | ${score(performance)} | ${score(accessibility)} | ${score(practices)} | ${score(seo)} |`);
    for (const [id, audit] of Object.entries(result.lhr.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`    ${path}: ${id} — ${audit.title}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
