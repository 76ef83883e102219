// The boot script's part (see public/boot.js): the app, loaded only when the page needs it,
// and what the page says when it cannot start.
let started = null;
/** Starts the app once; `forReader` when a reader is waiting on a control. */
function start(forReader) {
  if (!started) {
    root.setAttribute(N.appAttr, 'loading');
    // The app shows every kind of page: the styles of those only some pages show (which a copy
    // links only where it shows them, and takes along when it goes) come with it.
    for (const href of N.pageStyles) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
    // The data is fetched beside the app, not after it; the app's own requests for these
    // files are then answered by these.
    for (const href of N.data) {
      const link = document.createElement('link');
      Object.assign(link, { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' });
      document.head.append(link);
    }
    started = Promise.all([import(N.glue), ready])
      .then(([glue]) => {
        early.bindings = glue;
        return glue.default({ module_or_path: N.wasm });
      })
      .catch(() => {
        forgetApp();
        return newerVersion().then((newer) => {
          root.removeAttribute(N.appAttr);
          // A copy of another address says itself that this page could not be loaded.
          const elsewhere = copy() && !fits && unavailable();
          root.removeAttribute(N.waitingAttr);
          if (newer) say('A newer version of the wiki is available: reload to use it.', 'Reload');
          else if (elsewhere) say('You may be offline.', 'Try again');
          else {
            say(copy() && fits
              ? 'The wiki’s controls could not be loaded (you may be offline); this page is still here to read.'
              : 'This page could not be loaded: you may be offline.', 'Try again');
          }
        });
      });
  }
  if (forReader && !note && root.getAttribute(N.appAttr) === 'loading') say('Loading the wiki’s controls…');
}

// The app's files as this page names them are gone or something else after a deploy (a host
// answers a missing file with 404, or an SPA host with its index.html); offline, or with the
// files still there, the app failed for another reason. HEAD requests, which the service
// worker leaves to the network.
function newerVersion() {
  const gone = (file) => fetch(new URL(file, document.baseURI), { method: 'HEAD', cache: 'no-store' })
    .then((response) => !response.ok || /text\/html/.test(response.headers.get('content-type') ?? ''), () => false);
  return Promise.all([N.glue, N.wasm].map(gone)).then((answers) => answers.includes(true));
}

// What the service worker kept of the app is dropped when the app fails to start, so that
// "Try again" fetches it anew rather than a bad copy kept once.
function forgetApp() {
  if (!('caches' in window)) return;
  const files = [N.glue, N.wasm].map((file) => new URL(file, document.baseURI).href);
  caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith(N.filesCachePrefix))
      .map((key) => caches.open(key).then((cache) => Promise.all(files.map((file) => cache.delete(file)))))))
    .catch(() => {});
}

// A copy of another address (an SPA host answers every address with the home page) was kept
// hidden for the app to replace; without the app, its content says what happened instead.
// Whether it could.
function unavailable() {
  const main = copy()?.querySelector('main');
  if (!main) return false;
  const heading = Object.assign(document.createElement('h1'), { textContent: 'This page could not be loaded' });
  const text = Object.assign(document.createElement('p'), { textContent: 'Showing this address needs the wiki’s app, which could not be loaded.' });
  const home = Object.assign(document.createElement('a'), { href: addressOf('/'), textContent: 'Go to the home page' });
  const way = document.createElement('p');
  way.append(home);
  main.replaceChildren(heading, text, way);
  document.title = 'Page not loaded · The Imperfects Wiki';
  for (const stale of document.head.querySelectorAll(`[${N.prerenderedAttr}]`)) stale.remove();
  return true;
}

/** What the app tells the page: it took over, its data failed, or it stopped. */
function listenToApp() {
  addEventListener(N.takeoverEvent, () => {
    handedOver = true;
    unsay();
    root.removeAttribute(N.appAttr);
  });
  addEventListener(N.failedEvent, (event) => {
    root.removeAttribute(N.appAttr);
    say(`Search and revealing do not work right now, but this page is still here to read. ${event.detail ?? ''}`, 'Try again');
  });
  addEventListener(N.panicEvent, () => {
    root.removeAttribute(N.appAttr);
    say('Something went wrong and the wiki stopped working. Reloading the page should bring it back.', 'Reload');
  });
}
