import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));

describe('conjunctsOf', () => {
  it('gives the actors listed after "the X countries" the role of X', () => {
    const truce = extract('Last Monday Chad accepted a truce proposed by the Troika countries, Britain, Norway and the United States.').events.find((e) => e.type === 'ceasefire');
    expect(truce?.participants.map((p) => p.actor).sort()).toEqual(['chad', 'norway', 'troika', 'united_kingdom', 'united_states']);
  });

  it('gives a name in apposition to a listed noun the role of the list', () => {
    const deal = extract("Kenya and Sudan's northern neighbour, Egypt, signed a water deal on Monday.").events.find((e) => e.type === 'agreement');
    expect(deal?.participants.map((p) => p.actor)).toContain('egypt');
  });
});
