import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlainRows } from '../../../server/graph/read-plain-rows.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';
import { waitFor } from '../../support/wait-for.js';

// Counts to a few hundred million: seconds of work in Neo4j, long enough to be seen running.
const SLOW = 'UNWIND range(1, 400000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openEmptyTestGraph();
});
afterAll(() => graph?.driver.close());

const runningSlowQueries = async () =>
  (await queryRows(graph, 'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery')).filter((row) => row.currentQuery === SLOW);

describe('readPlainRows', () => {
  it('reads rows as plain objects', async () => {
    expect(await readPlainRows(graph.driver, graph.database, 'RETURN 1 AS one, [2, 3] AS list', {})).toEqual([{ one: 1, list: [2, 3] }]);
  });

  it('stops the query in Neo4j when its signal aborts', async () => {
    const leaving = new AbortController();
    const reading = readPlainRows(graph.driver, graph.database, SLOW, {}, { signal: leaving.signal });
    reading.catch(() => {});
    expect(await waitFor(async () => (await runningSlowQueries()).length === 1, 10_000)).toBe(true);
    leaving.abort();
    const started = performance.now();
    await expect(reading).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await waitFor(async () => (await runningSlowQueries()).length === 0, 2_000)).toBe(true);
  });

  it('has Neo4j end a query past its time limit', async () => {
    await expect(readPlainRows(graph.driver, graph.database, SLOW, {}, { timeoutMs: 200 })).rejects.toMatchObject({
      code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/),
    });
  });
});
