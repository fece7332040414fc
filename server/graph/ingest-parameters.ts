/**
 * A batch of extraction documents as the `$parameters` of the ingest statements (`cypher/ingest/`,
 * `cypher/identity/`): each event becomes a report keyed `<articleId>:<localId>` (identity then
 * decides which event it is OF), its evidence one passage each, places get coordinates, an actor
 * named by several documents is written once with all their aliases, and relations are grouped per
 * (source, type, target) across the batch with one entry per supporting passage.
 */
import { createHash } from 'node:crypto';
import type { Actor, Evidence, ExtractedEvent, Extraction, Relation } from '../contract/extraction.js';
import { isCountryName, locatePlace } from '../gazetteer/places.js';
import { toReportKey, type IdentityReport } from '../identity/identity-report.js';
import { toReportRow, type ReportRow } from './identity/report-rows.js';
import type { NewPassage } from './identity/resolve-identity.js';

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
  articles: (Extraction['article'] & { text: string | null; contentHash: string })[];
  articleIds: string[];
  actors: Actor[];
  reports: ReportRow[];
  passages: NewPassage[];
  places: { name: string; latitude: number | null; longitude: number | null; countryCode: string | null }[];
  relations: { source: string; type: string; target: string; entries: RelationEntry[] }[];
}

/**
 * Part of every document's hash: raised when what ingest writes for the same document changes (2: reports
 * and cross-article identity), so a graph written before is rewritten by the next ingest of its documents.
 */
const GRAPH_MODEL_VERSION = 2;

/** Same document and text, same hash: an unchanged document is not written again. */
export function hashDocument({ doc, text }: IngestDocument): string {
  return createHash('sha256').update(JSON.stringify([GRAPH_MODEL_VERSION, doc, text])).digest('hex');
}

/** Every parameter the ingest statements take for a batch (its documents' article ids are distinct). */
export function buildIngestParameters(batch: IngestDocument[]): IngestParameters {
  const reports = batch.flatMap(({ doc }) => doc.events.map((event) => toIdentityReport(doc.article.id, event)));
  const passages = batch.flatMap(({ doc }) => doc.events.flatMap((event) => toPassages(doc.article.id, event)));
  const placeNames = [...new Set(reports.flatMap((report) => (report.place ? [report.place] : [])))];
  return {
    articles: batch.map((input) => ({ ...input.doc.article, text: input.text, contentHash: hashDocument(input) })),
    articleIds: batch.map(({ doc }) => doc.article.id),
    actors: mergeActors(batch.flatMap(({ doc }) => doc.actors)),
    reports: reports.map(toReportRow),
    passages,
    places: placeNames.map(locatePlaceParams),
    relations: groupRelations(batch.flatMap(({ doc }) => doc.relations.map((relation) => ({ articleId: doc.article.id, relation })))),
  };
}

/** What an article says of one event, as the identity rule reads it. */
export function toIdentityReport(articleId: string, event: ExtractedEvent): IdentityReport {
  const located = event.place ? locatePlace(event.place) : null;
  return {
    key: toReportKey(articleId, event.id),
    articleId,
    localId: event.id,
    type: event.type,
    subtype: event.subtype,
    cameo: event.cameo ?? null,
    status: event.status,
    start: event.date.start,
    end: event.date.end,
    precision: event.date.precision,
    place: event.place,
    placeCountry: located?.countryCode ?? null,
    placeIsCountry: event.place !== null && isCountryName(event.place),
    participants: event.participants,
    summary: event.summary,
    confidence: event.confidence,
  };
}

function toPassages(articleId: string, event: ExtractedEvent): NewPassage[] {
  return event.evidence.map((e) => ({ reportKey: toReportKey(articleId, event.id), articleId, localId: event.id, evidence: e.text, start: e.start, end: e.end }));
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

function locatePlaceParams(name: string): IngestParameters['places'][number] {
  const located = locatePlace(name);
  return {
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
