/**
 * Colours shared by the graph, the timeline and the legends, so one type looks the same everywhere.
 * Event types use Tableau 10 (a categorical scheme chosen to stay distinguishable side by side).
 */
import { schemeTableau10 } from 'd3-scale-chromatic';
import type { ActorKind, EventType, RelationType } from '../../server/contract/extraction.js';
import { ActorKindSchema, EventTypeSchema, RelationTypeSchema } from '../../server/contract/extraction.js';

export const EVENT_TYPES: readonly EventType[] = EventTypeSchema.options;
export const ACTOR_KINDS: readonly ActorKind[] = ActorKindSchema.options;
export const RELATION_TYPES: readonly RelationType[] = RelationTypeSchema.options;

const EVENT_TYPE_COLOURS = Object.fromEntries(
  EVENT_TYPES.map((type, i) => [type, schemeTableau10[i % schemeTableau10.length] ?? '#888']),
) as Record<EventType, string>;

const ACTOR_KIND_COLOURS: Record<ActorKind, string> = {
  state: '#2f6fdf',
  person: '#e0892b',
  organization: '#2a9d6f',
  armed_group: '#c8414b',
  other: '#8a8f98',
};

const RELATION_COLOURS: Record<RelationType, string> = {
  BACKS: '#2a9d6f',
  OPPOSES: '#d1343e',
  LEADS: '#7b4fd6',
  REPRESENTS: '#1f8fb8',
  MEMBER_OF: '#9a7b2f',
};

/** Nodes from the Cypher console that are neither actors nor events: one colour per label. */
const LABEL_COLOURS: Record<string, string> = { Event: '#6b7280', Article: '#b0a48a', Place: '#5aa0a0' };

export function colourOfEventType(type: string): string {
  return EVENT_TYPE_COLOURS[type as EventType] ?? '#888';
}

export function colourOfKind(kind: string): string {
  return ACTOR_KIND_COLOURS[kind as ActorKind] ?? EVENT_TYPE_COLOURS[kind as EventType] ?? LABEL_COLOURS[kind] ?? '#8a8f98';
}

export function colourOfRelation(type: string): string {
  return RELATION_COLOURS[type as RelationType] ?? '#555';
}

/** "armed_group" → "Armed group", "MEMBER_OF" → "member of". */
export function humanize(word: string): string {
  const spaced = word.replace(/_/g, ' ');
  return word === word.toUpperCase() ? spaced.toLowerCase() : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
