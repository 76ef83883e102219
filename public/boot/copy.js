// The boot script's part (see public/boot.js): the copy on screen, which address and level it
// was rendered for, and the reader's own copy in its place.
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
const copy = () => document.getElementById(N.copyId);
const ready = new Promise((done) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
  else done();
});

// The service worker answers with the copy at the level it last heard of, which can be above
// the reader's own (a change it had not heard of yet, or garbage in storage).
const aboveReader = () => page !== null && shownKey() !== '0' && rank(shownKey()) > rank(readerKey());

/**
 * Nothing more of a copy above the reader is read (its title, description and text never
 * reach the page): the worker is told the reader's level and the page is asked for again,
 * once; a copy asked for by its file's address (levels/10/…) goes to the page's own address.
 */
function refuseCopy() {
  window.stop();
  if (!fits) return location.replace(addressOf(page));
  const retried = tab.get(N.refusedKey) === location.href;
  tab.set(N.refusedKey, location.href);
  return keepLevelForWorker(true).then(() => {
    if (!retried) return location.reload();
    const body = document.body ?? document.documentElement.appendChild(document.createElement('body'));
    const again = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Reload' });
    again.addEventListener('click', () => location.reload());
    return body.replaceChildren('This page could not be shown at your spoiler setting. ', again);
  });
}

// Where the copy of the page at `path` (relative to the base: "characters/x/") is kept for a
// reader whose setting is `key` ("5s"): the page itself at the safe default, else under the
// levels directory.
const copyAt = (path, key) => (key === '0' ? (path || './') : `${N.levelsDir}/${key}/${path}`);
// The path of a route's copy, relative to the base ("characters/x/"; "not found" has one file).
const pathOf = (route) => (route === N.anyAddress ? '404.html' : route === '/' ? '' : `${route.slice(1)}/`);

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
  fetch(copyAt(pathOf(page), target))
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
      // The header's panels open at the swap stay open: the setting's panel, while the reader
      // tries one setting after another.
      const opened = [...current.querySelectorAll(`details[${N.dropdownAttr}][open]`)].map((open) => open.id);
      for (const stale of document.head.querySelectorAll(`[${N.prerenderedAttr}]`)) stale.remove();
      document.head.append(...next.head.querySelectorAll(`[${N.prerenderedAttr}]`));
      document.title = next.title;
      current.replaceWith(document.adoptNode(incoming));
      root.setAttribute(N.levelAttr, target);
      root.removeAttribute(N.waitingAttr);
      for (const id of opened) document.getElementById(id)?.setAttribute('open', '');
      if (focused) document.getElementById(focused)?.focus();
      markRevealing();
      acting?.then((actions) => actions?.showRevealed(false));
      showTheme();
      showNewCount();
      skipHere();
    }))
    .catch(() => { clearTimeout(timer); giveUp(); });
}

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

/** The copy's theme select shows the reader's theme (the copy was rendered for "Auto"). */
function showTheme() {
  const select = copy()?.querySelector(`#${N.themeSelectId}`);
  const theme = root.getAttribute(N.themeAttr);
  if (select && theme) select.value = theme;
}

// A first visit is read before the service worker controls the page, so nothing of it was
// kept: once the worker runs, it is asked to keep this page (the copy on screen) and its
// stylesheet for offline reading.
function keepForOffline() {
  if (!navigator.serviceWorker || navigator.serviceWorker.controller || !fits || page === null || page === N.anyAddress) return;
  Promise.all([navigator.serviceWorker.ready, ready]).then(([registration]) => {
    const files = [addressOf(page), ...[...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.href)];
    if (shownKey() !== '0') files.push(copyAt(addressOf(page).slice(basePath.length), shownKey()));
    registration.active?.postMessage({ [N.keepMessage]: files.map((file) => new URL(file, document.baseURI).href) });
  }, () => {});
}
