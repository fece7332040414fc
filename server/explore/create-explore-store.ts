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
import { readRows, toCypherCount } from './read-rows.js';
import { toListParam, toWindowParams } from './time-window.js';
import { toLuceneQuery } from './to-lucene-query.js';

// An actor's panel lists its events; past this many it is a timeline's job.
const ACTOR_EVENT_LIMIT = 500;

export interface ExploreStore {
  health(): Promise<HealthResponse>;
  actorGraph(query: GraphQuery): Promise<GraphResponse>;
  timeline(query: TimelineQuery): Promise<TimelineResponse>;
  /** null when no actor has this id. */
  actorDetails(id: string): Promise<ActorDetails | null>;
  /** null when no event has this id. */
  eventDetails(id: string): Promise<EventDetails | null>;
  search(query: SearchQuery): Promise<SearchResponse>;
}

export function createExploreStore(driver: Driver, database: string): ExploreStore {
  const read = <Row>(name: string, params: Record<string, unknown> = {}) => readRows<Row>(driver, database, name, params);

  return {
    async health() {
      const [counts] = await read<{ actors: number; events: number; articles: number }>('counts');
      return { status: 'ok', database: { reachable: true, counts } };
    },

    actorGraph: (query) => buildActorGraph(driver, database, query),

    async timeline(query) {
      const rows = await read<{ event: TimelineEvent }>('timeline', {
        ...toWindowParams(query),
        types: toListParam(query.types),
        actor: query.actor ?? null,
        fetch: toCypherCount(query.limit + 1),
      });
      return { events: rows.slice(0, query.limit).map((row) => row.event), capped: rows.length > query.limit };
    },

    async actorDetails(id) {
      const [found] = await read<Omit<ActorDetails, 'relations' | 'events'>>('actor', { id });
      if (!found) return null;
      const [relations, events] = await Promise.all([
        read<ActorDetails['relations'][number]>('actor-relations', { id }),
        read<{ event: TimelineEvent }>('actor-events', { id, limit: toCypherCount(ACTOR_EVENT_LIMIT) }),
      ]);
      return { ...found, relations, events: events.map((row) => row.event) };
    },

    async eventDetails(id) {
      const [found] = await read<Pick<EventDetails, 'event'>>('event', { id });
      if (!found) return null;
      const evidence = await read<EventDetails['evidence'][number]>('event-evidence', { id });
      return { event: found.event, evidence };
    },

    async search({ q, limit }) {
      const query = toLuceneQuery(q);
      if (query === null) return { actors: [], events: [] };
      const params = { query, limit: toCypherCount(limit) };
      const [actors, events] = await Promise.all([
        read<SearchResponse['actors'][number]>('search-actors', params),
        read<SearchResponse['events'][number]>('search-events', params),
      ]);
      return { actors, events };
    },
  };
}
