/**
 * The explorer's read repository: every question the API asks the graph, answered with plain
 * objects shaped by the API contract (no driver type leaves this module).
 */
import type { Driver } from 'neo4j-driver';
import type {
  ActorDetails,
  EventDetails,
  GraphQuery,
  GraphResponse,
  HealthResponse,
  SearchQuery,
  SearchResponse,
  TimelineEvent,
  TimelineQuery,
  TimelineResponse,
} from '../contract/api.js';
import { buildActorGraph } from './build-actor-graph.js';
import { bucketDayCounts, type DaySpanCount } from './bucket-day-counts.js';
import { readRows, toCypherCount, type ReadOptions } from './read-rows.js';
import { createShareInFlight } from './share-in-flight.js';
import { toListParam, toWindowParams } from './time-window.js';
import { toLuceneQuery } from './to-lucene-query.js';

// An actor's panel lists its events; past this many it is a timeline's job.
const ACTOR_EVENT_LIMIT = 500;

/** Every method takes read options last: a signal that stops its queries, a time limit. */
export interface ExploreStore {
  health(options?: ReadOptions): Promise<HealthResponse>;
  actorGraph(query: GraphQuery, options?: ReadOptions): Promise<GraphResponse>;
  timeline(query: TimelineQuery, options?: ReadOptions): Promise<TimelineResponse>;
  /** null when no actor has this id. */
  actorDetails(id: string, options?: ReadOptions): Promise<ActorDetails | null>;
  /** null when no event has this id. */
  eventDetails(id: string, options?: ReadOptions): Promise<EventDetails | null>;
  search(query: SearchQuery, options?: ReadOptions): Promise<SearchResponse>;
}

export interface ExploreStoreOptions {
  /** The timeline lists a window's events when it holds at most this many, else counts them by day or week. */
  timelineItemLimit: number;
  /** false: every read walks the window's events, as before the aggregates, and the timeline never counts. */
  aggregates: boolean;
}

export function createExploreStore(driver: Driver, database: string, { timelineItemLimit, aggregates }: ExploreStoreOptions): ExploreStore {
  const read = <Row>(name: string, params: Record<string, unknown>, options?: ReadOptions) =>
    readRows<Row>(driver, database, name, params, options);
  // The heaviest reads, which people opening the explorer at once ask alike (its default window), run once for all.
  const share = createShareInFlight();
  const shared = <T>(name: string, query: object, options: ReadOptions | undefined, run: (options: ReadOptions) => Promise<T>) =>
    share(`${name} ${JSON.stringify(query)}`, (signal) => run({ ...options, signal }), options?.signal);

  return {
    async health(options) {
      const [counts] = await read<{ actors: number; events: number; articles: number }>('counts', {}, options);
      return { status: 'ok', database: { reachable: true, counts } };
    },

    actorGraph: (query, options) => shared('graph', query, options, (own) => buildActorGraph(driver, database, query, { ...own, aggregates })),

    // The window is counted by day span first: from the aggregates, a window holding more than the limit is
    // answered with counts; they do not know sources, so a window filtered by sources is counted from its events.
    // The spans also name the days before the window on which its events start, which the listing seeks.
    timeline: (query, options) => shared('timeline', query, options, async (own) => {
      const filters = { ...toWindowParams(query), types: toListParam(query.types), actor: query.actor ?? null, minSources: query.minSources };
      const spans = await read<DaySpanCount>(chooseDayCounts(query, aggregates), filters, own);
      if (aggregates) {
        const density = bucketDayCounts(spans, filters.from, filters.to);
        if (density.total > timelineItemLimit) return { events: [], capped: true, density };
      }
      const rows = await read<{ event: TimelineEvent }>('timeline', {
        ...filters,
        earlierStarts: [...new Set(spans.filter((span) => span.start < filters.from).map((span) => span.start))],
        minSources: toCypherCount(query.minSources),
        fetch: toCypherCount(query.limit + 1),
      }, own);
      return { events: rows.slice(0, query.limit).map((row) => row.event), capped: rows.length > query.limit };
    }),

    async actorDetails(id, options) {
      const [found] = await read<Omit<ActorDetails, 'relations' | 'events'>>('actor', { id }, options);
      if (!found) return null;
      const [relations, events] = await Promise.all([
        read<ActorDetails['relations'][number]>('actor-relations', { id }, options),
        read<{ event: TimelineEvent }>('actor-events', { id, limit: toCypherCount(ACTOR_EVENT_LIMIT) }, options),
      ]);
      return { ...found, relations, events: events.map((row) => row.event) };
    },

    async eventDetails(id, options) {
      const [found] = await read<Pick<EventDetails, 'event'>>('event', { id }, options);
      if (!found) return null;
      const [evidence, reports] = await Promise.all([
        read<EventDetails['evidence'][number]>('event-evidence', { id }, options),
        read<EventDetails['reports'][number]>('event-reports', { id }, options),
      ]);
      return { event: found.event, evidence, reports };
    },

    async search({ q, limit }, options) {
      const query = toLuceneQuery(q);
      if (query === null) return { actors: [], events: [] };
      const params = { query, limit: toCypherCount(limit) };
      const [actors, events] = await Promise.all([
        read<SearchResponse['actors'][number]>('search-actors', params, options),
        read<SearchResponse['events'][number]>('search-events', params, options),
      ]);
      return { actors, events };
    },
  };
}

/** Which day counts answer a timeline query: the aggregates unless they are off or sources filter it. */
function chooseDayCounts({ actor, minSources }: TimelineQuery, aggregates: boolean): string {
  if (!aggregates || minSources > 1) return 'timeline-corroborated-day-counts';
  return actor ? 'timeline-actor-day-counts' : 'timeline-day-counts';
}
