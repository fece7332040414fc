import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));
const actorsOf = (events: ReturnType<typeof extract>['events'], type: string) => events.find((e) => e.type === type)?.participants.map((p) => p.actor).sort();

describe('shareProcessParties', () => {
  it('gives a deal the parties of the talks it shares parties with', () => {
    const { events } = extract(
      'Chad and Sudan signed a border agreement on Friday. On Monday, Chad, Sudan and Niger held talks in Doha.',
    );
    expect(actorsOf(events, 'agreement')).toEqual(['chad', 'niger', 'sudan']);
  });

  it('leaves a truce with its own sides', () => {
    const { events } = extract('Chad and Sudan agreed to a ceasefire on Friday. Chad, Sudan and Niger held talks in Doha on Monday.');
    expect(actorsOf(events, 'ceasefire')).toEqual(['chad', 'sudan']);
  });
});
