// The boot script's part (see public/boot.js): the reader's settings, read from storage with
// the app's rules, and written back as the app writes them.
const root = document.documentElement;
const get = (key) => { try { return localStorage.getItem(key); } catch (e) { return null; } };
const put = (key, value) => { try { localStorage.setItem(key, value); } catch (e) { /* private mode: this visit only */ } };
// This tab's own (sessionStorage): where "what is new" starts, and an address asked for again.
const tab = {
  get: (key) => { try { return sessionStorage.getItem(key); } catch (e) { return null; } },
  set: (key, value) => { try { if (value === null) sessionStorage.removeItem(key); else sessionStorage.setItem(key, value); } catch (e) { /* this page only */ } },
};

// The rules of the reader's state, the app's own (public/reader.js, which the build writes in
// here in place of the next line).
__READER__
const { parseTheme, level, parseChoice, storedChoice, watched, withTwists, settingKey, rank, afterMove, parseNewSince } = readerRules(N);

// Read from storage by applySettings(), at the start and again on every change.
let choice = null;
let strict = false;
const readerLevel = () => (choice ? choice.watched : 0);
// The reader's copies, as Setting::key names them: "5", or "5s" in strict mode.
const readerKey = () => settingKey(readerLevel(), strict);
// Where "what is new" starts on this visit, kept for this tab (src/state/new_since.rs).
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
  const theme = parseTheme(get(N.themeKey));
  if (theme) root.setAttribute(N.themeAttr, theme);
  else root.removeAttribute(N.themeAttr);
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
