// The rules of the reader's state that must exist in JavaScript too, for the boot script (before
// the app) and the service worker (which has no app): the app's own rules in src/state and
// src/model, written once more here and nowhere else. The build writes this module into both
// scripts (src/prerender/scripts.rs); tests/cases/reader.json pins both sides with the same
// cases (`cargo test` against the Rust rules, `node --test tests/js/` against these).
//
// `N` holds the names the app defines (src/names.rs): the stored choice's pieces, the episode
// count and the strict suffix.
export function readerRules(N) {
  const [START, MIDDLE, END] = N.storedChoice;

  /** A level as the app writes it: plain digits, no sign or leading zero, within the season. */
  const level = (digits) => (/^(?:[0-9]|[1-9][0-9])$/.test(digits) && +digits <= N.episodes ? +digits : null);

  /** The stored spoiler choice (SpoilerChoice::parse): exactly the app's form, else null. */
  function parseChoice(stored) {
    if (typeof stored !== 'string' || !stored.startsWith(START) || !stored.endsWith(END)) return null;
    if (stored.length < START.length + END.length) return null;
    const inner = stored.slice(START.length, stored.length - END.length);
    const at = inner.indexOf(MIDDLE);
    if (at < 0) return null;
    const watched = level(inner.slice(0, at));
    const before = level(inner.slice(at + MIDDLE.length));
    return watched === null || before === null ? null : { watched, before };
  }

  /** The form parseChoice reads back (SpoilerChoice::to_stored). */
  const storedChoice = (choice) => `${START}${choice.watched}${MIDDLE}${choice.before}${END}`;

  /** A reader up to `n`, with the twist switch off (SpoilerChoice::watched). */
  const watched = (n) => ({ watched: n, before: n });

  /**
   * The plot-twist switch (SpoilerChoice::with_twists): on is "finished", off returns to the
   * episode chosen before, never to "finished" itself.
   */
  function withTwists(choice, on) {
    const finished = choice.watched === N.episodes;
    if (on && !finished) return { watched: N.episodes, before: choice.watched };
    if (!on && finished) return watched(Math.min(choice.before, N.episodes - 1));
    return choice;
  }

  /** The name of a setting's copies (Setting::key): "5", or "5s" in strict mode before the end. */
  const settingKey = (episode, strict) => `${episode}${strict && episode < N.episodes ? N.strictSuffix : ''}`;

  /** A key as settingKey writes it, as { episode, strict }; anything else is null. */
  function parseSettingKey(key) {
    const parts = /^(0|[1-9][0-9]?)(.*)$/.exec(typeof key === 'string' ? key : '');
    if (!parts || +parts[1] > N.episodes) return null;
    const strict = parts[2] === N.strictSuffix;
    return (parts[2] === '' || strict) && settingKey(+parts[1], strict) === key ? { episode: +parts[1], strict } : null;
  }

  /**
   * How much a copy at `key` shows, to tell a copy above the reader's own: a later episode
   * shows more, and strict mode less than the same episode without it. A key that cannot be
   * read ranks above every other, so it is never taken for the reader's own or below.
   */
  function rank(key) {
    const setting = parseSettingKey(key);
    return setting ? 2 * setting.episode + (setting.strict ? 0 : 1) : Infinity;
  }

  /** What is new on this visit starts here after a move (state::new_since::after_move). */
  function afterMove(kept, from, to) {
    if (kept !== null) return to <= kept ? null : kept;
    return from !== null && to > from ? from : null;
  }

  /** A kept "new since" level (state::new_since::parse): a plain level short of the end. */
  const parseNewSince = (stored) => {
    const n = level(typeof stored === 'string' ? stored : '');
    return n !== null && n < N.episodes ? n : null;
  };

  /** A stored theme (Theme::parse): "light" or "dark"; anything else is the system's, null. */
  const parseTheme = (stored) => (stored === 'light' || stored === 'dark' ? stored : null);

  return { parseTheme, level, parseChoice, storedChoice, watched, withTwists, settingKey, parseSettingKey, rank, afterMove, parseNewSince };
}
