// Trunk's post-build hook: turns the built site into what static hosts need, in named steps.
// - checkAppSize (scripts/app-size.mjs): a release build fails when the app's wasm is over its
//   budget, brotli at quality 11, so the app cannot grow unnoticed;
// - minifyStyles: the stylesheet without its comments and spare whitespace (0.8 KB of the 12 KB
//   a first visit may download), with its integrity hash in index.html renewed;
// - prerender: every page as static HTML at every spoiler level (src/bin/prerender.rs, which
//   also makes each file's document: the boot script in place of trunk's loader, and a
//   Content-Security-Policy allowing its inline pieces by their hashes): /characters/x is
//   characters/x/index.html, so deep links answer 200 on any host, and unknown paths get
//   404.html, which every host serves with status 404;
// - stampServiceWorker: the service worker's cache gets a name of its own for each deploy;
// - writeHeaders: _headers (Netlify, Cloudflare Pages): the same policy as a header, immutable
//   caching for hashed files, no-cache for the pages, the data, the service worker and the search
//   before the app (its files are named by no hash), security
//   headers, and no indexing of the copies at other spoiler levels.
// Usage (by trunk): TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL are set; or node finish-dist.mjs DIR BASE
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { minify } from 'terser';
import { checkAppSize } from './app-size.mjs';

/** Every file under `root`, as paths relative to `dir`. */
async function filesUnder(dir, root = dir) {
  const out = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...await filesUnder(dir, path));
    else out.push(relative(dir, path));
  }
  return out.sort();
}

/** Trunk's content hashes are hex, usually 16 digits but fewer when they start with zeros. */
const isHashed = (file) => /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(file);

/**
 * Takes the comments and spare whitespace out of the stylesheets, which the source keeps for
 * whoever edits them, and renews their integrity hashes in trunk's page. Only whitespace that
 * cannot be a descendant combinator goes (around braces, semicolons, commas and the child
 * combinator, after a colon), and style/ has no string with those in it; "0.5" is ".5".
 */
async function minifyStyles(dir) {
  const indexFile = join(dir, 'index.html');
  let index = await readFile(indexFile, 'utf8');
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.css'))) {
    const css = (await readFile(join(dir, file), 'utf8'))
      .replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}')
      .replace(/:\s+/g, ':').replace(/(?<![\w.-])0\.(\d)/g, '.$1').trim();
    await writeFile(join(dir, file), css);
    const tag = index.match(new RegExp(`<link[^>]*href="[^"]*${file}"[^>]*>`))?.[0];
    if (!tag) throw new Error(`finish-dist: index.html does not link ${file}`);
    const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
    index = index.replace(tag, tag.replace(/integrity="[^"]*"/, `integrity="${integrity}"`));
  }
  await writeFile(indexFile, index);
}

/**
 * Renders every page (the native prerenderer) and returns what it tells the next steps: the
 * policy it wrote into every page, and where the copies at other spoiler levels are. The boot
 * script the prerenderer makes goes into every page minified (terser): a first visit downloads
 * it with the page, and its comments and long names are for whoever edits it.
 */
async function prerender(dir, base) {
  console.log('==> Prerendering every page (the first build compiles the native renderer: a minute or two)');
  const run = (args, stdio) => execFileSync('cargo', ['run', '--locked', '--quiet', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--', dir, base, ...args], { stdio, encoding: 'utf8' });
  const boot = run(['--print-boot'], ['ignore', 'pipe', 'inherit']);
  const { code } = await minify(boot, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  const bootFile = join(await mkdtemp(join(tmpdir(), 'wiki-boot-')), 'boot.js');
  await writeFile(bootFile, code);
  run(['--boot', bootFile], 'inherit');
  // The modules the prerenderer wrote (what the reader does before the app, search before the
  // app): minified too, as they come at the first press or focus on a phone.
  for (const module of ['actions.js', 'search.js'].map((file) => join(dir, file))) {
    await writeFile(module, (await minify(await readFile(module, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code);
  }
  const notes = join(dir, 'build.json');
  const build = JSON.parse(await readFile(notes, 'utf8'));
  await unlink(notes);
  return build;
}

/**
 * Names the service worker's cache after every file it may answer from it (any file of the
 * site but itself), so a deploy that changes any of them is a new cache, and gives it the size
 * and SHA-256 of each file named by its content, which it keeps only when the bytes match.
 * Returns the name.
 */
async function stampServiceWorker(dir, files) {
  const fingerprint = createHash('sha256');
  for (const file of files.filter((f) => f !== 'sw.js')) fingerprint.update(file).update(await readFile(join(dir, file)));
  const version = fingerprint.digest('hex').slice(0, 16);
  const known = {};
  for (const file of files.filter(isHashed)) {
    const bytes = await readFile(join(dir, file));
    known[file] = { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('base64') };
  }
  const worker = (await readFile(join(dir, 'sw.js'), 'utf8'))
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__FILES__', JSON.stringify(known));
  await writeFile(join(dir, 'sw.js'), worker);
  return version;
}

/**
 * The host's headers. Pages get one rule per section ("characters" and "characters/*"), since
 * Cloudflare Pages reads at most 100 rules; a section directory holds nothing but pages, and
 * so does the directory of the copies at other spoiler levels.
 */
async function writeHeaders(dir, base, files, { policy, levelsDir, searchFiles }) {
  // frame-ancestors only works as a header; in a <meta> tag the browser ignores it and complains.
  const headerPolicy = `${policy}; frame-ancestors 'none'`;
  const pagePaths = new Set([base, `${base}index.html`, `${base}404.html`, `${base}shell.html`]);
  for (const page of files.filter((f) => f.endsWith('.html') && f.includes('/'))) {
    const section = page.split('/')[0];
    pagePaths.add(`${base}${section}`).add(`${base}${section}/*`);
  }
  const rules = [
    `${base}*\n  Content-Security-Policy: ${headerPolicy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: DENY`,
    ...files.filter(isHashed).map((file) => `${base}${file}\n  Cache-Control: public, max-age=31536000, immutable`),
    ...[...pagePaths, `${base}sw.js`, `${base}preview.js`, `${base}actions.js`, `${base}data/*`, `${base}manifest.webmanifest`, ...searchFiles.map((file) => `${base}${file}`)]
      .map((path) => `${path}\n  Cache-Control: no-cache`),
    `${base}${levelsDir}/*\n  X-Robots-Tag: noindex`,
  ];
  if (rules.length > 100) throw new Error(`finish-dist: ${rules.length} _headers rules; Cloudflare Pages reads only 100`);
  await writeFile(join(dir, '_headers'), rules.join('\n') + '\n');
}

/** One line per build: the base, the pages, the worker's cache name and the hashed files' sizes. */
async function report(dir, base, files, version) {
  const sizes = await Promise.all(files.filter(isHashed).map(async (f) => `${f} ${(await stat(join(dir, f))).size} B`));
  const pages = files.filter((f) => f.endsWith('.html')).length;
  console.log(`finish-dist: base ${base}, ${pages} files of pages, service worker ${version}\n  ${sizes.join('\n  ')}`);
}

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const base = (process.env.TRUNK_PUBLIC_URL ?? process.argv[3] ?? '/').replace(/\/?$/, '/');
// First, so that an app over its budget fails the build at once. A debug build's wasm is many
// times the release one's and has no budget.
if (process.env.TRUNK_PROFILE !== 'debug') {
  const app = await checkAppSize(dir);
  console.log(`finish-dist: the app's wasm ${(app.brotli / 1024).toFixed(1)} KiB brotli, within its budget`);
}
await minifyStyles(dir);
const build = await prerender(dir, base);
// GitHub Pages would otherwise run the site through Jekyll.
await writeFile(join(dir, '.nojekyll'), '');
const files = await filesUnder(dir);
const version = await stampServiceWorker(dir, files);
await writeHeaders(dir, base, files, build);
await report(dir, base, files, version);
