/**
 * The crash test: `kill -9` of the ingest in the middle of a batch leaves every article whole or
 * absent, and running the batch again gives the graph a clean run gives.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateSyntheticExtractions } from '../../../scripts/bench/generate-synthetic-graph.js';
import { INGEST_BATCH_ARTICLES } from '../../../scripts/ingest/ingest-files.js';
import { projectRoot } from '../../../scripts/run-cli.js';
import type { Extraction } from '../../../server/contract/extraction.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';
import { snapshotGraph } from '../../support/snapshot-graph.js';

// Two batches and a half: the kill falls in a later batch than the first, whatever the batch size.
const ARTICLES = Math.round(2.5 * INGEST_BATCH_ARTICLES);
// Killed once this many articles are in: well inside the batch.
const KILL_AFTER = 15;

let graph: TestGraph;
let inputDir: string;
const documents = new Map<string, Extraction>();

/** `node --import tsx scripts/ingest.ts <dir>` against the test Neo4j: the node process itself, so SIGKILL hits the writer. */
function startIngest() {
  const { uri, user, password, database } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database };
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', inputDir], { cwd: projectRoot, env, stdio: 'ignore' });
}

async function runIngestToEnd(): Promise<number | null> {
  const child = startIngest();
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** The snapshot without `ingestedAt`: the clock of each run, the one property two equal graphs may not share. */
const snapshotWithoutClock = async () =>
  (await snapshotGraph(graph)).map((line) => {
    const row = JSON.parse(line) as { properties?: Record<string, unknown> };
    delete row.properties?.ingestedAt;
    return JSON.stringify(row);
  });

const countArticles = async () => Number((await queryRows(graph, 'MATCH (a:Article) RETURN count(a) AS n'))[0]!.n);

beforeAll(async () => {
  graph = await openEmptyTestGraph();
  inputDir = mkdtempSync(join(tmpdir(), 'ingest-crash-'));
  for (const doc of generateSyntheticExtractions({ events: ARTICLES * 8, actors: 120, eventsPerArticle: 8, seed: 11 })) {
    documents.set(doc.article.id, doc);
    writeFileSync(join(inputDir, `${doc.article.id}.json`), JSON.stringify(doc));
  }
});

afterAll(async () => {
  rmSync(inputDir, { recursive: true, force: true });
  await graph.driver.close();
});

describe('the ingest killed mid-batch', () => {
  it('leaves each article whole or absent, and a re-run gives the clean run\'s graph', async () => {
    const child = startIngest();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    while ((await countArticles()) < KILL_AFTER) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await exited;

    const present = await queryRows(graph, 'MATCH (a:Article) OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a) RETURN a.id AS id, count(e) AS events');
    expect(present.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(present.length).toBeLessThan(ARTICLES);
    for (const row of present) expect(Number(row.events)).toBe(documents.get(String(row.id))!.events.length);
    const orphans = await queryRows(graph, 'MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->(:Article) RETURN count(e) AS n');
    expect(Number(orphans[0]!.n)).toBe(0);

    expect(await runIngestToEnd()).toBe(0);
    const resumed = await snapshotWithoutClock();
    await graph.driver.executeQuery('MATCH (n) WHERE NOT n:Migration DETACH DELETE n', {}, { database: graph.database });
    expect(await runIngestToEnd()).toBe(0);
    expect(resumed).toEqual(await snapshotWithoutClock());
  }, 240_000);
});
