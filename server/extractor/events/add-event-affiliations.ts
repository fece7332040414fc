/**
 * Which affiliations of a person take part in an event with them. A state takes part in what its leaders and envoys
 * do; an organisation's envoy who meets someone meets as a go-between, not as the body ("the UN envoy met the rebels").
 */
import type { EventType } from '../../contract/extraction.js';
import type { CandidateParticipant, TitleTie } from '../document-model.js';
import { addAffiliations } from '../mentions/add-affiliations.js';

const MEETING: ReadonlySet<EventType> = new Set(['meeting']);

/** Whether the body a person serves by `relation` takes part with them in an event of `type`. */
export function affiliationTakesPart(type: EventType, kind: CandidateParticipant['kind'], relation: TitleTie['relation']): boolean {
  return kind === 'state' || !(MEETING.has(type) && relation === 'REPRESENTS');
}

/** The participants with the states and bodies their persons' titles tie them to, where those take part in the event. */
export function addEventAffiliations(type: EventType, participants: CandidateParticipant[], ties: Map<string, TitleTie>): CandidateParticipant[] {
  const kept = new Map([...ties].filter(([, tie]) => !tie.affiliation || affiliationTakesPart(type, tie.affiliation.kind, tie.relation)));
  return addAffiliations(participants, kept);
}
