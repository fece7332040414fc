/**
 * A synthetic history for the API bench, as extraction documents the real ingest writes: a few
 * thousand actors whose activity follows a long tail (a few hubs, many minor actors), events of
 * every type over ten years, and relations between actors. Seeded, so every run builds the same graph.
 */
import type { Actor, ActorKind, EventType, Extraction, ExtractedEvent, Relation } from '../../server/contract/extraction.js';
import { ActorKindSchema, EventTypeSchema, RelationTypeSchema } from '../../server/contract/extraction.js';
import { createRandom } from './create-random.js';

export interface SyntheticGraphOptions {
  events: number;
  actors: number;
  /** Events per article: one article is one ingest transaction. */
  eventsPerArticle: number;
  seed: number;
  /** The most participants an event has, from 2 up (default 4). */
  maxParticipants?: number;
  /** The n-th event's first participant is actor n (mod actors), so every actor acts; by default all are drawn from the long tail. */
  everyActorActs?: boolean;
}

const FIRST_DAY = Date.UTC(2010, 0, 1);
const DAYS = 3_652;
const DAY_MS = 86_400_000;

/** The documents, one article at a time, so the whole history never sits in memory at once. */
export function* generateSyntheticExtractions(options: SyntheticGraphOptions): Generator<Extraction> {
  const random = createRandom(options.seed);
  const actors = Array.from({ length: options.actors }, (_, i) => buildActor(i, pick(random, ActorKindSchema.options)));
  // Squaring a uniform draw skews it towards the first actors: a long tail of activity.
  const drawActor = () => actors[Math.floor(options.actors * random() ** 2.5)]!;
  const articles = Math.ceil(options.events / options.eventsPerArticle);
  const shape = { maxParticipants: options.maxParticipants ?? 4, everyActorActs: options.everyActorActs ?? false };
  for (let a = 0; a < articles; a += 1) {
    const count = Math.min(options.eventsPerArticle, options.events - a * options.eventsPerArticle);
    const events = Array.from({ length: count }, (_, e) => {
      const first = shape.everyActorActs ? actors[(a * options.eventsPerArticle + e) % options.actors] : undefined;
      return buildEvent(random, `e${e + 1}`, drawActor, shape.maxParticipants, first);
    });
    const involved = new Map<string, Actor>();
    events.forEach((event) => event.participants.forEach((p) => involved.set(p.actor, actors[Number(p.actor.slice(6))]!)));
    const relations = buildRelations(random, [...involved.keys()], Math.ceil(count / 40));
    yield {
      article: { id: `synthetic-${a + 1}`, title: `Synthetic article ${a + 1}`, published: toIsoDay(FIRST_DAY + Math.floor(random() * DAYS) * DAY_MS), url: `https://example.org/synthetic/${a + 1}`, source: 'Synthetic' },
      actors: [...involved.values()],
      events,
      relations,
    };
  }
}

function buildActor(index: number, kind: ActorKind): Actor {
  const name = `Actor ${index}`;
  return { id: `actor_${index}`, name, kind, aliases: [name] };
}

function buildEvent(random: () => number, id: string, drawActor: () => Actor, maxParticipants: number, first?: Actor): ExtractedEvent {
  const ids = new Set<string>(first ? [first.id] : []);
  const wanted = 2 + Math.floor(random() * (maxParticipants - 1));
  while (ids.size < wanted) ids.add(drawActor().id);
  const type: EventType = pick(random, EventTypeSchema.options);
  const [source, ...others] = [...ids];
  const start = FIRST_DAY + Math.floor(random() * DAYS) * DAY_MS;
  const precision = random() < 0.75 ? 'day' : random() < 0.8 ? 'week' : 'month';
  const span = { day: 0, week: 6, month: 29 }[precision];
  const summary = `${[...ids].map((a) => a.replace('_', ' ')).join(', ')}: ${type}`;
  return {
    id, type, subtype: null, cameo: null, status: 'occurred',
    date: { start: toIsoDay(start), end: toIsoDay(start + span * DAY_MS), precision },
    participants: [{ actor: source!, role: 'source' }, ...others.map((actor) => ({ actor, role: 'target' as const }))],
    place: null, summary, evidence: [{ text: summary, start: 0, end: summary.length }], confidence: 0.8,
  };
}

function buildRelations(random: () => number, ids: string[], count: number): Relation[] {
  return Array.from({ length: Math.min(count, ids.length - 1) }, () => {
    const source = pick(random, ids);
    const target = pick(random, ids.filter((id) => id !== source));
    return { source, type: pick(random, RelationTypeSchema.options), target, evidence: [{ text: 'Synthetic passage.', start: 0, end: 18 }] };
  });
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
