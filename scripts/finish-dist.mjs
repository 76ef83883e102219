// Trunk's post-build hook: turns the built site into what static hosts need.
// - a Content-Security-Policy with no 'unsafe-inline': trunk's one inline loader script is
//   allowed by its hash, as a <meta> tag (for every host) and in _headers;
// - _headers (Netlify, Cloudflare Pages): immutable caching for hashed files, no-cache for the
//   page, the data and the service worker, and security headers;
// - the service worker, with the exact list of files to keep for offline reading;
// - host-specific fallbacks for deep links, chosen by WIKI_HOST:
//     any (default)  404.html (GitHub Pages) + _redirects (Netlify) + .nojekyll
//     cloudflare     neither: Cloudflare Pages treats a top-level 404.html as "not a single-page
//                    app", and without one it serves index.html for unknown paths by itself
//     github | netlify | static   only that host's file (static: none; see README for nginx)
// Usage (by trunk): TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL are set; or node finish-dist.mjs DIR BASE
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile, copyFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const base = (process.env.TRUNK_PUBLIC_URL ?? process.argv[3] ?? '/').replace(/\/?$/, '/');
const host = process.env.WIKI_HOST ?? 'any';
const HOSTS = ['any', 'github', 'netlify', 'cloudflare', 'static'];
if (!HOSTS.includes(host)) {
  console.error(`WIKI_HOST must be one of ${HOSTS.join(', ')}, not "${host}"`);
  process.exit(1);
}

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

let html = await readFile(join(dir, 'index.html'), 'utf8');
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
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
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
html = html.replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}\n  ${meta}`);
if (!html.includes(meta)) throw new Error('finish-dist: no <meta charset> in index.html to put the CSP after');
await writeFile(join(dir, 'index.html'), html);

const files = (await filesUnder(dir)).sort();
// Trunk's content hashes are hex, usually 16 digits but fewer when they start with zeros.
const hashed = files.filter((f) => /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(f));

// The service worker's cache is named after everything it keeps, so a new deploy is a new cache.
const NOT_CACHED = new Set(['sw.js', '_headers', '_redirects', '404.html', '.nojekyll', 'og-card.png']);
const precache = ['./', ...files.filter((f) => !NOT_CACHED.has(f) && !f.startsWith('data/schema/'))];
const fingerprint = createHash('sha256');
for (const file of precache.filter((f) => f !== './')) fingerprint.update(file).update(await readFile(join(dir, file)));
const version = fingerprint.digest('hex').slice(0, 16);
const worker = (await readFile(join(dir, 'sw.js'), 'utf8'))
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace("['__PRECACHE__']", JSON.stringify(precache));
await writeFile(join(dir, 'sw.js'), worker);

const rules = [
  `${base}*\n  Content-Security-Policy: ${headerPolicy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: DENY`,
  ...[base, `${base}index.html`, `${base}404.html`, `${base}sw.js`, `${base}data/*`, `${base}manifest.webmanifest`]
    .map((path) => `${path}\n  Cache-Control: no-cache`),
  ...hashed.map((file) => `${base}${file}\n  Cache-Control: public, max-age=31536000, immutable`),
];
await writeFile(join(dir, '_headers'), rules.join('\n') + '\n');

if (host === 'any' || host === 'github') {
  await copyFile(join(dir, 'index.html'), join(dir, '404.html'));
  await writeFile(join(dir, '.nojekyll'), '');
}
if (host === 'any' || host === 'netlify') {
  await writeFile(join(dir, '_redirects'), `${base}* ${base}index.html 200\n`);
}
const sizes = await Promise.all(hashed.map(async (f) => `${f} ${(await stat(join(dir, f))).size} B`));
console.log(`finish-dist: base ${base}, host ${host}, CSP hashes ${scriptHashes.length}, service worker ${version}\n  ${sizes.join('\n  ')}`);
