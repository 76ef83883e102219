// The shipped data, read from disk, so tests derive what each page must show.
import { readFileSync } from 'node:fs';

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

/** Every section page and every entity page, as paths. */
export const ROUTES = [
  '/', '/characters', '/episodes', '/abilities', '/glossary', '/about',
  ...characters.map((c) => `/characters/${c.slug}`),
  ...episodes.map((e) => `/episodes/${e.number}`),
  ...creatures.map((c) => `/abilities/${c.slug}`),
];
