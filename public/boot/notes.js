// The boot script's part (see public/boot.js): a note at the foot of the screen while the app
// loads for the reader, or when something failed; before the copy, since whatever follows it
// is the app's, hidden until it takes over.
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

/**
 * Inside another site's frame a page could be dressed up to take a reader's clicks, and not
 * every host sends the header that forbids it (GitHub Pages does not): the page shows only a
 * way to open it on its own. Whether it is framed.
 */
function refuseFrame() {
  if (window.top === window.self) return false;
  root.setAttribute(N.framedAttr, '');
  say('The Imperfects Wiki is not shown inside other sites.', 'Open it in its own tab',
    () => window.open(addressOf(fits && page !== N.anyAddress ? page : '/'), '_blank', 'noopener'));
  return true;
}
