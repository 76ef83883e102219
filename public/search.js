// The wiki's search, a module the boot script loads at the first focus on the search box of a
// prerendered page, or at the app's first search. It answers every keystroke from a small wasm
// of its own (src/bin/search_engine.rs, the wiki's src/search.rs and nothing of the app's views)
// over the index file of the reader's setting, which the prerenderer wrote with only what that
// setting may find. Before the app, it lists the answers in the app's markup and keys (arrows,
// Enter, Escape; src/components/search_box.rs), so when the app takes over, it finds the text in
// the box and lists the same; the app is started once the first answer is on screen, so that the
// engine does not share the network with it. The app asks `answer` (through the boot script's
// global) and gets the same engine and the indexes already read. Offline, the service worker
// answers with the engine and the index it kept; without them, the list says that search needs
// a connection.

// The names this module shares with the app (src/names.rs), which the build writes in: among
// them the engine's two files and where the index of each setting is (`{key}` its key).
const N = __NAMES__;
/** What separates the fields of an engine's answer. */
const FIELD = '\u001f';
const OFFLINE = 'Search needs a connection: try again once you are online.';

const at = (file) => new URL(file, document.baseURI).href;
const files = { glue: at(N.searchGlue), wasm: at(N.searchWasm) };
let engine = null;
const indexes = new Map();

/** The engine's code, loaded once: the glue (a classic script) and the wasm side by side. */
function loadEngine() {
  engine ??= Promise.all([
    new Promise((loaded, refused) => {
      document.head.append(Object.assign(document.createElement('script'), { src: files.glue, onload: loaded, onerror: refused }));
    }),
    fetch(files.wasm).then((response) => (response.ok ? response : Promise.reject(new Error(files.wasm)))),
  ])
    // The glue, a classic script, declares `wasm_bindgen` in the page's global scope.
    .then(([, wasm]) => wasm_bindgen({ module_or_path: wasm }).then(() => wasm_bindgen))
    .catch((error) => {
      engine = null;
      throw error;
    });
  return engine;
}

/** The engine over the index of setting `key`, once both are there. */
function index(key) {
  if (!indexes.has(key)) {
    const file = at(N.searchIndexFile.replace('{key}', key));
    const text = fetch(file).then((response) => (response.ok ? response.text() : Promise.reject(new Error(file))));
    const loaded = Promise.all([loadEngine(), text]).then(([bindings, text]) => {
      const read = bindings.Engine.read(text);
      // A host's error page or another setting's file is not this reader's index.
      if (!read || read.setting() !== key) throw new Error(file);
      keepForOffline([file]);
      return read;
    });
    loaded.catch(() => indexes.delete(key));
    indexes.set(key, loaded);
  }
  return indexes.get(key);
}

// A first visit is not yet the service worker's to keep: it is asked to, as for the page.
function keepForOffline(more) {
  const worker = navigator.serviceWorker;
  if (!worker || worker.controller) return;
  worker.ready.then((registration) => {
    registration.active?.postMessage({ [N.keepMessage]: [at(N.searchFile), files.glue, files.wasm, ...more] });
  }, () => {});
}

/**
 * What search answers a reader with setting `key` for `query` (the engine's words, which the app
 * reads with `Answer::read` in src/search.rs): the header's list, or with `all` every result.
 * Rejects when the engine or the index cannot be had.
 */
export function answer(key, query, all) {
  return index(key).then((read) => read.answer(query, all));
}

/**
 * Starts search on the copy; returns the handler the boot script hands each event of the copy's
 * search box to (focus, blur, input, keys): a promise already settled hands it on before the
 * event's default action, so the handler can still prevent it. `readerKey()` is the reader's
 * setting ("5", "5s" in strict mode), `start()` starts the app.
 */
export default function search({ readerKey, start }) {
  let listed = null;
  let failed = false;
  let expanded = false;
  // The option the arrow keys moved to; null is the first result (or none of the entries
  // offered when nothing was found), as in the app.
  let active = null;

  // The copy's box (the app's has the same id, and is the app's own); none once the app is there.
  const box = () => document.querySelector(`#${N.copyId} #${N.searchInputId}`);
  const showing = () => expanded && box()?.value.trim() !== '';
  const count = () => listed?.entries.length ?? 0;
  const selected = () => (listed?.found ? (active ?? 0) : active);

  /** Asks search for what the box holds, then shows it. */
  function ask() {
    const query = box()?.value ?? '';
    answer(readerKey(), query, false).then((words) => {
      if (box()?.value !== query) return;
      const [found, ...fields] = words.split(FIELD);
      const entries = [];
      for (let i = 0; i + 3 < fields.length; i += 4) entries.push({ title: fields[i], kind: fields[i + 1], href: fields[i + 2] });
      listed = { found: found === '1', entries };
      failed = false;
      show();
      start(false);
    }, () => {
      listed = null;
      failed = true;
      show();
    });
  }

  /** The list and its announcements, as the app's search box renders them. */
  function show() {
    const input = box();
    const list = input?.parentElement?.querySelector('[role="listbox"]');
    if (!list) return;
    const query = input.value.trim();
    const on = showing() && (listed !== null || failed);
    input.setAttribute('aria-expanded', String(on));
    const current = selected();
    if (on && current !== null) input.setAttribute('aria-activedescendant', `search-option-${current}`);
    else input.removeAttribute('aria-activedescendant');
    list.hidden = !on;
    const items = [];
    if (failed || (listed && !listed.found)) {
      const offer = listed?.entries.length ? '. Try one of these:' : '';
      items.push(option({ class: 'search-empty', 'aria-disabled': 'true', 'aria-selected': 'false' },
        failed ? OFFLINE : `No results for “${query}”${offer}`));
    }
    for (const [i, entry] of (failed ? [] : listed?.entries ?? []).entries()) {
      const item = option({ id: `search-option-${i}`, class: 'search-option', 'aria-selected': String(current === i) });
      const title = Object.assign(document.createElement('span'), { className: 'hit-title', textContent: entry.title });
      const kind = Object.assign(document.createElement('span'), { className: 'hit-kind', textContent: entry.kind });
      item.append(title, kind);
      item.addEventListener('mousedown', (event) => event.preventDefault());
      item.addEventListener('click', () => location.assign(entry.href));
      items.push(item);
    }
    list.replaceChildren(...items);
    const status = list.parentElement.querySelector('[role="status"]');
    if (status) status.textContent = on ? said(query) : '';
  }

  function option(attributes, text = '') {
    const item = Object.assign(document.createElement('li'), { textContent: text });
    item.setAttribute('role', 'option');
    for (const [name, value] of Object.entries(attributes)) item.setAttribute(name, value);
    return item;
  }

  /** What the status line announces, in the app's words. */
  function said(query) {
    if (failed) return OFFLINE;
    const n = count();
    if (!listed.found) return n ? `No results for “${query}”; ${n} entries offered instead` : `No results for “${query}”`;
    return n === 1 ? '1 result' : `${n} results`;
  }

  function onKey(event) {
    const n = count();
    if (event.key === 'ArrowDown' && n > 0) {
      event.preventDefault();
      if (expanded) active = selected() === null ? 0 : (selected() + 1) % n;
      else [active, expanded] = [null, true];
    } else if (event.key === 'ArrowUp' && n > 0) {
      event.preventDefault();
      active = selected() === null ? n - 1 : (selected() + n - 1) % n;
    } else if (event.key === 'Enter') {
      // The chosen result, or with none (or nothing listed yet) the results page, as in the app.
      event.preventDefault();
      const query = event.target.value.trim();
      const chosen = selected() === null ? null : listed?.entries[selected()]?.href;
      if (chosen && expanded) location.assign(chosen);
      else if (query) location.assign(N.searchPage + encodeURIComponent(query));
      return;
    } else if (event.key === 'Escape') {
      // The browser's own Escape in a search field would clear the text even when the reader
      // only meant to close the list.
      event.preventDefault();
      if (showing()) expanded = false;
      else {
        event.target.value = '';
        ask();
      }
    } else return;
    show();
  }

  const handlers = {
    focusin() {
      expanded = true;
      ask();
    },
    focusout() {
      expanded = false;
      show();
    },
    input() {
      [active, expanded] = [null, true];
      ask();
    },
    keydown: onKey,
  };
  // A setting changed on the copy: the list follows it, from that setting's index.
  addEventListener(N.settingEvent, () => showing() && ask());
  return (event) => handlers[event.type]?.(event);
}
