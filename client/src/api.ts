/**
 * The only module that talks to the server. Every response is parsed with the contract's zod
 * schemas, and every failure becomes an `ApiRequestError` whose message a person can act on.
 */
import type { z } from 'zod';
import {
  ActorDetailsSchema,
  ApiErrorSchema,
  CypherResponseSchema,
  CypherVocabularySchema,
  EventDetailsSchema,
  GraphResponseSchema,
  HealthResponseSchema,
  SearchResponseSchema,
  TimelineResponseSchema,
  type ActorDetails,
  type CypherResponse,
  type CypherVocabulary,
  type ErrorCode,
  type EventDetails,
  type ExportQueryParams,
  type GraphQueryParams,
  type GraphResponse,
  type HealthResponse,
  type SearchResponse,
  type TimelineQueryParams,
  type TimelineResponse,
} from '../../server/contract/api.js';

/** A failed request; `code` is the server's error code, or a client-side one. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly code: ErrorCode | 'NETWORK' | 'BAD_RESPONSE',
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The server's own messages, reworded where a person needs to know what to do next. */
const FRIENDLY_MESSAGES: Partial<Record<ErrorCode, string>> = {
  DB_UNAVAILABLE: 'The database is not reachable — is Neo4j running? (npm run neo4j:start)',
  INTERNAL: 'The server hit an unexpected error; its log says more.',
  CYPHER_TIMEOUT: 'The query took too long and was stopped. Add a LIMIT or narrow the MATCH.',
};

/**
 * What a view says in place of its content when its request failed. The health notice already
 * says the database is down, with what to do; the views only say why they are empty.
 */
export function describeViewError(error: unknown): string {
  if (error instanceof ApiRequestError && error.code === 'DB_UNAVAILABLE') return 'Nothing to show while the database is down.';
  return (error as Error).message;
}

export interface Api {
  health(): Promise<HealthResponse>;
  graph(query: GraphQueryParams, signal?: AbortSignal): Promise<GraphResponse>;
  timeline(query: TimelineQueryParams, signal?: AbortSignal): Promise<TimelineResponse>;
  actor(id: string, signal?: AbortSignal): Promise<ActorDetails>;
  event(id: string, signal?: AbortSignal): Promise<EventDetails>;
  search(q: string, signal?: AbortSignal): Promise<SearchResponse>;
  cypher(query: string, signal?: AbortSignal): Promise<CypherResponse>;
  cypherVocabulary(): Promise<CypherVocabulary>;
  /** An export file as the server names it (Content-Disposition). */
  exportFile(query: ExportQueryParams, signal?: AbortSignal): Promise<{ blob: Blob; filename: string }>;
}

/** Creates the API client; `fetcher` is injectable so tests and benchmarks can stand in for the server. */
export function createApi(base = '', fetcher: typeof fetch = (...args) => fetch(...args)): Api {
  const request = async <T extends z.ZodType>(schema: T, path: string, init: RequestInit = {}): Promise<z.infer<T>> => {
    const response = await send(fetcher, `${base}${path}`, init);
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw toRequestError(body, response.status);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiRequestError('BAD_RESPONSE', `The server's answer to ${path.split('?')[0]} was not understood.`, response.status);
    }
    return parsed.data;
  };
  return {
    health: () => request(HealthResponseSchema, '/api/health'),
    graph: (query, signal) => request(GraphResponseSchema, `/api/graph${toQueryString(query)}`, { signal }),
    timeline: (query, signal) => request(TimelineResponseSchema, `/api/timeline${toQueryString(query)}`, { signal }),
    actor: (id, signal) => request(ActorDetailsSchema, `/api/actors/${encodeURIComponent(id)}`, { signal }),
    event: (id, signal) => request(EventDetailsSchema, `/api/events/${encodeURIComponent(id)}`, { signal }),
    search: (q, signal) => request(SearchResponseSchema, `/api/search${toQueryString({ q })}`, { signal }),
    cypher: (query, signal) =>
      request(CypherResponseSchema, '/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, params: {} }),
        signal,
      }),
    cypherVocabulary: () => request(CypherVocabularySchema, '/api/cypher/vocabulary'),
    async exportFile(query, signal) {
      const response = await send(fetcher, `${base}/api/export${toQueryString(query)}`, { signal });
      if (!response.ok) throw toRequestError(await response.json().catch(() => undefined), response.status);
      const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `export.${query.format}`;
      return { blob: await response.blob(), filename };
    },
  };
}

/** Builds `?a=1&b=2` from the defined, non-empty values. */
export function toQueryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

async function send(fetcher: typeof fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetcher(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError('NETWORK', 'The explorer server is not reachable — is it running? (npm start)', 0);
  }
}

function toRequestError(body: unknown, status: number): ApiRequestError {
  const parsed = ApiErrorSchema.safeParse(body);
  if (!parsed.success) return new ApiRequestError('BAD_RESPONSE', `The server answered with status ${status}.`, status);
  const { code, message } = parsed.data;
  return new ApiRequestError(code, FRIENDLY_MESSAGES[code] ?? message, status);
}

/** True for the abort of a superseded request, which views silently ignore. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
