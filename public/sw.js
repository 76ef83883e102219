// The service worker: pages read before open offline, and with the app once it has been used.
// The build fills in VERSION (scripts/finish-dist.mjs), so each deploy has its own cache. Up
// front it keeps only the app's bare shell; everything else as it is fetched, so it never
// downloads the app for a reader who has not used it (see public/app-loader.js).
const VERSION = '__VERSION__';
const CACHE = `imperfects-wiki-${VERSION}`;
const SHELL = 'shell.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.add(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith('imperfects-wiki-') && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** The network's answer, kept under `key` for offline use; when there is none, `offline()`. */
function networkFirst(request, key, offline) {
  return fetch(request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(key, copy));
      }
      return response;
    })
    .catch(offline);
}

// Pages and data: the network first, so a new deploy or a corrected fact shows at once; the
// kept copy when offline. Other files (the app, the stylesheet) are named by their content, so
// a kept one is answered from the cache.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages are kept as they are read, by their directory address ("characters/x/"). Offline,
    // a page not read before gets the app's bare shell, which shows it from the kept app and
    // data (or says it cannot); keeping every page up front would cost ~100 KB.
    const page = new URL(url.pathname.replace(/\/?$/, '/'), url).href;
    const shell = new URL(SHELL, self.registration.scope).href;
    event.respondWith(networkFirst(request, page,
      async () => (await caches.match(page, { ignoreSearch: true })) ?? caches.match(shell)));
  } else if (url.pathname.includes('/data/')) {
    event.respondWith(networkFirst(request, request,
      async () => (await caches.match(request)) ?? Response.error()));
  } else {
    event.respondWith(caches.match(request).then((cached) => cached
      ?? networkFirst(request, request, () => Response.error())));
  }
});
