// The service worker: a returning reader's own page first, and pages read before offline.
// The build writes in the names it shares with the pages (src/prerender/scripts.rs, where the
// names mark stands), a VERSION made from every file it may answer from its cache, so each deploy
// has a cache of its own, and the size and SHA-256 of each file named by its content
// (scripts/finish-dist.mjs), so that only those exact bytes are kept for them.
//
// A page is answered at the reader's spoiler level: every page is prerendered at each level
// (levels/5/characters/x/ is /characters/x for a reader up to episode 5, levels/5s/ the same in
// strict mode), and the pages keep
// the reader's level in a cache this worker reads (it cannot read localStorage). The address
// stays the page's own; the level never enters a URL. Up front it keeps only the app's bare
// shell; everything else as it is fetched, so it never downloads the app for a reader who has
// not used it.
const N = __NAMES__;
// The rules of the reader's state (public/reader.js, which the build writes in here).
__READER__
const { parseSettingKey } = readerRules(N);
const VERSION = '__VERSION__';
const CACHE = `${N.filesCachePrefix}${VERSION}`;
/** Path (under the scope) → { size, sha256 } of the files named by their content. */
const FILES = __FILES__;
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.add(N.shellFile))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith(N.filesCachePrefix) && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** The type a file's name asks for; files not listed are not checked for it. */
const TYPES = { wasm: /^application\/wasm/, js: /javascript/, css: /^text\/css/, json: /json/, html: /^text\/html/ };

const sha256 = async (bytes) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))));

/**
 * Whether `response` for `url` is worth keeping: a whole, plain 200 of the type the address
 * asks for (a page, or the file its name says), as long as its headers say, and for a file the
 * build names by its content, exactly its bytes. An SPA host's index.html answered for a missing
 * script, or a response cut short, would otherwise be what every later visit gets.
 */
async function whole(response, url) {
  if (response.status !== 200 || response.type !== 'basic') return false;
  const path = new URL(url).pathname;
  const extension = /\/$/.test(path) ? 'html' : (/\.([a-z]+)$/.exec(path)?.[1] ?? '');
  if (TYPES[extension] && !TYPES[extension].test(response.headers.get('content-type') ?? '')) return false;
  try {
    const bytes = await response.arrayBuffer();
    const length = response.headers.get('content-length');
    if (length !== null && !response.headers.has('content-encoding') && +length !== bytes.byteLength) return false;
    const known = FILES[path.slice(new URL(self.registration.scope).pathname.length)];
    if (known) return bytes.byteLength === known.size && (await sha256(bytes)) === known.sha256;
    const text = () => new TextDecoder().decode(bytes);
    if (extension === 'html') return /<\/html>\s*$/.test(text());
    if (extension === 'json') JSON.parse(text());
    return true;
  } catch (e) {
    return false;
  }
}

/** Keeps `response` under `key` when it is whole; its body is read from a copy. */
function keep(key, response) {
  const copy = response.clone();
  return whole(copy.clone(), key).then((ok) => ok && caches.open(CACHE).then((cache) => cache.put(key, copy)));
}

/** The network's answer, kept under `key` for offline use when whole; `null` when there is none. */
function fromNetwork(request, key) {
  return fetch(request)
    .then((response) => {
      keep(typeof key === 'string' ? key : key.url, response).catch(() => {});
      return response;
    })
    .catch(() => null);
}

// A page read before this worker ran (a first visit) asks for it to be kept, with its
// stylesheet: only addresses of this site, fetched and checked as any other.
self.addEventListener('message', (event) => {
  const files = event.data?.[N.keepMessage];
  if (!Array.isArray(files)) return;
  const scope = self.registration.scope;
  const ours = files.filter((file) => typeof file === 'string').map((file) => new URL(file, scope).href)
    .filter((file) => file.startsWith(scope));
  event.waitUntil(Promise.all(ours.map((file) => fetch(file).then((response) => keep(file, response)).catch(() => {}))));
});

/** The reader's setting as the pages keep it ("5", "5s" in strict mode); null for the default or anything else. */
async function readerLevel() {
  try {
    const kept = await (await caches.open(N.readerCache)).match(N.levelEntry);
    const key = kept ? await kept.text() : '';
    return parseSettingKey(key) && key !== '0' ? key : null;
  } catch (e) {
    return null;
  }
}

/**
 * A page: at the reader's level when there is such a copy, else the page itself; the network
 * first, so a new deploy or a corrected fact shows at once; offline, the kept copy, then the
 * kept page at the default, then the app's bare shell, which shows it from the kept app and
 * data (or says it cannot).
 */
async function page(request, url) {
  // Pages are kept by their directory address ("characters/x/").
  const directory = new URL(url.pathname.replace(/\/?$/, '/'), url).href;
  const level = url.search ? null : await readerLevel();
  const scope = self.registration.scope;
  const own = level && directory.startsWith(scope)
    ? scoped(`${N.levelsDir}/${level}/${directory.slice(scope.length)}`)
    : null;
  if (own) {
    const response = await fromNetwork(own, own);
    if (response?.ok) return response;
    // No copy at that level (an unknown address): the page itself, with its "not found".
    if (!response) {
      const kept = await caches.match(own);
      if (kept) return kept;
    }
  }
  return (await fromNetwork(request, directory))
    ?? (await caches.match(directory, { ignoreSearch: true }))
    ?? (await caches.match(scoped(N.shellFile)))
    ?? Response.error();
}

// Data: the network first, so a corrected fact shows at once; the kept copy offline. Other
// files (the app, the stylesheet, icons) are named by their content or change only with a
// deploy, whose cache is new, so a kept one is answered from the cache.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request, url));
  } else if (url.pathname.includes('/data/')) {
    event.respondWith(fromNetwork(request, request)
      .then(async (response) => response ?? (await caches.match(request)) ?? Response.error()));
  } else {
    event.respondWith(caches.match(request).then((cached) => cached
      ?? fromNetwork(request, request).then((response) => response ?? Response.error())));
  }
});
