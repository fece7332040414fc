import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReadQuery } from '../../../server/graph/run-read-query.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';

let graph: TestGraph;
const options = { rowLimit: 100, timeoutMs: 10_000 };
const run = (query: string, params: Record<string, unknown> = {}, rowLimit = options.rowLimit) =>
  runReadQuery(graph.driver, graph.database, query, params, { ...options, rowLimit });

beforeAll(async () => {
  graph = await openEmptyTestGraph();
  await queryRows(graph, "CREATE (:Actor {id: 'russia', name: 'Russia'})-[:BACKS {articleIds: ['a1']}]->(:Actor {id: 'syria', name: 'Syria'})");
});

afterAll(async () => {
  await graph.driver.close();
});

describe('runReadQuery', () => {
  it('returns the columns and the rows as plain JSON', async () => {
    const result = await run("MATCH (a:Actor {id: $id})-[r]->(b) RETURN a, r, date('2016-02-06') AS day, count{(a)--()} AS degree", { id: 'russia' });
    expect(result.columns).toEqual(['a', 'r', 'day', 'degree']);
    expect(result.truncated).toBe(false);
    const [row] = result.rows;
    expect(row).toMatchObject({ a: { id: 'russia', labels: ['Actor'] }, r: { type: 'BACKS', articleIds: ['a1'] }, day: '2016-02-06', degree: 1 });
    expect(row?.r).toMatchObject({ startElementId: (row?.a as { elementId: string }).elementId });
  });

  it('takes whole-number parameters as integers, so LIMIT accepts them', async () => {
    const result = await run('UNWIND range(1, 10) AS n RETURN n LIMIT $limit', { limit: 3 });
    expect(result.rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('keeps at most rowLimit rows and says it truncated', async () => {
    const result = await run('UNWIND range(1, 10) AS n RETURN n', {}, 4);
    expect(result.rows).toHaveLength(4);
    expect(result.truncated).toBe(true);
  });

  it('is refused by Neo4j when the query writes', async () => {
    await expect(run("CREATE (:Actor {id: 'intruder'})")).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    await expect(run("MATCH (a:Actor) SET a.name = 'x'")).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    await expect(run('CREATE INDEX intruder IF NOT EXISTS FOR (a:Actor) ON (a.name)')).rejects.toHaveProperty('code');
    expect(await queryRows(graph, "MATCH (a:Actor {id: 'intruder'}) RETURN a")).toEqual([]);
  });

  it("stops a query that outruns timeoutMs, with Neo4j's timeout code", async () => {
    const slow = runReadQuery(graph.driver, graph.database, 'UNWIND range(1, 1000000000) AS n WITH n WHERE n < 0 RETURN count(n)', {}, { rowLimit: 1, timeoutMs: 300 });
    await expect(slow).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/) });
  });

  it("reports a syntax error with Neo4j's code", async () => {
    await expect(run('MATC (n) RETURN n')).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('cannot read local files or local URLs with LOAD CSV', async () => {
    await expect(run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ExternalResourceFailed',
    });
    await expect(run("LOAD CSV FROM 'http://127.0.0.1:1/secret.csv' AS line RETURN line")).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ExternalResourceFailed',
      message: expect.stringMatching(/blocked/),
    });
  });
});
