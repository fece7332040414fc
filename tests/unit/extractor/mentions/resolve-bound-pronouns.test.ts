import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';
import { annotateRecorded, extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11; sentences written for these tests.
const extract = (text: string) => extractRecorded(buildArticle(text));

describe('resolveBoundPronouns', () => {
  it('gives a "he" inside what a person confirmed to that person, through a verb coordinated with its own', () => {
    const { events } = extract('Rebel leader Musa Hilal confirmed on Friday he had sent envoys to Nairobi but denied talks with President Ali Omar.');
    const denial = events.find((e) => e.subtype === 'rejection');
    expect(denial?.participants).toContainEqual({ actor: 'musa_hilal', role: 'source' });
  });

  it('binds "he" to the subject of the reporting verb, never to the one spoken to', () => {
    const text = 'President Ali Omar told rebel leader Musa Hilal on Friday that he rejected the talks.';
    const pronouns = findMentions(text, segmentText(text), annotateRecorded(text)).mentions.filter((m) => m.text === 'he');
    expect(pronouns.map((m) => m.entity.id)).toEqual(['ali_omar']);
  });
});
