// Starts the app (wasm) only when the page needs it. scripts/finish-dist.mjs puts this script
// inline in every page in place of trunk's loader, with the app's two files filled in.
//
// Every page is prerendered at the safe default, so a first-time reader who only reads has all
// of it already and never pays for the app. It starts at once when the copy may not be what the
// reader should see: a spoiler setting was chosen before (index.html's first script sets
// data-chosen), the address has a query (prerendered pages have none), or there is no copy (the
// offline shell). Otherwise it starts when a control is first used, and what the reader did
// meanwhile (a button pressed, a choice made, text typed) is done again on the app's own
// controls once the app takes over (src/prerendered.rs announces it with "wiki-takeover").
const GLUE = '__GLUE__';
const WASM = '__WASM__';
const CONTROLS = 'button, input, select';
const root = document.documentElement;
const copy = document.getElementById('prerendered');
let started = null;
let status = null;
/** Controls of the copy the reader changed or pressed, in order. */
const touched = new Set();

/** A note at the foot of the screen while the app loads for the reader, or if it cannot. */
function say(text, retry) {
  if (!status) {
    status = document.createElement('div');
    status.className = 'app-status';
    status.setAttribute('role', 'status');
    // Before the copy: whatever follows it is the app's, hidden until it takes over.
    document.body.prepend(status);
  }
  status.replaceChildren(text);
  if (retry) {
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'button';
    again.textContent = 'Try again';
    again.addEventListener('click', () => location.reload());
    status.append(' ', again);
  }
}

/** Starts the app once; `forReader` when a reader is waiting on a control. */
function start(forReader) {
  if (!started) {
    root.dataset.app = 'loading';
    started = import(GLUE)
      .then((glue) => glue.default({ module_or_path: WASM }))
      .catch(() => {
        root.removeAttribute('data-app');
        say(copy
          ? 'The wiki’s controls could not be loaded (you may be offline), so this page shows the story only before episode 1.'
          : 'This page could not be loaded: you may be offline.', true);
      });
  }
  if (forReader && !status && root.dataset.app === 'loading') say('Loading the wiki’s controls…');
}

const inCopy = (event) => {
  const control = event.target.closest?.(CONTROLS);
  return control && copy?.contains(control) ? control : null;
};

if (!copy || root.dataset.chosen !== undefined || location.search) start(false);
if (copy) {
  // Focusing a control (which a mouse press does before its click) starts the app as early as
  // possible; a touch that only scrolls does not. A press or a change is remembered so the app
  // can do it.
  document.addEventListener('focusin', (event) => { if (inCopy(event)) start(true); }, true);
  for (const type of ['click', 'change', 'input']) {
    document.addEventListener(type, (event) => {
      const control = inCopy(event);
      if (!control || (type === 'click' && control.tagName !== 'BUTTON')) return;
      touched.add(control);
      start(true);
    }, true);
  }
  // The search box's "/" shortcut, until the app brings its own.
  document.addEventListener('keydown', (event) => {
    const search = copy.querySelector('#search-input');
    if (event.key !== '/' || !copy.isConnected || !search || event.target.closest?.('input, select, textarea, [contenteditable]')) return;
    event.preventDefault();
    search.focus();
  });
}

// A control is found again among the app's as the same kind of control, by its place among
// those of that kind (the copy and the app may differ elsewhere, e.g. in what is revealed).
const signature = (el) => [el.tagName, el.type, el.id, el.className, el.textContent.trim()].join('|');
function twinOf(el, before, after) {
  const kind = signature(el);
  const nth = before.filter((other) => signature(other) === kind).indexOf(el);
  return nth < 0 ? null : after.filter((other) => signature(other) === kind)[nth] ?? null;
}

document.addEventListener('wiki-takeover', () => {
  status?.remove();
  root.removeAttribute('data-app');
  if (!copy?.isConnected) return;
  const focused = copy.contains(document.activeElement) ? document.activeElement : null;
  // Once the hand-over is done (the copy gone, the app's page shown), and at once, so that no
  // keystroke falls between the two.
  queueMicrotask(() => {
    const before = [...copy.querySelectorAll(CONTROLS)];
    const after = [...document.querySelectorAll(CONTROLS)];
    const pairs = [...touched].map((el) => [el, twinOf(el, before, after)]).filter(([, twin]) => twin);
    const refocus = focused && twinOf(focused, before, after);
    for (const [el, twin] of pairs) {
      if (el.tagName === 'BUTTON') twin.click();
      else if (el.type === 'checkbox') { if (twin.checked !== el.checked) twin.click(); }
      else if (twin.value !== el.value) {
        twin.value = el.value;
        twin.dispatchEvent(new Event('input', { bubbles: true }));
        twin.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    refocus?.focus();
  });
});
