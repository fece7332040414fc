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

  it('reads "the four countries" as the four actors of one role in the last event that names four', () => {
    const { events } = extract('Ethiopia, Kenya, Uganda and Rwanda condemned Sudan on Monday. On Thursday the four countries called on Chad to close its border.');
    const appeal = events.find((e) => e.participants.some((p) => p.actor === 'chad'));
    expect(appeal?.participants.filter((p) => p.role === 'source').map((p) => p.actor).sort()).toEqual(['ethiopia', 'kenya', 'rwanda', 'uganda']);
  });

  it('leaves "the three countries" out where no event names three', () => {
    const { events } = extract('Ethiopia, Kenya, Uganda and Rwanda condemned Sudan on Monday. On Thursday the three countries called on Chad to close its border.');
    const appeal = events.find((e) => e.participants.some((p) => p.actor === 'chad'));
    expect(appeal?.participants.filter((p) => p.role === 'source') ?? []).toEqual([]);
  });

  it('skips an event whose only parties are a person and the state they serve: they make one side, not both', () => {
    const { events } = extract('Chad and Sudan held talks in Doha on Monday. On Tuesday Chadian President Ali Omar declared a ceasefire in the north. On Wednesday both sides signed a trade agreement.');
    expect(events.find((e) => e.type === 'agreement')?.participants.map((p) => p.actor).sort()).toEqual(['chad', 'sudan']);
  });
});
