// The boot script's part (see public/boot.js): what is new on this visit, counted from the
// counts the copy carries.

/** The header's count of what is new on this visit. */
function showNewCount() {
  const link = copy()?.querySelector(`#${N.newCountId}`);
  const since = newSince();
  if (!link) return;
  const counts = (link.getAttribute(N.newCountsAttr) || '').split(' ').filter(Boolean).map(Number);
  const count = counts.slice(since ?? counts.length).reduce((sum, n) => sum + n, 0);
  link.hidden = since === null || readerLevel() <= since;
  if (link.hidden) return;
  link.textContent = N.newCountText.replace('{count}', count).replace('{since}', N.newSince[since]);
  link.hash = `${N.catchUpAnchor}${since + 1}`;
}
