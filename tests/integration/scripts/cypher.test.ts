import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';
import { runScript, type ScriptRun } from '../../support/run-script.js';

let graph: TestGraph;

/** Runs `npx tsx scripts/cypher.ts …` against the test Neo4j; resolves with its exit code and output. */
function runCypherCli(args: string[]): Promise<ScriptRun> {
  const { uri, user, password, database } = inject('neo4j');
  return runScript('cypher.ts', args, { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database });
}

beforeAll(async () => {
  graph = await openEmptyTestGraph();
  await queryRows(graph, "CREATE (:Event {id: 'a:e1', type: 'talks', start: date('2016-02-01')}), (:Event {id: 'a:e2', type: 'meeting'})");
});

afterAll(async () => {
  await graph.driver.close();
});

describe('npm run cypher', () => {
  it('prints the rows as one JSON array, dates as ISO strings', async () => {
    const result = await runCypherCli(['MATCH (e:Event) WHERE e.type = $type RETURN e.id AS id, e.start AS start', '--param', 'type=talks']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([{ id: 'a:e1', start: '2016-02-01' }]);
  });

  it('parses a parameter value as JSON when it can', async () => {
    const result = await runCypherCli(['UNWIND $ids AS id RETURN id LIMIT $n', '--param', 'ids=["x","y"]', '--param', 'n=1']);
    expect(JSON.parse(result.stdout)).toEqual([{ id: 'x' }]);
  });

  it('refuses a write with the reason on stderr and a non-zero exit', async () => {
    const result = await runCypherCli(["CREATE (:Event {id: 'intruder'})"]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: Only read queries over the graph run here: Create is not a read operator/m);
    expect(await queryRows(graph, "MATCH (e:Event {id: 'intruder'}) RETURN e")).toEqual([]);
  });

  it('reports a syntax error on stderr with a non-zero exit', async () => {
    const result = await runCypherCli(['MATC (n) RETURN n']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^error: Neo\.ClientError\.Statement\.SyntaxError: Invalid input 'MATC'/m);
  });
});
