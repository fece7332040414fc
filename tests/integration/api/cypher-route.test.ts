import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponseSchema } from '../../../server/contract/api.js';
import { MAIN_DOCUMENT, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

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

  it('cuts the rows at the cap and says so', async () => {
    const { rows, truncated } = CypherResponseSchema.parse((await runCypher({ query: 'UNWIND range(1, 5000) AS n RETURN n' })).json());
    expect(rows.length).toBeLessThan(5000);
    expect(truncated).toBe(true);
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

  it('refuses a body without a query with 400 VALIDATION_FAILED', async () => {
    const response = await runCypher({ params: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
