import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.js';
import { CypherResponseSchema, CypherVocabularySchema } from '../../../server/contract/api.js';
import { queryRows } from '../../support/open-test-graph.js';
import { buildTestConfig, MAIN_DOCUMENT, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';
import { waitFor } from '../../support/wait-for.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp([MAIN_DOCUMENT]);
});
afterAll(() => api?.close());

const runCypher = (payload: unknown) => api.app.inject({ method: 'POST', url: '/api/cypher', payload: payload as object });

describe('POST /api/cypher', () => {
  it('returns rows by column, with parameters, as plain JSON', async () => {
    const response = await runCypher({ query: 'MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.kind AS kind', params: { id: 'russia' } });
    expect(response.statusCode).toBe(200);
    const result = CypherResponseSchema.parse(response.json());
    expect(result).toMatchObject({ columns: ['name', 'kind'], rows: [{ kind: 'state' }], truncated: false });
  });

  it('returns nodes and relationships drawable, paths included', async () => {
    const query = 'MATCH p = (:Actor {id: "russia"})-[:BACKS]->(:Actor) RETURN p';
    const { graph } = CypherResponseSchema.parse((await runCypher({ query })).json());
    expect(graph.nodes).toHaveLength(2);
    expect(graph.relationships).toHaveLength(1);
    const [backs] = graph.relationships;
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toContain(backs!.source);
    expect(ids).toContain(backs!.target);
    expect(graph.nodes.find((n) => n.id === backs!.source)?.properties).toMatchObject({ id: 'russia' });
  });

  it('turns dates into ISO strings and integers into numbers', async () => {
    const { rows } = CypherResponseSchema.parse((await runCypher({ query: 'RETURN date("2016-02-11") AS day, 40 + 2 AS n' })).json());
    expect(rows).toEqual([{ day: '2016-02-11', n: 42 }]);
  });

  it('bounds the answer in bytes: many rows of long lists come back cut, well under 2 MB, and say so', async () => {
    const response = await runCypher({ query: 'UNWIND range(1, 1000) AS i RETURN range(1, 20000) AS list' });
    expect(response.statusCode).toBe(200);
    expect(response.body.length).toBeLessThan(1_200_000);
    const { rows, truncated } = CypherResponseSchema.parse(response.json());
    expect(truncated).toBe(true);
    expect(rows.length).toBeGreaterThan(10);
    expect((rows[0]!.list as unknown[]).at(-1)).toBe('… 19000 more');
  });

  it('cuts a long string with a marker saying how much is left out', async () => {
    const response = await runCypher({ query: "RETURN reduce(text = '', i IN range(1, 12000) | text + 'x') AS text" });
    const [row] = CypherResponseSchema.parse(response.json()).rows;
    expect(row!.text).toBe(`${'x'.repeat(10_000)}… (2000 more characters)`);
  });

  it('cuts the rows at the cap and says so', async () => {
    const { rows, truncated } = CypherResponseSchema.parse((await runCypher({ query: 'UNWIND range(1, 5000) AS n RETURN n' })).json());
    expect(rows.length).toBeLessThan(5000);
    expect(truncated).toBe(true);
  });

  it('refuses an administration command with 400 CYPHER_NOT_ALLOWED saying why', async () => {
    const response = await runCypher({ query: 'SHOW TRANSACTIONS YIELD *' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'CYPHER_NOT_ALLOWED', message: expect.stringMatching(/ShowTransactions/) });
  });

  it('refuses a write with 400 CYPHER_NOT_READ_ONLY and writes nothing', async () => {
    const response = await runCypher({ query: 'CREATE (:Actor {id: "intruder", name: "Intruder", kind: "other"})' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'CYPHER_NOT_READ_ONLY' });
    const check = await runCypher({ query: 'MATCH (a:Actor {id: "intruder"}) RETURN count(a) AS n' });
    expect(check.json().rows).toEqual([{ n: 0 }]);
  });

  it("answers a syntax error with 400 CYPHER_SYNTAX and Neo4j's message", async () => {
    const response = await runCypher({ query: 'MATCH (a:Actor RETURN a' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'CYPHER_SYNTAX', message: expect.stringMatching(/invalid input/i) });
  });

  it.each([
    ['on its first line', 'MATCH (a:Actor) RETRN a', '(line 1, column 17 (offset: 16))'],
    ['on a later line', 'MATCH (a:Actor)\nRETRN a', '(line 2, column 1 (offset: 16))'],
  ])("gives a syntax error's line, column and offset in the user's own query, %s", async (_case, query, position) => {
    expect((await runCypher({ query })).json().message).toContain(position);
  });

  it('refuses a body without a query with 400 VALIDATION_FAILED', async () => {
    const response = await runCypher({ params: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('POST /api/cypher under load', () => {
  it('keeps /api/health answering within 200 ms while a huge result is read', { timeout: 60_000 }, async () => {
    const app = await buildApp(buildTestConfig({ LOG_LEVEL: 'silent' }), api.deps);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      await fetch(`${base}/api/health`);
      const heavy = fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'RETURN range(1, 5000000) AS list' }),
      });
      let done = false;
      void heavy.finally(() => (done = true));
      const latencies: number[] = [];
      while (!done) {
        const started = performance.now();
        const health = await fetch(`${base}/api/health`);
        latencies.push(performance.now() - started);
        expect(health.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const answer = await heavy;
      expect(answer.status).toBeLessThan(500);
      expect(latencies.length).toBeGreaterThan(5);
      expect(Math.max(...latencies)).toBeLessThan(200);
    } finally {
      await app.close();
    }
  });
});

describe('POST /api/cypher when its client leaves', () => {
  // Counts to a few hundred million: seconds of work in Neo4j, long enough to be seen running.
  const SLOW = 'UNWIND range(1, 400000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n';
  const runningSlowQueries = async () =>
    (await queryRows(api.graph, 'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery')).filter((row) => String(row.currentQuery).includes(SLOW));

  it('stops the query in Neo4j', { timeout: 60_000 }, async () => {
    const app = await buildApp(buildTestConfig({ LOG_LEVEL: 'silent' }), api.deps);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const leaving = new AbortController();
      const request = fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SLOW }),
        signal: leaving.signal,
      }).catch(() => 'gone');
      expect(await waitFor(async () => (await runningSlowQueries()).length === 1, 10_000)).toBe(true);
      leaving.abort();
      expect(await request).toBe('gone');
      // Well before the console's 10-s limit would have ended it.
      expect(await waitFor(async () => (await runningSlowQueries()).length === 0, 2_000)).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('POST /api/cypher rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the per-client limit', async () => {
    const app = await buildApp(buildTestConfig({ CONSOLE_RATE_LIMIT: '2' }), api.deps);
    try {
      const send = () => app.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1 AS n' } });
      expect((await send()).statusCode).toBe(200);
      expect((await send()).statusCode).toBe(200);
      const limited = await send();
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/retry in/) });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      const other = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1 AS n' }, remoteAddress: '10.0.0.2' });
      expect(other.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('GET /api/cypher/vocabulary', () => {
  it('lists the labels, relationship types and property keys the graph uses, sorted', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/cypher/vocabulary' });
    expect(response.statusCode).toBe(200);
    const vocabulary = CypherVocabularySchema.parse(response.json());
    expect(vocabulary.labels).toEqual(expect.arrayContaining(['Actor', 'Article', 'Event']));
    expect(vocabulary.relationshipTypes).toEqual(expect.arrayContaining(['PARTICIPATED_IN', 'REPORTED_IN', 'BACKS']));
    expect(vocabulary.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'summary']));
    expect(vocabulary.labels).toEqual([...vocabulary.labels].sort((a, b) => a.localeCompare(b)));
  });
});
