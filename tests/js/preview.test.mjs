// The link previews' rules that need no browser (public/preview.js), run by `node --test`.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { firstSentence } from '../../public/preview.js';

it('a card reads the first sentence, past the full stop of a title or an initial', () => {
  const cases = [
    ['Dr. Sydney Burke runs the clinic. She says it closed.', 'Dr. Sydney Burke runs the clinic.'],
    ['Mrs. Weber worries. Tilda does not.', 'Mrs. Weber worries.'],
    ['J. R. Smith wrote it. Then it aired.', 'J. R. Smith wrote it.'],
    ['A banshee screams! Glass breaks.', 'A banshee screams!'],
    ['Is there a season 2? No.', 'Is there a season 2?'],
    ['Version 1.5 of the plan works. Later.', 'Version 1.5 of the plan works.'],
    ['  No full stop at all  ', 'No full stop at all'],
    ['Dr.', 'Dr.'],
  ];
  for (const [text, sentence] of cases) assert.equal(firstSentence(text), sentence, text);
});
