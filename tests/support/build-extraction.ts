/** Builds small, valid extraction documents for tests: one article, its actors, events and relations. */
import type { Actor, ExtractedEvent, Extraction, Relation } from '../../server/contract/extraction.js';

export function buildActor(id: string, overrides: Partial<Actor> = {}): Actor {
  const name = id.replace(/_/g, ' ');
  return { id, name, kind: 'state', aliases: [name], ...overrides };
}

export function buildEvent(id: string, actorIds: string[], overrides: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    id,
    type: 'talks',
    subtype: null,
    cameo: '046',
    status: 'occurred',
    date: { start: '2016-02-01', end: '2016-02-03', precision: 'day' },
    participants: actorIds.map((actor) => ({ actor, role: 'participant' as const })),
    place: 'Geneva',
    summary: `${actorIds.join(' and ')} held talks`,
    evidence: [{ text: 'They held talks.', start: 0, end: 16 }],
    confidence: 0.9,
    ...overrides,
  };
}

export function buildRelation(source: string, type: Relation['type'], target: string, evidence = 'They back them.'): Relation {
  return { source, type, target, evidence: [{ text: evidence, start: 0, end: evidence.length }] };
}

/** An article with two actors, one event between them and one relation, unless told otherwise. */
export function buildExtraction(articleId: string, overrides: Partial<Omit<Extraction, 'article'>> = {}): Extraction {
  const actors = overrides.actors ?? [buildActor('russia'), buildActor('syrian_government')];
  return {
    article: { id: articleId, title: `Article ${articleId}`, published: '2016-02-06', url: `https://example.org/${articleId}`, source: 'Example News' },
    actors,
    events: overrides.events ?? [buildEvent('e1', actors.map((a) => a.id))],
    relations: overrides.relations ?? [buildRelation(actors[0]!.id, 'BACKS', actors[1]!.id)],
  };
}
