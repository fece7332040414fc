/** Stage 5b: a headline compresses the lead, so its event takes the roles, date and status the body gives the same event. */
import type { CandidateEvent, Segment } from '../document-model.js';

/** The first body event of the headline event's type that shares one of its actors, in any role. */
function findBodyEvent(headline: CandidateEvent, body: CandidateEvent[]): CandidateEvent | undefined {
  return body.find(
    (b) => b.trigger.type === headline.trigger.type && b.trigger.subtype === headline.trigger.subtype && b.participants.some((p) => headline.participants.some((q) => q.id === p.id)),
  );
}

/** Headline candidates re-read through their body counterpart: "Doha cut ties with Riyadh" in a headline does not outrank who the body says cut them. */
export function alignHeadlineEvents(candidates: CandidateEvent[], segments: Segment[]): CandidateEvent[] {
  const inHeadline = (c: CandidateEvent) => segments[c.trigger.segment]?.kind === 'headline';
  const body = candidates.filter((c) => !inHeadline(c));
  return candidates.map((c) => {
    const match = inHeadline(c) ? findBodyEvent(c, body) : undefined;
    if (!match) return c;
    const participants = c.participants.map((p) => ({ ...p, role: match.participants.find((q) => q.id === p.id)?.role ?? p.role }));
    return { ...c, participants, date: match.date, status: match.status };
  });
}
