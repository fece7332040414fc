/**
 * A batch of extraction documents as the `$parameters` of the ingest statements (`cypher/ingest/`):
 * events get global ids, evidence becomes one REPORTED_IN per passage, places get coordinates, an
 * actor named by several documents is written once with all their aliases, and relations are grouped
 * per (source, type, target) across the batch with one entry per supporting passage.
 */
import { createHash } from 'node:crypto';
import type { Actor, Evidence, Extraction, Relation } from '../contract/extraction.js';
import { locatePlace } from '../gazetteer/places.js';

/** One document to ingest, with its article's text when known. */
export interface IngestDocument {
  doc: Extraction;
  text: string | null;
}

export interface RelationEntry {
  articleId: string;
  evidence: string;
  start: number;
  end: number;
}

export interface IngestParameters {
  articles: (Extraction['article'] & { text: string | null; contentHash: string; eventIds: string[] })[];
  articleIds: string[];
  actors: Actor[];
  events: Record<string, unknown>[];
  participations: { actor: string; event: string; role: string }[];
  reports: { articleId: string; event: string; evidence: string; start: number; end: number }[];
  placements: { event: string; name: string; latitude: number | null; longitude: number | null; countryCode: string | null }[];
  relations: { source: string; type: string; target: string; entries: RelationEntry[] }[];
}

/** An event's id in the graph: its id in the document made global by its article's. */
export function globalEventId(articleId: string, eventId: string): string {
  return `${articleId}:${eventId}`;
}

/** Same document and text, same hash: an unchanged document is not written again. */
export function hashDocument({ doc, text }: IngestDocument): string {
  return createHash('sha256').update(JSON.stringify([doc, text])).digest('hex');
}

/** Every parameter the ingest statements take for a batch (its documents' article ids are distinct). */
export function buildIngestParameters(batch: IngestDocument[]): IngestParameters {
  const events = batch.flatMap(({ doc }) => doc.events.map((event) => ({ ...event, articleId: doc.article.id, id: globalEventId(doc.article.id, event.id) })));
  return {
    articles: batch.map((input) => ({
      ...input.doc.article,
      text: input.text,
      contentHash: hashDocument(input),
      eventIds: input.doc.events.map((event) => globalEventId(input.doc.article.id, event.id)),
    })),
    articleIds: batch.map(({ doc }) => doc.article.id),
    actors: mergeActors(batch.flatMap(({ doc }) => doc.actors)),
    events: events.map((event) => ({
      id: event.id,
      articleId: event.articleId,
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
    reports: events.flatMap((event) => event.evidence.map((e) => ({ articleId: event.articleId, event: event.id, evidence: e.text, start: e.start, end: e.end }))),
    placements: events.flatMap((event) => (event.place ? [locateEventPlace(event.id, event.place)] : [])),
    relations: groupRelations(batch.flatMap(({ doc }) => doc.relations.map((relation) => ({ articleId: doc.article.id, relation })))),
  };
}

// The first document's name and kind (as a first ingest would create it), every document's aliases.
function mergeActors(actors: Actor[]): Actor[] {
  const byId = new Map<string, Actor>();
  for (const actor of actors) {
    const seen = byId.get(actor.id);
    byId.set(actor.id, seen ? { ...seen, aliases: [...new Set([...seen.aliases, ...actor.aliases])] } : actor);
  }
  return [...byId.values()];
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

function groupRelations(relations: { articleId: string; relation: Relation }[]): IngestParameters['relations'] {
  const grouped = new Map<string, IngestParameters['relations'][number]>();
  for (const { articleId, relation } of relations) {
    const key = JSON.stringify([relation.source, relation.type, relation.target]);
    const group = grouped.get(key) ?? { source: relation.source, type: relation.type, target: relation.target, entries: [] };
    const passages = relation.evidence.length > 0 ? relation.evidence : NO_PASSAGE;
    group.entries.push(...passages.map((e) => ({ articleId, evidence: e.text, start: e.start, end: e.end })));
    grouped.set(key, group);
  }
  return [...grouped.values()];
}
