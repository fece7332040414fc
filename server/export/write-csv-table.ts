/**
 * One table of an export as CSV, the way spreadsheets open it: a header row, UTF-8 with a byte-order
 * mark (without it Excel reads the file as the local code page and breaks accented names), lists
 * inside a cell joined by "; " and passages by line breaks, and cells that a spreadsheet would run
 * as a formula (=, +, -, @ first) quoted out.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportTable } from '../contract/api.js';
import type { ExportData } from './read-export-data.js';

type Row = Record<string, string | number | null>;

const LIST_SEPARATOR = '; ';

/** The named table of `data` as a CSV text. */
export function writeCsvTable(data: ExportData, table: ExportTable): string {
  const rows = TABLES[table](data);
  return stringify(rows, { header: true, columns: COLUMNS[table], bom: true, escape_formulas: true, cast: { number: String } });
}

const COLUMNS: Record<ExportTable, string[]> = {
  events: ['id', 'article_id', 'type', 'subtype', 'status', 'start', 'end', 'precision', 'place', 'summary', 'confidence', 'cameo', 'participants', 'evidence'],
  participants: ['event_id', 'event_type', 'event_start', 'actor_id', 'actor_name', 'actor_kind', 'role'],
  actors: ['id', 'name', 'kind', 'aliases', 'events'],
  relations: ['source', 'source_name', 'type', 'target', 'target_name', 'weight', 'articles', 'evidence'],
};

const TABLES: Record<ExportTable, (data: ExportData) => Row[]> = {
  events: ({ events }) =>
    events.map((e) => ({
      id: e.id,
      article_id: e.articleId,
      type: e.type,
      subtype: e.subtype,
      status: e.status,
      start: e.start,
      end: e.end,
      precision: e.precision,
      place: e.place,
      summary: e.summary,
      confidence: e.confidence,
      cameo: e.cameo,
      participants: e.participants.map((p) => `${p.actor} (${p.role})`).join(LIST_SEPARATOR),
      evidence: e.evidence.map((passage) => passage.text).join('\n'),
    })),
  participants: (data) => {
    const actors = actorsById(data);
    return data.events.flatMap((e) =>
      e.participants.map((p) => ({
        event_id: e.id,
        event_type: e.type,
        event_start: e.start,
        actor_id: p.actor,
        actor_name: actors.get(p.actor)?.name ?? null,
        actor_kind: actors.get(p.actor)?.kind ?? null,
        role: p.role,
      })),
    );
  },
  actors: (data) => {
    const events = new Map<string, Set<string>>();
    for (const e of data.events) for (const p of e.participants) events.set(p.actor, (events.get(p.actor) ?? new Set()).add(e.id));
    return data.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases.join(LIST_SEPARATOR), events: events.get(a.id)?.size ?? 0 }));
  },
  relations: (data) => {
    const actors = actorsById(data);
    return data.relations.map((r) => ({
      source: r.source,
      source_name: actors.get(r.source)?.name ?? null,
      type: r.type,
      target: r.target,
      target_name: actors.get(r.target)?.name ?? null,
      // As the graph weighs a relation: its supporting passages.
      weight: r.passages.length,
      articles: [...new Set(r.passages.map((p) => p.articleId))].join(LIST_SEPARATOR),
      evidence: r.passages.filter((p) => p.text !== '').map((p) => p.text).join('\n'),
    }));
  },
};

function actorsById(data: ExportData) {
  return new Map(data.actors.map((actor) => [actor.id, actor]));
}
