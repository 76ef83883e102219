// The first script of every page, inline in its head (src/prerender/document.rs writes it in,
// with the names the app defines in src/names.rs in place of __NAMES__, and allows it by its hash
// in the page's Content-Security-Policy). It runs before the first paint, so that:
// - the reader's theme and spoiler setting apply from the first paint: a copy of the page at
//   another level than the reader's is swapped for the reader's own (the service worker
//   answers with that one directly when it can, see public/sw.js);
// - what the reader does before the app is there is state the app reads when it takes over,
//   not clicks to replay: a setting or theme is stored under the app's keys (and the copy
//   follows at once), a revealed spoiler is listed by its id, typed text stays in the box;
// - the app (wasm) is loaded only when the page needs it: never for a reader who only reads;
//   at the first use of search or a spoiler; at once for an address with a query, an address
//   the copy was not rendered for (a host that answers unknown addresses with index.html), or
//   no copy at all (the offline shell);
// - a failure (the app or its data cannot load, the app stops) leaves the page readable, with
//   a note that says so and a way to try again.
(function (N) {
  const root = document.documentElement;
  const get = (key) => { try { return localStorage.getItem(key); } catch (e) { return null; } };
  const put = (key, value) => { try { localStorage.setItem(key, value); } catch (e) { /* private mode: this visit only */ } };

  // The rules of the reader's state, the app's own (public/reader.js, which the build writes
  // in here in place of the next line).
  __READER__
  const { level, parseChoice, storedChoice, watched, withTwists, settingKey, rank, afterMove, parseNewSince } = readerRules(N);

  // Read from storage by applySettings(), right below, and again on every change.
  let choice = null;
  let strict = false;
  const readerLevel = () => (choice ? choice.watched : 0);
  // The reader's copies, as Setting::key names them: "5", or "5s" in strict mode.
  const readerKey = () => settingKey(readerLevel(), strict);

  // Where "what is new" starts on this visit, kept for this tab (src/state/new_since.rs has
  // the rule): the level before the setting first moved forward; a first choice marks nothing,
  // moving back to it forgets it.
  const tab = {
    get: (key) => { try { return sessionStorage.getItem(key); } catch (e) { return null; } },
    set: (key, value) => { try { if (value === null) sessionStorage.removeItem(key); else sessionStorage.setItem(key, value); } catch (e) { /* this page only */ } },
  };
  const newSince = () => parseNewSince(tab.get(N.newSinceKey));

  function applySettings() {
    choice = parseChoice(get(N.spoilerKey));
    // Strict mode is on only for exactly the word the app writes (src/names.rs).
    strict = get(N.strictKey) === N.strictOn;
    if (choice) root.setAttribute(N.chosenAttr, '');
    else root.removeAttribute(N.chosenAttr);
    // The episodes whose statements are new, for the stylesheet: new-4 and new-5 from 3 to 5.
    const since = newSince();
    for (let n = 1; n <= N.episodes; n += 1) {
      root.classList.toggle(`${N.newClass}${n}`, since !== null && n > since && n <= readerLevel());
    }
    const theme = get(N.themeKey);
    if (theme === 'light' || theme === 'dark') root.setAttribute(N.themeAttr, theme);
    else root.removeAttribute(N.themeAttr);
  }
  applySettings();

  // Which copy this is, and whether it belongs at this address.
  const page = root.getAttribute(N.pageAttr);
  const basePath = new URL(document.baseURI).pathname;
  const here = `/${location.pathname.startsWith(basePath) ? location.pathname.slice(basePath.length) : location.pathname}`
    .replace(/index\.html$/, '').replace(/(.)\/$/, '$1');
  const fits = page === N.anyAddress || page === here;
  // A route's address in this deploy ("/imperfects/characters/x/", without the trailing slash
  // unless `directory`): the wiki's base and the route, leading slashes folded, so that no
  // address built here can name another host.
  const addressOf = (route, directory = true) => {
    const path = route.replace(/^[/\\]+/, '').replace(/\/$/, '');
    return `${basePath}${path}${path && directory ? '/' : ''}`;
  };
  const shownKey = () => root.getAttribute(N.levelAttr) || '0';

  // The service worker answers with the copy at the level it last heard of. When that is above
  // the reader's own (a change it had not heard of yet, or garbage in storage), nothing more of
  // the copy is read (its title, description and text never reach the page): the worker is
  // told the reader's level and the page is asked for again, once.
  if (page !== null && shownKey() !== '0' && rank(shownKey()) > rank(readerKey())) {
    window.stop();
    // A copy asked for by its file's address (levels/10/…) goes to the page's own address.
    if (!fits) return location.replace(addressOf(page));
    const retried = tab.get(N.refusedKey) === location.href;
    tab.set(N.refusedKey, location.href);
    keepLevelForWorker(true).then(() => {
      if (!retried) return location.reload();
      const body = document.body ?? document.documentElement.appendChild(document.createElement('body'));
      const again = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Reload' });
      again.addEventListener('click', () => location.reload());
      body.replaceChildren('This page could not be shown at your spoiler setting. ', again);
    });
    return;
  }
  tab.set(N.refusedKey, null);
  const copy = () => document.getElementById(N.copyId);
  const ready = new Promise((done) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
    else done();
  });

  const early = (window[N.early] = { [N.earlyRevealed]: [] });

  // A note at the foot of the screen while the app loads for the reader, or when something
  // failed; before the copy, since whatever follows it is the app's, hidden until it takes over.
  let note = null;
  /** A note with `text`, and an `action` button that reloads the page, or does `then`. */
  function say(text, action, then) {
    ready.then(() => {
      if (!note) {
        note = document.createElement('div');
        note.className = N.statusClass;
        note.setAttribute('role', 'status');
        document.body.prepend(note);
      }
      note.replaceChildren(text);
      if (action) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.textContent = action;
        button.addEventListener('click', then ?? (() => location.reload()));
        note.append(' ', button);
      }
    });
  }
  function unsay() {
    note?.remove();
    note = null;
  }

  // Inside another site's frame a page could be dressed up to take a reader's clicks, and not
  // every host sends the header that forbids it (GitHub Pages does not): the page shows only a
  // way to open it on its own, and nothing else runs.
  if (window.top !== window.self) {
    root.setAttribute(N.framedAttr, '');
    say('The Imperfects Wiki is not shown inside other sites.', 'Open it in its own tab',
      () => window.open(addressOf(fits && page !== N.anyAddress ? page : '/'), '_blank', 'noopener'));
    return;
  }

  let started = null;
  /** Starts the app once; `forReader` when a reader is waiting on a control. */
  function start(forReader) {
    if (!started) {
      root.setAttribute(N.appAttr, 'loading');
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
            if (copy() && !fits) unavailable();
            root.removeAttribute(N.waitingAttr);
            if (newer) say('A newer version of the wiki is available: reload to use it.', 'Reload');
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
  function unavailable() {
    const main = copy()?.querySelector('main');
    if (!main) return;
    const heading = Object.assign(document.createElement('h1'), { textContent: 'This page could not be loaded' });
    const text = Object.assign(document.createElement('p'), { textContent: 'Showing this address needs the wiki’s app, which could not be loaded. You may be offline.' });
    const home = Object.assign(document.createElement('a'), { href: addressOf('/'), textContent: 'Go to the home page' });
    const way = document.createElement('p');
    way.append(home);
    main.replaceChildren(heading, text, way);
    document.title = 'Page not loaded · The Imperfects Wiki';
    for (const stale of document.head.querySelectorAll(`[${N.prerenderedAttr}]`)) stale.remove();
  }

  // Where the copy of the page at `path` (relative to the base: "characters/x/") is kept for a
  // reader whose setting is `key` ("5s"): the page itself at the safe default, else under the
  // levels directory.
  const copyAt = (path, key) => (key === '0' ? (path || './') : `${N.levelsDir}/${key}/${path}`);

  // The copy of this page at `target`, in place of the one on screen, found by the address
  // and level it was rendered for; the copy is hidden until then.
  let swapping = 0;
  let handedOver = false;
  function follow() {
    const target = readerKey();
    if (page === null || !fits || handedOver || target === shownKey()) return;
    const ticket = ++swapping;
    // Hiding the copy takes the focus from it, so where it was is noted first.
    const focused = copy()?.contains(document.activeElement) ? document.activeElement.id : '';
    root.setAttribute(N.waitingAttr, '');
    const giveUp = () => {
      if (ticket !== swapping) return;
      swapping += 1;
      root.removeAttribute(N.waitingAttr);
      // The app shows the reader's level when the copy cannot.
      start(false);
    };
    const timer = setTimeout(giveUp, 3000);
    fetch(copyAt(page === N.anyAddress ? '404.html' : page === '/' ? '' : `${page.slice(1)}/`, target))
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.status))))
      .then((html) => ready.then(() => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        const current = copy();
        const incoming = next.getElementById(N.copyId);
        const same = next.documentElement.getAttribute(N.pageAttr) === page
          && next.documentElement.getAttribute(N.levelAttr) === target;
        if (ticket !== swapping) return;
        if (!current || !incoming || !same) throw new Error('not the copy asked for');
        clearTimeout(timer);
        for (const stale of document.head.querySelectorAll(`[${N.prerenderedAttr}]`)) stale.remove();
        document.head.append(...next.head.querySelectorAll(`[${N.prerenderedAttr}]`));
        document.title = next.title;
        current.replaceWith(document.adoptNode(incoming));
        root.setAttribute(N.levelAttr, target);
        root.removeAttribute(N.waitingAttr);
        if (focused) document.getElementById(focused)?.focus();
        markRevealing();
        showTheme();
        showNewCount();
        skipHere();
      }))
      .catch(() => { clearTimeout(timer); giveUp(); });
  }

  /** The reader chose a setting on the copy: stored for the app, and the copy follows. */
  function choose(next) {
    const kept = afterMove(newSince(), choice ? choice.watched : null, next.watched);
    tab.set(N.newSinceKey, kept === null ? null : String(kept));
    put(N.spoilerKey, storedChoice(next));
    dispatchEvent(new Event(N.settingEvent));
  }

  // The service worker cannot read localStorage, so the level it answers pages at is kept in
  // the Cache Storage it can read. A change is written at once, so that no navigation outruns
  // it; a page load only checks it once the page is idle (the Cache API costs the main thread a
  // few milliseconds the first paint should not wait for).
  function keepLevelForWorker(now) {
    if (!('caches' in window) || !navigator.serviceWorker) return Promise.resolve();
    return new Promise((done) => (now ? done() : (window.requestIdleCallback ?? setTimeout)(done)))
      .then(() => caches.open(N.readerCache))
      .then((cache) => cache.match(N.levelEntry)
        .then((kept) => (kept ? kept.text() : null))
        .then((was) => (was === readerKey() ? null : cache.put(N.levelEntry, new Response(readerKey())))))
      .catch(() => {});
  }

  /** The header's count of what is new on this visit, from the counts the copy carries. */
  function showNewCount() {
    const link = copy()?.querySelector(`#${N.newCountId}`);
    const since = newSince();
    if (!link) return;
    const counts = (link.getAttribute(N.newCountsAttr) || '').split(' ').filter(Boolean).map(Number);
    const count = counts.slice(since ?? counts.length).reduce((sum, n) => sum + n, 0);
    link.hidden = since === null || readerLevel() <= since;
    if (link.hidden) return;
    link.textContent = N.newCountText.replace('{count}', count).replace('{since}', N.newSince[since]);
    link.hash = `${N.catchUpAnchor}${since + 1}`;
  }
  ready.then(showNewCount);

  /** A setting changed: here (by the copy or the app) or in another tab. */
  function settingsChanged() {
    applySettings();
    showNewCount();
    showTheme();
    keepLevelForWorker(true);
    follow();
  }
  addEventListener(N.settingEvent, settingsChanged);
  addEventListener('storage', (event) => {
    if (event.key === null || [N.spoilerKey, N.themeKey, N.strictKey].includes(event.key)) settingsChanged();
  });

  /** Spoilers revealed before the app show that they are on their way. */
  function markRevealing() {
    for (const id of early[N.earlyRevealed]) {
      for (const el of copy()?.querySelectorAll(`[${N.spoilerAttr}="${CSS.escape(id)}"]`) ?? []) el.setAttribute('aria-busy', 'true');
    }
  }

  const inCopy = (el) => el instanceof Element && !!copy()?.contains(el);
  document.addEventListener('change', (event) => {
    const el = event.target;
    if (!inCopy(el)) return;
    if (el.id === N.watchedSelectId && level(el.value) !== null) choose(watched(level(el.value)));
    else if (el.id === N.twistToggleId) choose(withTwists(choice ?? watched(0), el.checked));
    else if (el.id === N.strictToggleId) {
      put(N.strictKey, el.checked ? N.strictOn : 'off');
      dispatchEvent(new Event(N.settingEvent));
    }
    else if (el.id === N.themeSelectId) {
      put(N.themeKey, el.value);
      dispatchEvent(new Event(N.settingEvent));
    }
  }, true);
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!inCopy(button)) return;
    if (button.hasAttribute(N.watchedAttr)) {
      const chosen = level(button.getAttribute(N.watchedAttr));
      if (chosen !== null) choose(watched(chosen));
    } else if (button.hasAttribute(N.markWatchedAttr)) {
      // "I've watched this" only moves the setting forward, with an undo.
      const to = level(button.getAttribute(N.markWatchedAttr));
      const previous = choice;
      if (to === null || readerLevel() >= to) return;
      choose(watched(to));
      say(N.marked[to], 'Undo', () => {
        unsay();
        choose(previous ?? watched(0));
      });
    } else if (button.hasAttribute(N.spoilerAttr)) {
      const id = button.getAttribute(N.spoilerAttr);
      if (!early[N.earlyRevealed].includes(id)) early[N.earlyRevealed].push(id);
      markRevealing();
      start(true);
    }
  }, true);
  // Search needs the app: typing, or only focusing the box, starts it; the text stays in the
  // box and the app takes it over.
  for (const type of ['focusin', 'input']) {
    document.addEventListener(type, (event) => {
      if (inCopy(event.target) && event.target.id === N.searchInputId) start(true);
    }, true);
  }
  // Enter before the app can list results opens the results page, as it does in the app when
  // no result is chosen.
  document.addEventListener('keydown', (event) => {
    const box = event.target;
    if (event.key !== 'Enter' || !inCopy(box) || box.id !== N.searchInputId || !box.value.trim()) return;
    event.preventDefault();
    location.assign(N.searchPage + encodeURIComponent(box.value.trim()));
  }, true);
  // The search box's "/" shortcut, until the app brings its own.
  document.addEventListener('keydown', (event) => {
    const box = copy()?.querySelector(`#${N.searchInputId}`);
    if (event.key !== '/' || !box || (event.target instanceof Element && event.target.closest('input, select, textarea, [contenteditable]'))) return;
    event.preventDefault();
    box.focus();
  });

  // A page restored from the back/forward cache is as it was left, though the setting may have
  // changed on another page since: it follows storage again, the app included.
  addEventListener('pageshow', (event) => {
    if (event.persisted) dispatchEvent(new Event(N.settingEvent));
  });

  // A first visit is read before the service worker controls the page, so nothing of it was
  // kept: once the worker runs, it is asked to keep this page (the copy on screen) and its
  // stylesheet for offline reading.
  if (navigator.serviceWorker && !navigator.serviceWorker.controller && fits && page !== null && page !== N.anyAddress) {
    Promise.all([navigator.serviceWorker.ready, ready]).then(([registration]) => {
      const files = [addressOf(page), ...[...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.href)];
      if (shownKey() !== '0') files.push(copyAt(addressOf(page).slice(basePath.length), shownKey()));
      registration.active?.postMessage({ [N.keepMessage]: files.map((file) => new URL(file, document.baseURI).href) });
    }, () => {});
  }

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

  // The copy's skip link names the page's directory address, for a reader without JavaScript;
  // at another form of the address (no trailing slash) it would load the page again, so it
  // takes the form of the address on screen. It is built from the wiki's base and the route
  // the copy is for (or, for "not found", the path asked for with its leading slashes
  // folded), never from the raw request path: `//other.example/x#main` is another site's.
  function skipHere() {
    const address = addressOf(fits && page !== N.anyAddress ? page : here, location.pathname.endsWith('/'));
    for (const link of copy()?.querySelectorAll(`a[href$="#${N.mainId}"]`) ?? []) {
      link.setAttribute('href', `${address}${location.search}#${N.mainId}`);
    }
  }
  ready.then(skipHere);

  /** The copy's theme select shows the reader's theme (the copy was rendered for "Auto"). */
  function showTheme() {
    const select = copy()?.querySelector(`#${N.themeSelectId}`);
    const theme = root.getAttribute(N.themeAttr);
    if (select && theme) select.value = theme;
  }
  ready.then(showTheme);

  // Link previews (public/preview.js): fetched at the first hover, focus or touch of a link in
  // the page's content, so a reader who never points at one downloads nothing for them (and no
  // page carries them inline). The event that asked is handed on once it is there.
  const INTENTS = ['mouseover', 'focusin', 'touchstart'];
  let previews = null;
  function previewIntent(event) {
    if (!(event.target instanceof Element) || !event.target.closest('main a[href]')) return;
    previews ??= import(new URL(N.previewFile, document.baseURI).href).then((module) => {
      for (const type of INTENTS) document.removeEventListener(type, previewIntent, true);
      return module.default({ N, copyAt, readerKey, basePath });
    }, () => null);
    previews.then((handle) => handle?.(event));
  }
  for (const type of INTENTS) document.addEventListener(type, previewIntent, { capture: true, passive: true });

  keepLevelForWorker();
  if (page === null || location.search) start(false);
  else if (!fits) {
    root.setAttribute(N.waitingAttr, '');
    start(false);
    say('Loading this page…');
  } else follow();
})(__NAMES__);
