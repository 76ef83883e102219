// The JavaScript side of the reader's rules (public/reader.js) against the cases that pin the
// Rust side too (tests/cases/reader.json, run by tests/reader_rules.rs).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readerRules } from '../../public/reader.js';

const cases = JSON.parse(readFileSync(new URL('../cases/reader.json', import.meta.url), 'utf8'));
const rules = readerRules(cases.names);
const choice = (pair) => (pair === null ? null : { watched: pair[0], before: pair[1] });

/** Runs `check` on each case of `table`, which must have some. */
function each(table, check) {
  assert.ok(cases[table]?.length > 0, `${table} has no cases`);
  for (const row of cases[table]) check(...row);
}

it('reads the stored choice as the app does, garbage as none, and writes what it reads', () => {
  each('parseChoice', (stored, expected) => {
    assert.deepEqual(rules.parseChoice(stored), choice(expected), stored);
    if (expected) assert.equal(rules.storedChoice(choice(expected)), stored);
  });
});

it('switches plot twists on and off as the app does', () => {
  each('withTwists', (from, on, to) => assert.deepEqual(rules.withTwists(choice(from), on), choice(to), `${from} ${on}`));
});

it('names a setting\'s copies as the app does, and reads back only those names', () => {
  each('settingKey', (episode, strict, key) => assert.equal(rules.settingKey(episode, strict), key));
  each('parseSettingKey', (key, expected) => {
    assert.deepEqual(rules.parseSettingKey(key), expected && { episode: expected[0], strict: expected[1] }, key);
  });
});

it('ranks copies by how much they show: a later episode more, strict mode less', () => {
  const keys = cases.settingKey.map(([, , key]) => key);
  for (const a of keys) {
    for (const b of keys) {
      const [x, y] = [rules.parseSettingKey(a), rules.parseSettingKey(b)];
      const shows = (s) => [s.episode, !s.strict];
      const more = shows(x)[0] > shows(y)[0] || (shows(x)[0] === shows(y)[0] && shows(x)[1] && !shows(y)[1]);
      assert.equal(rules.rank(a) > rules.rank(b), more, `${a} above ${b}`);
    }
  }
  assert.equal(rules.rank('garbage'), Infinity);
});

it('reads the stored theme as the app does, garbage as the system\'s', () => {
  each('parseTheme', (stored, expected) => assert.equal(rules.parseTheme(stored), expected, stored));
});

it('keeps where what is new starts as the app does', () => {
  each('afterMove', (kept, from, to, expected) => assert.equal(rules.afterMove(kept, from, to), expected, `${kept} ${from} ${to}`));
  each('parseNewSince', (stored, expected) => assert.equal(rules.parseNewSince(stored), expected, stored));
});
