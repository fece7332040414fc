/**
 * Fuzzes every route through the real app on the test Neo4j: random methods, paths, query strings,
 * bodies, content types and headers. No answer is a 5xx, every error has the catalogue's shape, and
 * none echoes the marker planted in the path, the query or the headers.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../../server/contract/api.js';
import { INGEST_TOKEN, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

const MARKER = 'Zq7marker';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp([]);
});
afterAll(() => api?.close());

const segment = fc.oneof(
  fc.constantFrom('russia', 'a:e1', MARKER, '%', '%zz', '%E0%A4%A', '..', '', '%00', '%2F', '😀', 'x'.repeat(150)),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((text) => encodeURIComponent(text) + MARKER),
);
const path = fc.oneof(
  fc.constantFrom('/api/health', '/api/graph', '/api/timeline', '/api/search', '/api/cypher', '/api/cypher/vocabulary', '/api/export', '/api/articles', '/docs/json', '/'),
  segment.map((id) => `/api/actors/${id}`),
  segment.map((id) => `/api/events/${id}`),
  fc.array(segment, { maxLength: 4 }).map((parts) => `/api/${parts.join('/')}`),
);
const queryKey = fc.constantFrom('from', 'to', 'types', 'actors', 'actor', 'kinds', 'minWeight', 'limit', 'q', 'format', 'table', MARKER);
const queryValue = fc.oneof(
  fc.constantFrom('2016-02-01', '2016-02-30', '-1', '0', '99999999', 'talks,meeting', 'russia', '', '%', 'NaN', '1e9', 'csv', 'gexf', 'json', 'actors'),
  fc.string({ maxLength: 30 }).map((text) => `${MARKER}${text}`),
);
const queryString = fc.array(fc.tuple(queryKey, queryValue), { maxLength: 5 }).map((pairs) =>
  pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`,
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.record({ query: fc.constantFrom('RETURN 1', 'MATCH (n) RETURN n LIMIT 2', 'CREATE (n)', 'RETURN', `RETURN '${MARKER}'`), params: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })) }).map((v) => JSON.stringify(v)),
  fc.integer({ min: 60, max: 3_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.string({ maxLength: 200 }),
);
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'text/markdown', 'text/html', `application/${MARKER}`, 'multipart/form-data', '');
const headers = fc.record(
  {
    authorization: fc.oneof(fc.constant(`Bearer ${INGEST_TOKEN}`), fc.string({ maxLength: 40 }).map((text) => `Bearer ${MARKER}${text}`)),
    accept: fc.constantFrom('application/json', 'text/html', '*/*', MARKER),
    'x-anything': fc.constant(MARKER),
  },
  { requiredKeys: [] },
);
const method = fc.constantFrom<InjectOptions['method'] & string>('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');

describe('every route, fuzzed', () => {
  it('never answers 5xx, and every error is { code, message } from the catalogue without echoing the request', async () => {
    await fc.assert(
      fc.asyncProperty(method, path, queryString, body, contentType, headers, async (verb, url, query, payload, type, extra) => {
        const response = await api.app.inject({
          method: verb,
          url: `${url}${query}`,
          ...(payload === undefined ? {} : { payload }),
          headers: { ...extra, ...(type ? { 'content-type': type } : {}) },
        });
        expect(response.statusCode).toBeLessThan(500);
        if (response.statusCode < 400 || verb === 'HEAD') return;
        const error = ApiErrorSchema.parse(response.json());
        expect(error.message).not.toContain(MARKER);
      }),
      { numRuns: 400 },
    );
  }, 240_000);
});
