// Link previews, loaded by the boot script (public/boot.js) at the first hover, focus or touch
// of a link in a page's content, in the prerendered copy and in the app alike. Hovering,
// focusing or long-pressing such a link shows a card with the linked page's heading, the first
// sentence of its description and its creature emblem, read from that page's own copy at the
// reader's spoiler level: the card never says more than the page would to this reader (a
// character met later says only that it is beyond the setting), and those files are the ones
// the spoiler sweep checks. Escape, leaving or blurring the link closes it. The link keeps its
// name and is described by the card, which is announced and never takes the focus.

/** The card's look, set through the CSSOM, which the Content-Security-Policy allows. */
const CARD_STYLE = {
  position: 'absolute', zIndex: '20', maxWidth: 'min(20rem, calc(100vw - 1rem))', padding: '0.6rem 0.8rem',
  background: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)',
  borderRadius: 'var(--radius)', boxShadow: 'var(--shadow)', fontSize: '0.9rem', lineHeight: '1.4',
};
const EMBLEM_STYLE = { float: 'right', width: '2rem', height: '2rem', marginLeft: '0.5rem', color: 'var(--accent)' };
const CARD_ID = 'link-preview';
/** How long a pointer rests on a link, and a finger presses one, before its card shows. */
const HOVER_MS = 300;
const PRESS_MS = 500;

/**
 * The first sentence of `text`: up to a full stop, "!" or "?" before a space or the end, but not
 * the stop of a title or an initial ("Dr. Sydney Burke", "J. Smith").
 */
export function firstSentence(text) {
  return text.trim().match(/^.*?(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|vs|[A-Z]))[.!?](?=\s|$)|^.*/s)[0];
}

/**
 * Starts previews; returns the handler the boot script hands the event that loaded them to.
 * `copyAt(path, key)` is where the boot script finds a page's copy at the reader's setting (`readerKey()`, "5" or "5s" in strict mode).
 */
export default function start({ N, copyAt, readerKey, basePath }) {
  let card = null;
  let shownFor = null;
  let pressed = null;
  let timer = 0;
  const copies = new Map();
  const linkIn = (el) => (el instanceof Element ? el.closest('main a[href]') : null);

  function hide() {
    clearTimeout(timer);
    shownFor?.removeAttribute('aria-describedby');
    shownFor = null;
    if (card) card.hidden = true;
  }

  /** The linked page's heading, description and emblem as this reader's copy of it has them. */
  async function read(url) {
    const path = url.pathname.slice(basePath.length).replace(/index\.html$/, '').replace(/\/$/, '');
    const file = copyAt(path && `${path}/`, readerKey());
    if (!copies.has(file)) copies.set(file, fetch(file).then((r) => (r.ok ? r.text() : '')).catch(() => ''));
    const doc = new DOMParser().parseFromString(await copies.get(file), 'text/html');
    // A glossary term is an entry of the glossary page: its own term and definition.
    const entry = url.hash ? doc.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
    const name = entry ? entry.querySelector('dt') : doc.querySelector(`#${N.copyId} h1`);
    const about = entry ? entry.querySelector('dd p')?.textContent : doc.querySelector('meta[name="description"]')?.content;
    if (!name || !about) return null;
    return {
      name: name.textContent.trim(),
      sentence: firstSentence(about),
      emblem: entry ? null : doc.querySelector(`#${N.copyId} .page-heading .emblem`),
    };
  }

  function show(link, wait) {
    const url = new URL(link.getAttribute('href'), document.baseURI);
    if (url.origin !== location.origin || !url.pathname.startsWith(basePath) || shownFor === link) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const found = await read(url);
      // The reader may have moved on meanwhile.
      if (!found || !document.contains(link) || (!link.matches(':hover, :focus') && link !== pressed)) return;
      if (!card) {
        card = document.createElement('div');
        card.id = CARD_ID;
        card.setAttribute('role', 'tooltip');
        card.setAttribute('aria-live', 'polite');
        Object.assign(card.style, CARD_STYLE);
        // Before the copy: what follows it is the app's, hidden until it takes over.
        document.body.prepend(card);
      }
      const heading = document.createElement('strong');
      heading.textContent = found.name;
      const text = document.createElement('p');
      text.textContent = found.sentence;
      text.style.margin = '0.2rem 0 0';
      const emblem = found.emblem && document.adoptNode(found.emblem);
      if (emblem) Object.assign(emblem.style, EMBLEM_STYLE);
      card.replaceChildren(...[emblem, heading, text].filter(Boolean));
      card.hidden = false;
      const box = link.getBoundingClientRect();
      card.style.left = `${Math.max(8, Math.min(box.left, innerWidth - card.offsetWidth - 8)) + scrollX}px`;
      const below = box.bottom + card.offsetHeight + 8 < innerHeight;
      card.style.top = `${(below ? box.bottom + 6 : box.top - card.offsetHeight - 6) + scrollY}px`;
      shownFor?.removeAttribute('aria-describedby');
      shownFor = link;
      link.setAttribute('aria-describedby', CARD_ID);
    }, wait);
  }

  const handlers = {
    mouseover(event) {
      const link = linkIn(event.target);
      if (link) show(link, HOVER_MS);
    },
    mouseout(event) {
      if (linkIn(event.target) && !linkIn(event.relatedTarget)) hide();
    },
    focusin(event) {
      const link = linkIn(event.target);
      if (link) show(link, 0);
      else hide();
    },
    focusout(event) {
      if (linkIn(event.target)) hide();
    },
    keydown(event) {
      if (event.key === 'Escape') hide();
    },
    // A long press on a phone previews; the lift that ends it does not follow the link.
    touchstart(event) {
      hide();
      pressed = linkIn(event.target);
      if (pressed) show(pressed, PRESS_MS);
    },
    touchend(event) {
      if (pressed && shownFor === pressed && event.cancelable) event.preventDefault();
      else clearTimeout(timer);
      pressed = null;
    },
    touchmove() {
      clearTimeout(timer);
      pressed = null;
    },
    contextmenu(event) {
      if (shownFor && linkIn(event.target) === shownFor) event.preventDefault();
    },
  };
  for (const [type, handler] of Object.entries(handlers)) {
    const passive = type === 'touchstart' || type === 'touchmove';
    document.addEventListener(type, handler, { capture: true, passive });
  }
  return (event) => handlers[event.type]?.(event);
}
