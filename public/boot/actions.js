// The boot script's part (see public/boot.js): what the reader does before the app is there,
// kept as state the app reads when it takes over: a setting or theme stored under the app's
// keys (the copy follows at once), a revealed spoiler listed by its id (each of a line's, when
// one line stands for several), typed text left in the box; link previews, loaded at the first
// pointing at a link, and search, at the first focus on its box.
const early = (window[N.early] = { [N.earlyRevealed]: [] });

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

const inCopy = (el) => el instanceof Element && !!copy()?.contains(el);

function onChange(event) {
  const el = event.target;
  if (!inCopy(el)) return;
  if (el.id === N.watchedSelectId && level(el.value) !== null) choose(watched(level(el.value)));
  else if (el.id === N.twistToggleId) choose(withTwists(choice ?? watched(0), el.checked));
  else if (el.id === N.strictToggleId) {
    put(N.strictKey, el.checked ? N.strictOn : 'off');
    dispatchEvent(new Event(N.settingEvent));
  } else if (el.id === N.themeSelectId) {
    put(N.themeKey, el.value);
    dispatchEvent(new Event(N.settingEvent));
  }
}

function onClick(event) {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!inCopy(button)) return;
  if (button.hasAttribute(N.watchedAttr)) {
    // The first-visit question: the copy that follows has no question, so the note says
    // what was chosen where the question was.
    const chosen = level(button.getAttribute(N.watchedAttr));
    if (chosen === null) return;
    choose(watched(chosen));
    say(N.chosen[chosen], 'OK', unsay);
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
    // One line may stand for several held-back entries: it lists each of their ids.
    for (const id of button.getAttribute(N.spoilerAttr).split(' ')) {
      if (id && !early[N.earlyRevealed].includes(id)) early[N.earlyRevealed].push(id);
    }
    markRevealing();
    start(true);
  }
}

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

// The header's panels (the sections, the setting) are disclosures that open over the page: a
// press outside one, Escape, or a link followed inside one closes it, as a menu does. The
// app's header is the same markup, so this serves the copy and the app alike.
const dropdowns = () => document.querySelectorAll(`details[${N.dropdownAttr}][open]`);
function closeDropdowns(event) {
  const target = event.target instanceof Element ? event.target : null;
  for (const open of dropdowns()) {
    const inside = target && open.contains(target);
    if (event.type === 'keydown' ? event.key === 'Escape' : !inside || target.closest('a[href]')) {
      open.open = false;
      if (event.type === 'keydown' && inside) open.querySelector('summary')?.focus();
    }
  }
}

/** Listens for what the reader does on the copy, and for settings changed elsewhere. */
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
  document.addEventListener('change', onChange, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('click', closeDropdowns, true);
  document.addEventListener('keydown', closeDropdowns, true);
  // Search before the app (public/search.js), loaded at the first focus on the box, gets every
  // event of the box (in the same dispatch, once it is there); if it cannot be loaded, the app is
  // started for it.
  let search = null;
  for (const type of ['focusin', 'focusout', 'input', 'keydown']) {
    document.addEventListener(type, (event) => {
      if (!inCopy(event.target) || event.target.id !== N.searchInputId) return;
      search ??= import(new URL(N.searchFile, document.baseURI).href)
        .then((module) => module.default({ N, readerKey, start }), () => start(true));
      search.then((handle) => handle?.(event));
    }, true);
  }
  // The search box's "/" shortcut, until the app brings its own.
  document.addEventListener('keydown', (event) => {
    const box = copy()?.querySelector(`#${N.searchInputId}`);
    if (event.key !== '/' || !box || (event.target instanceof Element && event.target.closest('input, select, textarea, [contenteditable]'))) return;
    event.preventDefault();
    box.focus();
  });
  for (const type of INTENTS) document.addEventListener(type, previewIntent, { capture: true, passive: true });
}
