import { describe, expect, it } from 'vitest';
import { alignHeadlineEvents } from '../../../../server/extractor/events/align-headline-events.js';
import type { CandidateEvent, CandidateParticipant, Segment } from '../../../../server/extractor/document-model.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';

const TEXT = 'Chile sanctions Peru, Lima says\nChile imposed sanctions on Peru on Monday, the government in Lima said.';

function candidate(segment: Segment, participants: CandidateParticipant[], date: string | null): CandidateEvent {
  const start = segment.start + segment.text.indexOf('sanctions');
  return {
    trigger: { start, end: start + 9, text: 'sanctions', segment: segment.index, type: 'sanctions', subtype: null, form: 'noun' },
    status: 'occurred',
    date: date ? { start: date, end: date, precision: 'day' } : { start: null, end: null, precision: 'unknown' },
    participants,
    place: null,
    evidence: { start: segment.start, end: segment.end },
  };
}

describe('alignHeadlineEvents', () => {
  const segments = segmentText(TEXT, 'Chile sanctions Peru, Lima says');
  const [headline, lead] = segments as [Segment, Segment];
  const body = candidate(lead, [{ id: 'chile', role: 'source', kind: 'state' }, { id: 'peru', role: 'target', kind: 'state' }], '2017-03-06');

  it('gives a headline event the roles, date and status of the body event it compresses', () => {
    const wrong = candidate(headline, [{ id: 'peru', role: 'source', kind: 'state' }], null);
    const [aligned] = alignHeadlineEvents([wrong, body], segments);
    expect(aligned?.participants).toEqual([{ id: 'peru', role: 'target', kind: 'state' }]);
    expect(aligned?.date).toEqual(body.date);
  });

  it('leaves a headline event with no body counterpart, and every body event, as they are', () => {
    const alone = candidate(headline, [{ id: 'bolivia', role: 'source', kind: 'state' }], null);
    expect(alignHeadlineEvents([alone, body], segments)).toEqual([alone, body]);
  });
});
