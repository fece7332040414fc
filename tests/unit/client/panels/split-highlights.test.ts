import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHighlights } from '../../../../client/src/panels/split-highlights.js';

describe('splitHighlights', () => {
  it('marks exactly the evidence sentence inside its text', () => {
    const text = 'Talks began. The talks were suspended on 3 February. Envoys left.';
    const start = text.indexOf('The talks');
    const end = text.indexOf(' Envoys');
    expect(splitHighlights(text, [{ start, end }])).toEqual([
      { text: 'Talks began. ', highlighted: false },
      { text: 'The talks were suspended on 3 February.', highlighted: true },
      { text: ' Envoys left.', highlighted: false },
    ]);
  });

  it('merges overlapping passages into one highlight', () => {
    const runs = splitHighlights('abcdefghij', [{ start: 2, end: 5 }, { start: 4, end: 7 }]);
    expect(runs.filter((run) => run.highlighted).map((run) => run.text)).toEqual(['cdefg']);
  });

  it('never loses or repeats text, whatever the offsets', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 40 }), end: fc.integer({ min: -5, max: 40 }) })), (text, ranges) => {
        expect(splitHighlights(text, ranges).map((run) => run.text).join('')).toBe(text);
      }),
    );
  });
});
