/**
 * The sides of the article's armed conflicts: two actors each opposing the other, as the conflict relations read
 * them from the mentions alone (an armed group and the state it fights). Truces, talks and deals are made between the
 * sides of a conflict, so one that names one side and not the other was made with the other too ("the rebels
 * accepted a truce" in an article on their war with the government).
 */
import type { EventType, Role } from '../../contract/extraction.js';
import type { CandidateParticipant, CandidateRelation, EntityRef } from '../document-model.js';

/** A side is an actor: its id, and its kind for the participant it becomes. */
type Side = Pick<EntityRef, 'id' | 'kind'>;
export type ConflictSides = Array<readonly [Side, Side]>;

/** Events made between the sides of a conflict. */
const BETWEEN_SIDES: ReadonlySet<EventType> = new Set(['ceasefire', 'talks', 'agreement']);
/** And those fought between them, once merged: a side's attack is on the other side. */
const FOUGHT: ReadonlySet<EventType> = new Set([...BETWEEN_SIDES, 'offensive']);

/** Each pair of actors the relations set against each other both ways, once. */
export function findConflictSides(relations: CandidateRelation[], entities: Map<string, EntityRef>): ConflictSides {
  const opposes = relations.filter((r) => r.type === 'OPPOSES');
  return opposes.flatMap((r) => {
    const a = entities.get(r.source);
    const b = entities.get(r.target);
    const mutual = opposes.some((o) => o.source === r.target && o.target === r.source);
    return a && b && mutual && r.source < r.target ? [[a, b] as const] : [];
  });
}

/**
 * "peace accords signed in 2007", "a peace agreement was signed in Moscow": a deal its sentence names no party to, in an
 * article on one conflict, was made between that conflict's two sides. With several conflicts the sides are unknown.
 */
export function sidesOfLoneConflict(type: EventType, sides: ConflictSides, types: ReadonlySet<EventType> = UNNAMED_SIDES): CandidateParticipant[] {
  const only = sides.length === 1 ? sides[0] : undefined;
  if (!only || !types.has(type)) return [];
  return only.map((s) => ({ id: s.id, role: 'participant' as const, kind: s.kind }));
}

/** Events whose sides go without saying once the article has one conflict. */
const UNNAMED_SIDES: ReadonlySet<EventType> = new Set(['agreement']);

/** The participants of an event between sides, with the other side of each conflict only one of whose sides they name. */
export function withOtherSides(type: EventType, participants: CandidateParticipant[], sides: ConflictSides, types = BETWEEN_SIDES): CandidateParticipant[] {
  if (!types.has(type)) return participants;
  const named = (e: Side) => participants.find((p) => p.id === e.id && p.role !== 'mediator');
  const facing = (p: CandidateParticipant): Role => (p.role === 'source' ? 'target' : p.role === 'target' ? 'source' : 'participant');
  const added: CandidateParticipant[] = [];
  for (const [a, b] of sides) {
    const [present, other] = named(a) && !named(b) ? [named(a)!, b] : named(b) && !named(a) ? [named(b)!, a] : [];
    // "The rebels attacked Kenya": the other side's place is someone else's (a truce or talks may have more parties).
    const taken = present && present.role !== 'participant' && participants.some((p) => p.role === facing(present));
    if (present && other && !taken && !participants.some((p) => p.id === other.id) && !added.some((p) => p.id === other.id)) added.push({ id: other.id, role: facing(present), kind: other.kind });
  }
  return [...participants, ...added];
}

type SidedEvent = { trigger: { type: EventType }; participants: CandidateParticipant[] };

/** The attacker and the attacked of each attack, but for persons: sides of the fighting the article tells. */
function attackSides(events: SidedEvent[]): ConflictSides {
  const actors = (e: SidedEvent, role: 'source' | 'target') => e.participants.filter((p) => p.role === role && p.kind !== 'person').map((p) => ({ id: p.id, kind: p.kind }));
  return events.filter((e) => e.trigger.type === 'offensive').flatMap((e) => actors(e, 'source').flatMap((a) => actors(e, 'target').map((b) => [a, b] as const)));
}

/**
 * The merged events with the other sides of their conflicts: one mention may name one side of a truce, another mention the
 * other; once all events are known, the two sides of an attack are sides too ("an armistice" before "X shelled Y").
 */
export function addOtherSides<E extends SidedEvent>(events: E[], sides: ConflictSides): E[] {
  const all = [...sides, ...attackSides(events)];
  return events.map((e) => ({ ...e, participants: withOtherSides(e.trigger.type, e.participants, e.trigger.type === 'offensive' ? sides : all, FOUGHT) }));
}
