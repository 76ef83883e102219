// The service worker: a returning reader's own page first, and pages read before offline.
// The build writes in the names it shares with the pages (src/prerender/document.rs, in place
// of __NAMES__) and a VERSION made from every file it may answer from its cache
// (scripts/finish-dist.mjs), so each deploy has a cache of its own.
//
// A page is answered at the reader's spoiler level: every page is prerendered at each level
// (levels/5/characters/x/ is /characters/x for a reader up to episode 5, levels/5s/ the same in
// strict mode), and the pages keep
// the reader's level in a cache this worker reads (it cannot read localStorage). The address
// stays the page's own; the level never enters a URL. Up front it keeps only the app's bare
// shell; everything else as it is fetched, so it never downloads the app for a reader who has
// not used it.
const N = __NAMES__;
const VERSION = '__VERSION__';
const CACHE = `${N.filesCachePrefix}${VERSION}`;
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

/** The network's answer, kept under `key` for offline use; `null` when there is none. */
function fromNetwork(request, key) {
  return fetch(request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(key, copy));
      }
      return response;
    })
    .catch(() => null);
}

/** The reader's setting as the pages keep it ("5", "5s" in strict mode); null for the default or anything else. */
async function readerLevel() {
  try {
    const kept = await (await caches.open(N.readerCache)).match(N.levelEntry);
    const key = kept ? await kept.text() : '';
    const parts = /^(0|[1-9][0-9]?)(.*)$/.exec(key);
    const fits = parts && +parts[1] <= N.episodes && (parts[2] === '' || (parts[2] === N.strictSuffix && +parts[1] < N.episodes));
    return fits && key !== '0' ? key : null;
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
