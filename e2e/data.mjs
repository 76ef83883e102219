// The shipped data, read from disk, so tests derive what each page must show.
import { readFileSync } from 'node:fs';
import { builtHeading, RULES } from './site.mjs';

const read = (name) => JSON.parse(readFileSync(new URL(`../public/data/${name}.json`, import.meta.url), 'utf8'));

export const show = read('show');
export const sources = read('sources').entries;
export const characters = read('characters').entries;
export const creatures = read('creatures').entries;
export const episodes = read('episodes').entries;
export const glossary = read('glossary').entries;

/** Whether a reveal point ("premise" or an episode number) is shown to a reader at `watched`. */
export function visibleAt(reveal, watched) {
  return reveal === 'premise' || reveal <= watched;
}

/**
 * Every string the data marks as revealed after `watched`: these must not be in the page. In
 * strict mode the titles of episodes not yet watched join them.
 */
export function hiddenStrings(watched, { strict = false } = {}) {
  const hidden = new Set();
  const later = (items) => items.filter((item) => !visibleAt(item.revealed_in, watched)).map((item) => item.text);
  for (const c of characters) {
    if (!visibleAt(c.introduced, watched)) {
      [c.name, c.summary, ...c.aliases, ...c.trivia].forEach((s) => hidden.add(s));
    }
    [...later(c.story), ...later(c.abilities), ...later(c.status)].forEach((s) => hidden.add(s));
    c.relationships.filter((r) => !visibleAt(r.revealed_in, watched)).forEach((r) => hidden.add(r.label));
  }
  for (const creature of creatures) {
    creature.powers.filter((p) => !visibleAt(p.revealed_in, watched))
      .forEach((p) => [p.name, p.detail, p.cost].forEach((s) => hidden.add(s)));
  }
  for (const episode of episodes) {
    if (episode.number > watched) episode.synopsis.forEach((s) => hidden.add(s.text));
    else later(episode.synopsis).forEach((s) => hidden.add(s));
  }
  for (const term of glossary) {
    if (!visibleAt(term.introduced, watched)) {
      [term.term, term.definition, ...term.aliases].forEach((s) => hidden.add(s));
    }
    later(term.details).forEach((s) => hidden.add(s));
  }
  for (const source of sources.filter((s) => !visibleAt(s.revealed_in, watched))) {
    hidden.add(source.about);
    if (source.url) hidden.add(source.url);
  }
  // Episode titles (outside strict mode, of the watched ones only in it) and the show's own
  // title are shown, so a name inside one (Zoe, the Imperfects) is not a secret there.
  const keptBack = (e) => strict && e.number > watched;
  const titles = [show.title, ...episodes.filter((e) => !keptBack(e)).map((e) => e.title).filter(Boolean)];
  const keptTitles = episodes.filter((e) => keptBack(e) && e.title).map((e) => e.title);
  return [...[...hidden].filter((s) => !titles.some((title) => title.toLowerCase().includes(s.toLowerCase()))), ...keptTitles];
}

/** An episode page's heading: its number, and its title once a source confirms one. */
export function episodeHeading(episode) {
  return episode.title ? `Episode ${episode.number}: ${episode.title}` : `Episode ${episode.number}`;
}

/**
 * The heading a route's page shows: an entry's from the data (for an episode a pattern, since
 * most titles are unknown); a section's as the build wrote it, which the app must show too.
 */
export function expectedHeading(path) {
  const episode = episodes.find((e) => path === `/episodes/${e.number}`);
  if (episode) return new RegExp(`^Episode ${episode.number}\\b`);
  const centred = characters.find((c) => path === `/map/${c.slug}`);
  if (centred) return `Who is who to ${centred.name}`;
  return characters.find((c) => path === `/characters/${c.slug}`)?.name
    ?? creatures.find((c) => path === `/abilities/${c.slug}`)?.name
    ?? builtHeading(path);
}

/**
 * How many events the data places in episode `n`: what the catch-up page tells of it. Statements
 * that share an `event` key are one event, told by the first page that tells it (in the order
 * episodes, characters, creatures, glossary); that page's statements of it are each a line.
 */
export function statementsIn(n) {
  const all = [
    ...episodes.flatMap((e) => e.synopsis.map((item) => [`episode ${e.number}`, item])),
    ...characters.flatMap((c) => [...c.story, ...c.abilities, ...c.status].map((item) => [`character ${c.slug}`, item])),
    ...creatures.flatMap((c) => c.powers.map((item) => [`creature ${c.slug}`, item])),
    ...glossary.flatMap((t) => t.details.map((item) => [`term ${t.slug}`, item])),
  ].filter(([, item]) => item.revealed_in === n);
  const teller = (key) => all.find(([, item]) => item.event === key)[0];
  return all.filter(([page, item]) => item.event === undefined || teller(item.event) === page).length;
}

/** The name of a setting's copies ("5", "5s"): the app's rule (public/reader.js). */
export const { settingKey } = RULES;

/**
 * The name of each setting's copies: every level ("0" to "10"), and in strict mode every level
 * before the end of the season ("0s" to "9s").
 */
export const SETTING_KEYS = [false, true].flatMap((strict) => [0, ...episodes.map((e) => e.number)]
  .filter((n) => !strict || n < episodes.length).map((n) => settingKey(n, strict)));
