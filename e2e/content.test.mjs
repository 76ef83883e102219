// Every content page, for a reader who has finished the season: its heading, its infobox, its
// details and its sources.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heading, useBrowser } from './harness.mjs';
import { characters, creatures, episodeHeading, episodes, glossary, show } from './data.mjs';

const { open } = useBrowser();
const FINISHED = 10;

async function infoboxRows(page) {
  const box = page.locator('aside.infobox');
  await box.waitFor();
  return box.locator('dt').allTextContents();
}

async function assertSources(page) {
  const items = page.locator('section.sources li');
  assert.ok(await items.count() >= 1, 'the page lists its sources');
}

describe('character pages', () => {
  for (const character of characters) {
    it(`${character.slug}: heading, infobox and sources`, async () => {
      const page = await open(`/characters/${character.slug}`, { watched: FINISHED });
      assert.equal(await heading(page), character.name);
      assert.deepEqual(await infoboxRows(page), ['Played by', 'Creature', 'Abilities', 'First appearance', 'Status']);
      const playedBy = await page.locator('.info-row', { hasText: 'Played by' }).locator('dd').textContent();
      if (character.actor) assert.equal(playedBy.trim(), character.actor);
      else assert.match(playedBy, /Not yet confirmed/);
      await assertSources(page);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('the trio each show their powers in detail, with what they cost', async () => {
    const page = await open(null, { watched: FINISHED });
    for (const creature of creatures) {
      const bearer = characters.find((c) => c.slug === creature.bearer);
      await page.goto(`${page.wiki.origin}/characters/${bearer.slug}`);
      assert.equal(await heading(page), bearer.name);
      const powers = page.locator('.power-list > li');
      assert.equal(await powers.count(), creature.powers.length);
      for (const [index, power] of creature.powers.entries()) {
        const block = powers.nth(index);
        assert.equal(await block.locator('h3').textContent(), power.name);
        assert.ok((await block.textContent()).includes(power.detail), `${power.name} detail`);
        assert.ok((await block.textContent()).includes(power.cost), `${power.name} cost`);
      }
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('relationships link to the other character', async () => {
    const page = await open('/characters/juan-ruiz', { watched: FINISHED });
    await heading(page);
    await page.locator('section', { hasText: 'Relationships' }).locator('a', { hasText: 'Darcy' }).first().click();
    assert.equal(await heading(page), 'Darcy');
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('the index groups everyone', async () => {
    const page = await open('/characters', { watched: FINISHED });
    await heading(page);
    const groups = await page.locator('.character-group h2').allTextContents();
    assert.deepEqual(groups.slice(0, 2), ['The trio', 'Scientists']);
    for (const character of characters) {
      assert.equal(await page.locator('.character-card h3', { hasText: character.name }).count(), 1, character.name);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('creature pages', () => {
  for (const creature of creatures) {
    it(`${creature.slug}: folklore, adaptation, every power`, async () => {
      const page = await open(`/abilities/${creature.slug}`, { watched: FINISHED });
      assert.equal(await heading(page), creature.name);
      assert.deepEqual(await infoboxRows(page), ['Carried by', 'Powers']);
      const text = await page.locator('main').textContent();
      assert.ok(text.includes(creature.folklore));
      for (const power of creature.powers) assert.ok(text.includes(power.detail), power.name);
      await assertSources(page);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }
});

describe('episode pages', () => {
  for (const episode of episodes) {
    it(`episode ${episode.number}: heading, infobox, synopsis or an honest gap`, async () => {
      const page = await open(`/episodes/${episode.number}`, { watched: FINISHED });
      assert.equal(await heading(page), episodeHeading(episode));
      assert.deepEqual(await infoboxRows(page), ['Title', 'Released', 'Runtime', 'Directed by', 'Written by']);
      const box = await page.locator('aside.infobox').textContent();
      assert.match(box, /8 September 2022/);
      for (const [label, names] of [['Directed by', episode.directors], ['Written by', episode.writers]]) {
        const cell = await page.locator('.info-row', { hasText: label }).locator('dd').textContent();
        if (names.length) for (const name of names) assert.ok(cell.includes(name), `${label} ${name}`);
        else assert.match(cell, /Not yet confirmed/);
      }
      if (!episode.title) assert.match(box, /Title\s*Not yet confirmed/);
      const synopsis = page.locator('section', { hasText: 'Synopsis' });
      if (episode.synopsis.length) {
        assert.equal(await synopsis.locator('.revealed-list li').count(), episode.synopsis.length);
      } else {
        assert.match(await synopsis.textContent(), /No summary of this episode is confirmed/);
      }
      await assertSources(page);
      page.wiki.assertClean();
      await page.wiki.close();
    });
  }

  it('the guide lists all ten with titles where confirmed', async () => {
    const page = await open('/episodes', { watched: FINISHED });
    await heading(page);
    const rows = page.locator('.episode-row');
    assert.equal(await rows.count(), 10);
    for (const [index, episode] of episodes.entries()) {
      const row = await rows.nth(index).textContent();
      if (episode.title) assert.ok(row.includes(episode.title), `row ${index + 1}`);
      else assert.match(row, /Title not yet confirmed/);
    }
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('"not yet confirmed" invites a correction', async () => {
    const page = await open('/episodes/2', { watched: FINISHED });
    await heading(page);
    await page.locator('aside.infobox a.suggest').first().click();
    assert.equal(await heading(page), 'About this wiki');
    assert.equal(await page.locator('#contribute').isVisible(), true);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('glossary', () => {
  it('explains every term, with links between terms', async () => {
    const page = await open('/glossary', { watched: FINISHED });
    await heading(page);
    for (const term of glossary) {
      const entry = page.locator(`#${term.slug}`);
      assert.equal((await entry.locator('dt').textContent()).trim(), term.term);
      assert.ok((await entry.textContent()).includes(term.definition), term.slug);
    }
    await assertSources(page);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});

describe('home and about', () => {
  it('home shows the trio with their creatures and answers the first question, leaving the facts to the show page', async () => {
    const page = await open('/', { watched: FINISHED });
    await heading(page);
    assert.equal(await page.locator('.trio-card svg.emblem').count(), 3);
    for (const name of ['Tilda Weber', 'Juan Ruiz', 'Abbi Singh']) {
      assert.equal(await page.locator('.trio-card h3', { hasText: name }).count(), 1);
    }
    const [lead, ...rest] = show.groups[0].facts;
    const answer = page.locator('.answer');
    assert.ok((await answer.textContent()).includes(lead.value));
    assert.equal(await answer.locator('a').getAttribute('href'), `/show#${lead.id}`);
    const text = await page.locator('main').textContent();
    for (const fact of [...rest, ...show.groups.slice(1).flatMap((group) => group.facts)]) {
      assert.ok(!text.includes(fact.value), `home states ${fact.id}`);
    }
    assert.equal(await page.locator('main table').count(), 0);
    page.wiki.assertClean();
    await page.wiki.close();
  });

  it('the show page states every fact at its anchor, with its sources and note', async () => {
    const page = await open('/show', { watched: FINISHED });
    assert.equal(await heading(page), 'About the show');
    for (const fact of show.groups.flatMap((group) => group.facts)) {
      const entry = page.locator(`#${fact.id}`);
      assert.equal((await entry.locator('dt').textContent()).trim(), fact.label);
      const text = await entry.textContent();
      assert.ok(text.includes(fact.value), fact.id);
      if (fact.note) assert.ok((await entry.locator('.fact-sources').textContent()).includes(fact.note), fact.id);
      assert.ok(await entry.locator('.fact-sources a').count() >= 1, `${fact.id} names its sources`);
    }
    const cast = await page.locator('.cast li').allTextContents();
    const expected = characters.filter((c) => c.actor).map((c) => `${c.actor} as ${c.name}`);
    assert.deepEqual(cast, expected);
    page.wiki.assertClean();
    await page.wiki.close();
  });
});
