// What the reader does before the app is there, loaded by the boot script (public/boot.js) at the
// first press, key or focus on a control, so that a reader who only reads never downloads it.
// It is kept as state the app reads when it takes over, not clicks to replay: a setting or theme
// stored under the app's keys (the copy follows at once), a revealed spoiler listed by its id,
// typed text left in the box. A spoiler revealed here is shown at once from the page's finished
// copy, which holds each statement under its spoiler's id, as the app shows it: as it reads at
// its own episode. Only the statements pressed enter the page, and the app is not needed.

// The names this module shares with the app (src/names.rs), which the build writes in.
const N = __NAMES__;

/**
 * Starts the actions with what the boot script shares; returns `act`, the handler of the events
 * the boot script listens to (the one that loaded this module included), and `showRevealed`.
 */
export default function start(B) {
  const { early, copy } = B;
  const inCopy = (el) => el instanceof Element && !!copy()?.contains(el);
  const revealed = early[N.earlyRevealed];

  function onChange(event) {
    const el = event.target;
    if (!inCopy(el)) return;
    if (el.id === N.watchedSelectId && B.level(el.value) !== null) B.choose(B.watched(B.level(el.value)));
    else if (el.id === N.twistToggleId) B.choose(B.withTwists(B.choice() ?? B.watched(0), el.checked));
    else if (el.id === N.strictToggleId) {
      B.put(N.strictKey, el.checked ? N.strictOn : 'off');
      dispatchEvent(new Event(N.settingEvent));
    } else if (el.id === N.themeSelectId) {
      B.put(N.themeKey, el.value);
      dispatchEvent(new Event(N.settingEvent));
    }
  }

  function onClick(event) {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!inCopy(button)) return;
    if (button.hasAttribute(N.watchedAttr)) {
      // The first-visit question: the copy that follows has no question, so the note says
      // what was chosen where the question was.
      const chosen = B.level(button.getAttribute(N.watchedAttr));
      if (chosen === null) return;
      B.choose(B.watched(chosen));
      B.say(N.chosen[chosen], 'OK', B.unsay);
    } else if (button.hasAttribute(N.markWatchedAttr)) {
      // "I've watched this" only moves the setting forward, with an undo.
      const to = B.level(button.getAttribute(N.markWatchedAttr));
      const previous = B.choice();
      if (to === null || B.readerLevel() >= to) return;
      B.choose(B.watched(to));
      B.say(N.marked[to], 'Undo', () => {
        B.unsay();
        B.choose(previous ?? B.watched(0));
      });
    } else if (button.hasAttribute(N.spoilerAttr)) {
      // One line may stand for several held-back entries: it lists each of their ids.
      for (const id of button.getAttribute(N.spoilerAttr).split(' ')) {
        if (id && !revealed.includes(id)) revealed.push(id);
      }
      B.markRevealing();
      showRevealed(true);
    }
  }

  /**
   * Shows the statements revealed here whose placeholders the copy on screen still has, taken
   * from the page's finished copy. What it cannot show that way (a whole held-back page, strict
   * mode's line for everything later, a copy that cannot be fetched) the app shows. The first
   * is focused when the reader has just pressed, so that a keyboard stays in place.
   */
  function showRevealed(pressed) {
    const waiting = [...copy()?.querySelectorAll(`button[${N.spoilerAttr}]`) ?? []]
      .filter((button) => button.getAttribute(N.spoilerAttr).split(' ').some((id) => revealed.includes(id)));
    if (!waiting.length) return;
    B.statements().then((finished) => {
      let focus = null;
      for (const button of waiting.filter((b) => b.isConnected)) {
        const ids = button.getAttribute(N.spoilerAttr).split(' ').filter(Boolean);
        const shown = ids.map((id) => statement(finished, id));
        if (shown.includes(null)) throw new Error('not a statement of the finished copy');
        const line = button.closest('li.later');
        if (line && ids.length > 1) {
          // A line standing for several entries gives way to each of them, as in the app.
          line.replaceWith(...shown.map(([holder, item]) => {
            const entry = Object.assign(document.createElement('li'), { className: item });
            entry.append(holder);
            return entry;
          }));
        } else button.replaceWith(shown[0][0]);
        focus ??= shown[0][0];
      }
      if (pressed) focus?.focus();
    }).catch(() => B.start(true));
  }

  /**
   * The statement with spoiler `id` in the finished copy, as the app shows a revealed one, and
   * the class of its list entry (the "new" marks); null if it holds a statement from a later
   * episode than its own, which the app would keep back.
   */
  function statement(finished, id) {
    const found = finished.querySelector(`[${N.statementAttr}~="${CSS.escape(id)}"]`);
    const episode = (el) => Number(el.getAttribute(N.statementAttr).split(' ')[1]);
    if (!found || [...found.querySelectorAll(`[${N.statementAttr}]`)].some((inner) => episode(inner) > episode(found))) return null;
    const holder = Object.assign(document.createElement('div'), { className: 'revealed', tabIndex: -1 });
    holder.setAttribute(N.spoilerAttr, id);
    holder.append(document.adoptNode(found.cloneNode(true)));
    return [holder, found.closest('li')?.className ?? ''];
  }

  // The header's panels (the sections, the setting) are disclosures that open over the page: a
  // press outside one, Escape, or a link followed inside one closes it, as a menu does. The
  // app's header is the same markup, so this serves the copy and the app alike.
  function closeDropdowns(event) {
    const target = event.target instanceof Element ? event.target : null;
    for (const open of document.querySelectorAll(`details[${N.dropdownAttr}][open]`)) {
      const inside = target && open.contains(target);
      if (event.type === 'keydown' ? event.key === 'Escape' : !inside || target.closest('a[href]')) {
        open.open = false;
        if (event.type === 'keydown' && inside) open.querySelector('summary')?.focus();
      }
    }
  }

  function onKey(event) {
    const box = event.target;
    if (inCopy(box) && box.id === N.searchInputId && event.key === 'Enter' && box.value.trim()) {
      // Enter before the app can list results opens the results page, as it does in the app
      // when no result is chosen.
      event.preventDefault();
      location.assign(N.searchPage + encodeURIComponent(box.value.trim()));
    } else if (event.key === '/' && !(box instanceof Element && box.closest('input, select, textarea, [contenteditable]'))) {
      // The search box's "/" shortcut, until the app brings its own.
      const input = copy()?.querySelector(`#${N.searchInputId}`);
      if (!input) return;
      event.preventDefault();
      input.focus();
    }
  }

  const handlers = {
    change: [onChange],
    click: [onClick, closeDropdowns],
    keydown: [closeDropdowns, onKey],
    // Search needs the app: typing, or only focusing the box, starts it; the text stays in the
    // box and the app takes it over.
    focusin: [(event) => inCopy(event.target) && event.target.id === N.searchInputId && B.start(true)],
  };
  handlers.input = handlers.focusin;
  return {
    act: (event) => {
      for (const handle of handlers[event.type] ?? []) handle(event);
    },
    showRevealed,
  };
}
