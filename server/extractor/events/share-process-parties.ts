/**
 * Talks, a truce and a deal that share two parties belong to one peace process, and news names that process's
 * parties and negotiators piecemeal, a few in each sentence ("Iran and Saudi Arabia agreed…", "talks between
 * Shamkhani and Al-Aiban…"): a deal and its talks take the others' participants, in the roles they hold there,
 * all but the mediators (find-mediators gives those).
 */
import type { EventType } from '../../contract/extraction.js';
import type { CandidateParticipant } from '../document-model.js';

/**
 * For each event that takes others' participants, the events it takes them from: a deal takes the talks that made
 * it and the truce it contains; talks take the deal they make. A truce binds only the fighting sides, not the
 * negotiators and hosts, and talks are not a truce's.
 */
const SOURCES: Partial<Record<EventType, ReadonlySet<EventType>>> = {
  agreement: new Set(['talks', 'ceasefire']),
  talks: new Set(['agreement']),
};

interface ProcessEvent {
  trigger: { type: EventType };
  participants: CandidateParticipant[];
}

/** The events with each deal and talks given the participants (mediators aside) of the process events it shares two participants with. */
export function shareProcessParties<E extends ProcessEvent>(events: E[]): E[] {
  return events.map((e) => {
    const sources = SOURCES[e.trigger.type];
    if (!sources) return e;
    const own = new Set(e.participants.map((p) => p.id));
    const related = events.filter((o) => o !== e && sources.has(o.trigger.type) && o.participants.filter((p) => own.has(p.id)).length >= 2);
    const added = related.flatMap((o) => o.participants).filter((p, i, all) => p.role !== 'mediator' && !own.has(p.id) && all.findIndex((q) => q.id === p.id) === i);
    return added.length ? { ...e, participants: [...e.participants, ...added] } : e;
  });
}
