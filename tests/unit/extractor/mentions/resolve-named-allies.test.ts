import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';

// Sentences written for these tests.
const alliesIn = (text: string) =>
  findMentions(text, segmentText(text), annotateRecorded(text))
    .mentions.filter((m) => m.text === 'allies')
    .map((m) => [m.start, m.entity.id]);

describe('resolveNamedAllies', () => {
  it('reads "Kenya and its allies" as the states the article lists with Kenya', () => {
    const text = 'Kenya, Uganda and Tanzania agreed on Monday to close their borders with Burundi. Burundi rejected the demands of Kenya and its allies on Tuesday.';
    const at = text.indexOf('allies');
    expect(alliesIn(text)).toEqual([
      [at, 'uganda'],
      [at, 'tanzania'],
    ]);
  });

  it('does not take the other side of a pair for an ally', () => {
    const text = 'Kenya and Somalia signed a truce on Monday. Burundi criticised Kenya and its allies on Tuesday.';
    expect(alliesIn(text)).toEqual([]);
  });
});
