/**
 * One extraction document as the `$parameters` of the ingest statements (`cypher/ingest/`):
 * events get global ids, evidence becomes one REPORTED_IN per passage, places get coordinates,
 * relations are grouped per (source, type, target) with one entry per supporting passage.
 */
import { createHash } from 'node:crypto';
import type { Evidence, Extraction, Relation } from '../contract/extraction.js';
import { locatePlace } from '../gazetteer/places.js';

export interface RelationEntry {
  articleId: string;
  evidence: string;
  start: number;
  end: number;
}

export interface IngestParameters {
  articleId: string;
  article: Extraction['article'] & { text: string | null; contentHash: string };
  actors: Extraction['actors'];
  eventIds: string[];
  events: Record<string, unknown>[];
  participations: { actor: string; event: string; role: string }[];
  reports: { event: string; evidence: string; start: number; end: number }[];
  placements: { event: string; name: string; latitude: number | null; longitude: number | null; countryCode: string | null }[];
  relations: { source: string; type: string; target: string; entries: RelationEntry[] }[];
}

/** An event's id in the graph: its id in the document made global by its article's. */
export function globalEventId(articleId: string, eventId: string): string {
  return `${articleId}:${eventId}`;
}

/** Every parameter the ingest statements take for one document (and the article's text, when known). */
export function buildIngestParameters(doc: Extraction, articleText: string | null): IngestParameters {
  const articleId = doc.article.id;
  const events = doc.events.map((event) => ({ ...event, id: globalEventId(articleId, event.id) }));
  return {
    articleId,
    article: { ...doc.article, text: articleText, contentHash: hashDocument(doc, articleText) },
    actors: doc.actors,
    eventIds: events.map((event) => event.id),
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      subtype: event.subtype,
      cameo: event.cameo ?? null,
      status: event.status,
      start: event.date.start,
      end: event.date.end,
      precision: event.date.precision,
      place: event.place,
      summary: event.summary,
      confidence: event.confidence,
    })),
    participations: events.flatMap((event) => event.participants.map((p) => ({ actor: p.actor, event: event.id, role: p.role }))),
    reports: events.flatMap((event) => event.evidence.map((e) => ({ event: event.id, evidence: e.text, start: e.start, end: e.end }))),
    placements: events.flatMap((event) => (event.place ? [locateEventPlace(event.id, event.place)] : [])),
    relations: groupRelations(articleId, doc.relations),
  };
}

// Same document, same hash: a re-ingest then keeps the article's ingestedAt.
function hashDocument(doc: Extraction, articleText: string | null): string {
  return createHash('sha256').update(JSON.stringify([doc, articleText])).digest('hex');
}

function locateEventPlace(event: string, name: string): IngestParameters['placements'][number] {
  const located = locatePlace(name);
  return {
    event,
    name,
    latitude: located?.latitude ?? null,
    longitude: located?.longitude ?? null,
    countryCode: located?.countryCode ?? null,
  };
}

// A relation the document states without a passage still counts once: an empty passage at 0.
const NO_PASSAGE: Evidence[] = [{ text: '', start: 0, end: 0 }];

function groupRelations(articleId: string, relations: Relation[]): IngestParameters['relations'] {
  const grouped = new Map<string, IngestParameters['relations'][number]>();
  for (const relation of relations) {
    const key = JSON.stringify([relation.source, relation.type, relation.target]);
    const group = grouped.get(key) ?? { source: relation.source, type: relation.type, target: relation.target, entries: [] };
    const passages = relation.evidence.length > 0 ? relation.evidence : NO_PASSAGE;
    group.entries.push(...passages.map((e) => ({ articleId, evidence: e.text, start: e.start, end: e.end })));
    grouped.set(key, group);
  }
  return [...grouped.values()];
}
