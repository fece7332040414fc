import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';

describe('bodies named by their head noun', () => {
  it('reads "the council" as the council last named, but not in its own sessions', () => {
    const text = "The UN Security Council met on Monday. The council voted on a draft during the council's second session.";
    const found = findMentions(text, segmentText(text), annotateRecorded(text)).mentions.filter((m) => m.text === 'council').map((m) => [m.start, m.entity.id]);
    expect(found).toEqual([[text.indexOf('council voted'), 'unsc']]);
  });
});
