// The boot script's part (see public/boot.js): what the reader does before the app is there. A
// setting changed elsewhere is followed here; what the reader does on the page is handled by
// public/actions.js, loaded at the first press, key or focus on a control (a reader who only
// reads never downloads it), link previews (public/preview.js) at the first pointing at a link,
// and search (public/search.js) at the first focus on its box. Each gets the event that loaded it.
const imported = (file) => import(new URL(file, document.baseURI).href);
const early = (window[N.early] = {
  [N.earlyRevealed]: [],
  // The app's search: the module, engine and indexes of the search before the app, shared.
  [N.earlySearch]: (key, query, all) => imported(N.searchFile).then((module) => module.answer(key, query, all)),
});

/** A setting changed: here (by the copy or the app) or in another tab. */
function settingsChanged() {
  applySettings();
  showNewCount();
  showTheme();
  keepLevelForWorker(true);
  follow();
}

/** Spoilers revealed before the app show that they are on their way. */
function markRevealing() {
  for (const id of early[N.earlyRevealed]) {
    for (const el of copy()?.querySelectorAll(`[${N.spoilerAttr}~="${CSS.escape(id)}"]`) ?? []) el.setAttribute('aria-busy', 'true');
  }
}

// The page's finished copy, from which a reveal before the app takes the statement: asked for
// as soon as the reader starts to press, or focuses, a placeholder.
let finished = null;
function statements() {
  finished ??= fetch(copyAt(pathOf(page), settingKey(N.episodes, false)))
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.status))))
    .then((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      if (doc.documentElement.getAttribute(N.pageAttr) !== page) throw new Error('not the copy asked for');
      return doc;
    })
    .catch((error) => {
      finished = null;
      throw error;
    });
  return finished;
}

const load = (file, shared) => imported(file).then((module) => module.default(shared));
let acting = null;
function act(event) {
  const target = event.target instanceof Element ? event.target : null;
  if (/^(pointerdown|focusin)$/.test(event.type) && fits && page !== N.anyAddress && target?.closest(`#${N.copyId} button[${N.spoilerAttr}]`)) {
    statements().catch(() => {});
  }
  if (!acting && !target?.closest(`button, input:not(#${N.searchInputId}), select, summary`) && event.key !== '/') return;
  acting ??= load(N.actionsFile, {
    early, copy, level, watched, withTwists, choose, put, say, unsay, readerLevel, start, markRevealing, statements,
    choice: () => choice,
  }).catch(() => {
    acting = null;
    if (/^(click|change)$/.test(event.type)) say('That did not work: you may be offline.', 'Try again');
  });
  acting.then((actions) => actions?.act(event));
}

// Link previews: fetched at the first hover, focus or touch of a link in the page's content, so
// a reader who never points at one downloads nothing for them (and no page carries them inline).
const INTENTS = ['mouseover', 'focusin', 'touchstart'];
let previews = null;
function previewIntent(event) {
  if (!(event.target instanceof Element) || !event.target.closest('main a[href]')) return;
  previews ??= load(N.previewFile, { N, copyAt, readerKey, basePath }).then((handle) => {
    for (const type of INTENTS) document.removeEventListener(type, previewIntent, true);
    return handle;
  }, () => null);
  previews.then((handle) => handle?.(event));
}

/** Listens for what the reader does on the page, and for settings changed elsewhere. */
function listenForActions() {
  addEventListener(N.settingEvent, settingsChanged);
  addEventListener('storage', (event) => {
    if (event.key === null || [N.spoilerKey, N.themeKey, N.strictKey].includes(event.key)) settingsChanged();
  });
  // A page restored from the back/forward cache is as it was left, though the setting may have
  // changed on another page since: it follows storage again, the app included.
  addEventListener('pageshow', (event) => {
    if (event.persisted) dispatchEvent(new Event(N.settingEvent));
  });
  for (const type of ['pointerdown', 'focusin', 'click', 'change', 'input', 'keydown']) document.addEventListener(type, act, true);
  // Search before the app gets every event of the box (in the same dispatch, once it is there,
  // so that it can still prevent a key's default); if it cannot be loaded, the app is started
  // for it.
  let search = null;
  for (const type of ['focusin', 'focusout', 'input', 'keydown']) {
    document.addEventListener(type, (event) => {
      if (!copy()?.contains(event.target) || event.target.id !== N.searchInputId) return;
      search ??= load(N.searchFile, { readerKey, start }).catch(() => start(true));
      search.then((handle) => handle?.(event));
    }, true);
  }
  for (const type of INTENTS) document.addEventListener(type, previewIntent, { capture: true, passive: true });
}
