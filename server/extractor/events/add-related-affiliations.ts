/**
 * A person's state or organisation takes part in what the person does, in the same role, also where the tie
 * is read from the article's relations ("X, the president of Y") rather than from a title next to the name.
 * A military operation or an aid delivery is carried out by states, bodies and armed groups: a leader named as
 * carrying one out ("Assad's air strikes", "Kassem vowed to keep fighting Israel", "Abiy must let aid in") stands
 * for the body they lead, which takes their place (news names a person as their actor almost never).
 */
import type { EventType } from '../../contract/extraction.js';
import type { CandidateParticipant, CandidateRelation, TitleTie } from '../document-model.js';
import type { MergedEvent } from './merge-events.js';
import { affiliationTakesPart } from './add-event-affiliations.js';

/** Events whose persons act only through the bodies they serve. */
const THROUGH_BODIES: ReadonlySet<EventType> = new Set(['offensive', 'humanitarian']);

/** The events with, after each person, the states and bodies that person leads or represents by the relations found. */
export function addRelatedAffiliations(events: MergedEvent[], relations: CandidateRelation[], kinds: Map<string, CandidateParticipant['kind']>): MergedEvent[] {
  const serving = (r: CandidateRelation): r is CandidateRelation & { type: TitleTie['relation'] } => r.type === 'LEADS' || r.type === 'REPRESENTS';
  const serves = (id: string) => relations.filter((r) => r.source === id).filter(serving);
  return events.map((e) => {
    const participants: CandidateParticipant[] = [];
    for (const p of e.participants) {
      participants.push(p);
      if (p.kind !== 'person') continue;
      for (const { target: id, type } of serves(p.id)) if (affiliationTakesPart(e.trigger.type, kinds.get(id) ?? 'other', type) && !e.participants.some((q) => q.id === id) && !participants.some((q) => q.id === id)) participants.push({ id, role: p.role, kind: kinds.get(id) ?? 'other' });
    }
    // Those it strikes or detains may be persons; those who carry it out are bodies.
    const kept = THROUGH_BODIES.has(e.trigger.type) ? participants.filter((p) => p.kind !== 'person' || p.role !== 'source') : participants;
    return kept.length === e.participants.length && kept.every((p, i) => p === e.participants[i]) ? e : { ...e, participants: kept };
  });
}
