import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';

// Sentences written for these tests.
const titleMentions = (text: string) =>
  findMentions(text, segmentText(text), annotateRecorded(text))
    .mentions.filter((m) => m.text === 'minister')
    .map((m) => [m.start, m.entity.id]);

describe('resolveStateTitles', () => {
  it('reads a headline\'s "Kenyan foreign minister" as the Kenyan Foreign Minister the article names', () => {
    const text = 'Kenyan foreign minister demands that Somalia withdraw its troops\n\nKenyan Foreign Minister Ali Omar said on Monday that Somalia must withdraw its troops from the border.';
    expect(titleMentions(text)).toEqual([[text.indexOf('minister'), 'ali_omar']]);
  });

  it('leaves "a former Kenyan foreign minister" to someone unnamed', () => {
    const text = 'Kenyan Foreign Minister Ali Omar met Somali officials on Monday. A former Kenyan foreign minister said later that the talks had failed.';
    expect(titleMentions(text)).toEqual([]);
  });
});
