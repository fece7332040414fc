import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';
import { annotateRecorded, extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Sentences written for these tests.
const referencesIn = (text: string) => findMentions(text, segmentText(text), annotateRecorded(text)).mentions.filter((m) => /^the envoy$/i.test(m.text));

describe('resolveUnnamedRepresentatives', () => {
  it('reads "the envoy" as the state an earlier "a Kenyan envoy" acts for', () => {
    const text = 'A Kenyan envoy accused Somalia of blocking the talks on Monday. The envoy urged the African Union to intervene.';
    expect(referencesIn(text).map((m) => [m.start, m.entity.id])).toEqual([[text.indexOf('The envoy'), 'kenya']]);
  });

  it('gives the unnamed envoy\'s appeal to the state the envoy acts for', () => {
    const { events } = extractRecorded(buildArticle('A Kenyan envoy accused Somalia of blocking the talks on Monday. The envoy urged the African Union to intervene.'));
    const appeal = events.find((e) => e.evidence.some((x) => x.text.startsWith('The envoy urged')));
    expect(appeal?.participants).toContainEqual({ actor: 'kenya', role: 'source' });
  });

  it('leaves "the envoy" alone when no indefinite envoy introduced it', () => {
    const text = 'Kenya accused Somalia of blocking the talks on Monday. The envoy urged the African Union to intervene.';
    expect(referencesIn(text)).toEqual([]);
  });
});
