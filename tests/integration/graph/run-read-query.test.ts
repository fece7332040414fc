import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRefusedError, runReadQuery, type ReadQueryOptions } from '../../../server/graph/run-read-query.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';

let graph: TestGraph;
const options: ReadQueryOptions = { rowLimit: 100, byteBudget: 1_000_000, valueLimits: { listItems: 1_000, stringChars: 1_000 }, timeoutMs: 10_000 };
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

  it('refuses a query whose plan writes, saying it writes, before running it', async () => {
    await expect(run("CREATE (:Actor {id: 'intruder'})")).rejects.toMatchObject({ name: 'QueryRefusedError', writes: true });
    await expect(run("MATCH (a:Actor) SET a.name = 'x'")).rejects.toMatchObject({ name: 'QueryRefusedError', writes: true });
    await expect(run('CREATE INDEX intruder IF NOT EXISTS FOR (a:Actor) ON (a.name)')).rejects.toBeInstanceOf(QueryRefusedError);
    expect(await queryRows(graph, "MATCH (a:Actor {id: 'intruder'}) RETURN a")).toEqual([]);
  });

  it('refuses administration, server procedures and other databases, naming why', async () => {
    await expect(run('SHOW TRANSACTIONS')).rejects.toMatchObject({ writes: false, message: expect.stringMatching(/ShowTransactions/) });
    await expect(run('CALL dbms.listConfig()')).rejects.toMatchObject({ message: expect.stringMatching(/procedure dbms\.listConfig/) });
    await expect(run('USE system CALL dbms.showCurrentUser()')).rejects.toMatchObject({ message: expect.stringMatching(/not 'system'/) });
  });

  it('runs the allowlisted schema procedures', async () => {
    const result = await run('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(result.rows).toContainEqual({ label: 'Actor' });
  });

  it('cuts long lists and strings with a marker saying how much is left out', async () => {
    const result = await runReadQuery(graph.driver, graph.database, "RETURN range(1, 10) AS list, 'abcdefgh' AS text", {}, { ...options, valueLimits: { listItems: 3, stringChars: 5 } });
    expect(result.rows).toEqual([{ list: [1, 2, 3, '… 7 more'], text: 'abcde… (3 more characters)' }]);
  });

  it('stops at the byte budget and says it truncated', async () => {
    const result = await runReadQuery(graph.driver, graph.database, 'UNWIND range(1, 1000) AS i RETURN range(1, 100) AS list', {}, { ...options, rowLimit: 1000, byteBudget: 10_000 });
    expect(result.truncated).toBe(true);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.rows).length).toBeLessThanOrEqual(10_000);
  });

  it("stops a query that outruns timeoutMs, with Neo4j's timeout code", async () => {
    const slow = runReadQuery(graph.driver, graph.database, 'UNWIND range(1, 1000000000) AS n WITH n WHERE n < 0 RETURN count(n)', {}, { ...options, rowLimit: 1, timeoutMs: 300 });
    await expect(slow).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/) });
  });

  it("reports a syntax error with Neo4j's code", async () => {
    await expect(run('MATC (n) RETURN n')).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('refuses LOAD CSV, of local files or of URLs', async () => {
    for (const source of ['file:///etc/passwd', 'http://127.0.0.1:1/secret.csv']) {
      await expect(run(`LOAD CSV FROM '${source}' AS line RETURN line`)).rejects.toMatchObject({ message: expect.stringMatching(/LOAD CSV/) });
    }
  });
});
