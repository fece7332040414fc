import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));

describe('findImplicitParties', () => {
  it('reads "both sides" as the parties of the last event between parties told before', () => {
    const { events } = extract('Chad and Sudan held talks in Doha on Monday. On Wednesday both sides agreed to a ceasefire.');
    expect(events.find((e) => e.type === 'ceasefire')?.participants.map((p) => p.actor)).toEqual(['chad', 'sudan']);
  });

  it('gives "the two countries" only the states of that event', () => {
    const { events } = extract('Kenyan President Ali Omar met Chad on Monday. The two countries signed a trade agreement on Friday.');
    expect(events.find((e) => e.type === 'agreement')?.participants.map((p) => p.actor).sort()).toEqual(['chad', 'kenya']);
  });

  it('leaves "the parties" out where no event between parties precedes it', () => {
    const { events } = extract('The parties signed a trade agreement on Friday.');
    expect(events).toEqual([]);
  });
});
