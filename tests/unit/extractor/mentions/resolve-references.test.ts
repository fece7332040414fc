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

  it('reads "the security council" in lower case as the body last named with those words, and "the rebel alliance" as none', () => {
    const text = 'The UN Security Council met on Monday. The security council adopted a text on Sudan on Friday. The rebel alliance rejected it.';
    const found = findMentions(text, segmentText(text), annotateRecorded(text)).mentions.filter((m) => /council|alliance/i.test(m.text)).map((m) => [m.text, m.entity.id]);
    expect(found).toEqual([
      ['UN Security Council', 'unsc'],
      ['security council', 'unsc'],
    ]);
  });
});
