// The service worker: after a first visit the wiki opens offline. The build fills in VERSION
// and PRECACHE (scripts/finish-dist.mjs), so each deploy has its own cache.
const VERSION = '__VERSION__';
const PRECACHE = ['__PRECACHE__'];
const CACHE = `imperfects-wiki-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
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
// kept copy when offline. Hashed files never change, so the cache answers them.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages are kept as they are read, by their directory address ("characters/x/"). Offline,
    // a page not read before gets the app's bare shell, which shows it from the kept data;
    // keeping every prerendered page up front would cost a phone ~100 KB it may never use.
    const page = new URL(url.pathname.replace(/\/?$/, '/'), url).href;
    const shell = new URL('shell.html', self.registration.scope).href;
    event.respondWith(networkFirst(request, page,
      async () => (await caches.match(page, { ignoreSearch: true })) ?? caches.match(shell)));
  } else if (url.pathname.includes('/data/')) {
    event.respondWith(networkFirst(request, request,
      async () => (await caches.match(request)) ?? Response.error()));
  } else {
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
  }
});
