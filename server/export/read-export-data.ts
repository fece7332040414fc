/**
 * What an export holds, read from the graph: the window's events whole (every participant, passage
 * and report), the actors they name, the stated relations between those actors and the articles
 * that report the events. Every format is written from this one reading.
 */
import type { Driver } from 'neo4j-driver';
import type { ExportQuery } from '../contract/api.js';
import type { Actor, ArticleMeta, DatePrecision, EventStatus, EventType, Evidence, RelationType, Role, StatementSubtype } from '../contract/extraction.js';
import type { FlatEventFields } from '../contract/flat-event-fields.js';
import { toCypherCount } from '../explore/read-rows.js';
import { toListParam, toWindowParams } from '../explore/time-window.js';
import { loadCypher } from '../graph/cypher-files.js';
import { readPlainRows, type ReadOptions } from '../graph/read-plain-rows.js';

/** The most events one export carries (the timeline's own cap), earliest first. */
export const EXPORT_EVENT_LIMIT = 20_000;

export interface ExportEvent extends FlatEventFields {
  id: string;
  articleId: string;
  /** Every passage of every report; `localId` is null for a passage GDELT coded. */
  evidence: (Evidence & { articleId: string; localId: string | null })[];
  /** What each article said of the event (none for an event GDELT coded). */
  reports: ExportReport[];
}

/** One article's report of an event, as its (:Report) node keeps it (cypher/README.md). */
export interface ExportReport {
  articleId: string;
  localId: string;
  type: EventType;
  subtype?: StatementSubtype;
  cameo?: string;
  status: EventStatus;
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  place?: string;
  summary: string;
  confidence: number;
  actors: string[];
  roles: Role[];
}

/** One passage supporting a stated relation; an empty `text` marks a relation stated without one. */
export interface RelationPassage extends Evidence {
  articleId: string;
}

export interface ExportRelation {
  source: string;
  type: RelationType;
  target: string;
  passages: RelationPassage[];
}

export interface ExportData {
  events: ExportEvent[];
  actors: Actor[];
  relations: ExportRelation[];
  articles: ArticleMeta[];
  /** True when the window held more than `EXPORT_EVENT_LIMIT` events. */
  capped: boolean;
}

/** Reads the events first, then (at once) the actors, relations and articles they lead to. */
export async function readExportData(driver: Driver, database: string, query: ExportQuery, options: ReadOptions = {}): Promise<ExportData> {
  const read = <Row>(name: string, params: Record<string, unknown>) => readPlainRows<Row>(driver, database, loadCypher(`export/${name}`), params, options);
  const rows = await read<{ event: ExportEvent }>('window-events', {
    ...toWindowParams(query),
    // A whole-history export (no window at all) includes the events no date was found for.
    undated: query.from === undefined && query.to === undefined,
    types: toListParam(query.types),
    actors: toListParam(query.actors),
    kinds: toListParam(query.kinds),
    minSources: query.minSources,
    fetch: toCypherCount(EXPORT_EVENT_LIMIT + 1),
  });
  const events = rows.slice(0, EXPORT_EVENT_LIMIT).map((row) => row.event);
  const actorIds = [...new Set(events.flatMap((event) => event.participants.map((p) => p.actor)))];
  const articleIds = [...new Set(events.flatMap((event) => [event.articleId, ...event.reports.map((report) => report.articleId)]))];
  const [actors, relations, articles] = await Promise.all([
    read<{ actor: Actor }>('actors', { ids: actorIds }),
    read<ExportRelation>('relations', { ids: actorIds, actors: toListParam(query.actors) }),
    read<{ article: ArticleMeta }>('articles', { ids: articleIds }),
  ]);
  return {
    events,
    actors: actors.map((row) => row.actor),
    relations,
    articles: articles.map((row) => row.article),
    capped: rows.length > EXPORT_EVENT_LIMIT,
  };
}
