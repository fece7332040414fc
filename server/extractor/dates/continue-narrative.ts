/**
 * Stage 4b: narrative time. News tells a story a sentence at a time, and a sentence that names no time of its own goes on
 * at the time of the one before it: "Salame met Sarraj on Sunday. Sarraj told Salame that …" was told on Sunday. Only a
 * simple past act of the same actors continues the story; a present perfect is news of the report (build-events).
 */
import type { CandidateEvent, Segment } from '../document-model.js';

const isDay = (e: CandidateEvent) => e.date.precision === 'day' && e.date.start !== null && e.date.start === e.date.end;
const shareActor = (a: CandidateEvent, b: CandidateEvent) => a.participants.some((p) => b.participants.some((q) => q.id === p.id));

/** The day of the last dated act of the sentence just before, that shares an actor with the event. */
function storyDay(event: CandidateEvent, events: CandidateEvent[], segments: Segment[]): CandidateEvent['date'] | undefined {
  const body = segments.filter((s) => s.kind === 'body');
  const at = body.findIndex((s) => s.index === event.trigger.segment);
  const before = at > 0 ? body[at - 1] : undefined;
  const told = events.filter((e) => e.trigger.segment === before?.index && e.status === 'occurred' && isDay(e) && shareActor(e, event));
  return told.at(-1)?.date;
}

/** Undated acts of a verb take the day of the sentence before, when it tells an act of theirs. */
export function continueNarrative(events: CandidateEvent[], segments: Segment[]): CandidateEvent[] {
  return events.map((e) => {
    if (e.date.start !== null || e.status !== 'occurred' || e.trigger.form !== 'verb') return e;
    const day = storyDay(e, events, segments);
    return day ? { ...e, date: day } : e;
  });
}
