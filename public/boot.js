// The first script of every page, inline in its head (src/prerender/scripts.rs joins it from its
// parts in public/boot/, in place of the parts mark below, with the names the app defines in
// src/names.rs; the build minifies it, and the page's Content-Security-Policy allows it by its
// hash). It runs before the first paint, so that:
// - the reader's theme and spoiler setting apply from the first paint: a copy of the page at
//   another level than the reader's is swapped for the reader's own (the service worker
//   answers with that one directly when it can, see public/sw.js);
// - what the reader does before the app is there is state the app reads when it takes over,
//   not clicks to replay: a setting or theme is stored under the app's keys (and the copy
//   follows at once), a revealed spoiler is shown from the page's finished copy and listed by
//   its id, typed text stays in the box (public/actions.js, loaded at the first press, key or
//   focus on a control);
// - the app (wasm) is loaded only when the page needs it: never for a reader who only reads;
//   at the first use of search or of what only it can reveal; at once for an address with a query, an address
//   the copy was not rendered for (a host that answers unknown addresses with index.html), or
//   no copy at all (the offline shell);
// - a failure (the app or its data cannot load, the app stops) leaves the page readable, with
//   a note that says so and a way to try again.
(function (N) {
  // The parts, by job: settings.js (the reader's settings and their rules), copy.js (the copy on
  // screen and the reader's own in its place), notes.js (what the page says, and framing),
  // app.js (loading the app, and its failures), new.js (what is new), actions.js (loading what
  // the reader does before the app). They only declare; what runs, and in what order, is below.
  __PARTS__

  applySettings();
  if (aboveReader()) return refuseCopy();
  if (tab.get(N.refusedKey) !== null) tab.set(N.refusedKey, null);
  if (refuseFrame()) return;
  ready.then(() => {
    showNewCount();
    skipHere();
    showTheme();
  });
  listenForActions();
  listenToApp();
  keepForOffline();
  keepLevelForWorker();
  if (page === null || location.search) start(false);
  else if (!fits) {
    root.setAttribute(N.waitingAttr, '');
    start(false);
    say('Loading this page…');
  } else follow();
})(__NAMES__);
