// Trunk's post-build hook: turns the built site into what static hosts need.
// - every page prerendered as static HTML (src/bin/prerender.rs): /characters/x is
//   characters/x/index.html, so deep links answer 200 on any host, and unknown paths get
//   404.html, which every host serves with status 404;
// - the app started only when a page needs it: trunk's loader, which starts it at once, and its
//   preloads are replaced by public/app-loader.js, inline, with the app's file names filled in;
// - a Content-Security-Policy with no 'unsafe-inline': the page's inline scripts (the app loader
//   and the theme script) are allowed by their hashes, as a <meta> tag in every page (for every
//   host) and in _headers;
// - _headers (Netlify, Cloudflare Pages): immutable caching for hashed files, no-cache for the
//   pages, the data and the service worker, and security headers;
// - the service worker, with a cache name of its own for each deploy.
// Usage (by trunk): TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL are set; or node finish-dist.mjs DIR BASE
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const base = (process.env.TRUNK_PUBLIC_URL ?? process.argv[3] ?? '/').replace(/\/?$/, '/');

const sha = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

async function filesUnder(root) {
  const out = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...await filesUnder(path));
    else out.push(relative(dir, path));
  }
  return out;
}

console.log('==> Prerendering every page (the first build compiles the native renderer: a minute or two)');
execFileSync('cargo', ['run', '--locked', '--quiet', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--', dir, base], { stdio: 'inherit' });

let files = (await filesUnder(dir)).sort();
const pages = files.filter((f) => f.endsWith('.html'));

// Trunk's loader imports the wasm-bindgen glue and hands it the wasm; its preloads fetch both.
const TRUNK_LOADER = /<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[\s\S]*?<\/script>/;
const APP_PRELOADS = /<link rel="(?:modulepreload|preload)" href="[^"]*imperfects-wiki-[^"]*"[^>]*>/g;
// Its comments are for whoever reads the source, not for every page.
const loaderSource = (await readFile('public/app-loader.js', 'utf8')).replace(/^\s*(\/\/.*|\/\*\*.*\*\/)\n/gm, '');
for (const page of pages) {
  let html = await readFile(join(dir, page), 'utf8');
  const found = html.match(TRUNK_LOADER);
  if (!found) throw new Error(`finish-dist: trunk's loader script not found in ${page}`);
  const loader = loaderSource.replace("'__GLUE__'", JSON.stringify(found[1])).replace("'__WASM__'", JSON.stringify(found[2]));
  html = html.replace(TRUNK_LOADER, () => `<script type="module">\n${loader}</script>`).replace(APP_PRELOADS, '');
  await writeFile(join(dir, page), html);
}

// Every page has the same head, so one set of script hashes serves them all.
const shell = await readFile(join(dir, 'index.html'), 'utf8');
const inlineScripts = [...shell.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const scriptHashes = inlineScripts.map((code) => `'sha256-${sha('sha256', code)}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
// frame-ancestors only works as a header; in a <meta> tag the browser ignores it and complains.
const headerPolicy = [...policy, "frame-ancestors 'none'"].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}">`;
for (const page of pages) {
  let html = await readFile(join(dir, page), 'utf8');
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
  html = html.replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}\n  ${meta}`);
  if (!html.includes(meta)) throw new Error(`finish-dist: no <meta charset> in ${page} to put the CSP after`);
  await writeFile(join(dir, page), html);
}
await writeFile(join(dir, '.nojekyll'), '');
files = (await filesUnder(dir)).sort();

// Trunk's content hashes are hex, usually 16 digits but fewer when they start with zeros.
const hashed = files.filter((f) => /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(f));

// The service worker's cache is named after everything it may keep, so a new deploy is a new
// cache. It keeps only the bare shell up front; pages, the app and its data as they are fetched
// (see public/sw.js), so that it never downloads the app for a reader who has not used it.
const NOT_CACHED = new Set(['sw.js', '_headers', '.nojekyll', 'og-card.png', 'sitemap.xml', 'robots.txt', 'manifest.webmanifest']);
const fingerprint = createHash('sha256');
for (const file of files.filter((f) => !NOT_CACHED.has(f))) fingerprint.update(file).update(await readFile(join(dir, file)));
const version = fingerprint.digest('hex').slice(0, 16);
const worker = (await readFile(join(dir, 'sw.js'), 'utf8')).replace("'__VERSION__'", JSON.stringify(version));
await writeFile(join(dir, 'sw.js'), worker);

// Pages by section ("characters" and "characters/*"), since Cloudflare Pages reads at most 100
// rules; a section directory holds nothing but pages.
const pagePaths = new Set([base, `${base}index.html`, `${base}404.html`, `${base}shell.html`]);
for (const page of pages.filter((p) => p.includes('/'))) {
  const section = page.split('/')[0];
  pagePaths.add(`${base}${section}`).add(`${base}${section}/*`);
}
const rules = [
  `${base}*\n  Content-Security-Policy: ${headerPolicy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: DENY`,
  ...hashed.map((file) => `${base}${file}\n  Cache-Control: public, max-age=31536000, immutable`),
  ...[...pagePaths, `${base}sw.js`, `${base}data/*`, `${base}manifest.webmanifest`]
    .map((path) => `${path}\n  Cache-Control: no-cache`),
];
if (rules.length > 100) throw new Error(`finish-dist: ${rules.length} _headers rules; Cloudflare Pages reads only 100`);
await writeFile(join(dir, '_headers'), rules.join('\n') + '\n');

const sizes = await Promise.all(hashed.map(async (f) => `${f} ${(await stat(join(dir, f))).size} B`));
console.log(`finish-dist: base ${base}, ${pages.length} pages, CSP hashes ${scriptHashes.length}, service worker ${version}\n  ${sizes.join('\n  ')}`);
