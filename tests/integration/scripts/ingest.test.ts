import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../../scripts/run-cli.js';
import { fixturePath } from '../../support/fixture-documents.js';
import { findFreePort } from '../../../scripts/free-port.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';
import { runScript, type ScriptRun } from '../../support/run-script.js';

const GOLD_FILES = ['ukraine-2014-04-17-geneva-statement', 'syria-2017-01-24-astana-talks'].map((name) => fixturePath(name, 'gold'));
const SEED_ARTICLE = join(projectRoot, 'seeds', '000_6ff62da4ed2f94fb.txt');

let graph: TestGraph;
let inputDir: string;

/** Runs `npx tsx scripts/ingest.ts …` against the test Neo4j; resolves with its exit code and output. */
function runIngestCli(args: string[], uri = inject('neo4j').uri): Promise<ScriptRun> {
  const { user, password, database } = inject('neo4j');
  return runScript('ingest.ts', args, { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database });
}

const countEvents = (files: string[]) =>
  files.reduce((sum, file) => sum + (JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] }).events.length, 0);

beforeAll(async () => {
  graph = await openEmptyTestGraph();
  inputDir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  writeFileSync(join(inputDir, 'broken.gold.json'), JSON.stringify({ article: { id: 'x' }, actors: [], events: [{ id: 1 }], relations: [] }));
  writeFileSync(join(inputDir, 'notes.csv'), 'ignored,because,not,an,input\n');
});

afterAll(async () => {
  rmSync(inputDir, { recursive: true, force: true });
  await graph.driver.close();
});

describe('npm run ingest', () => {
  it('loads the valid documents, reports each invalid file on one line, sums up and exits non-zero', async () => {
    const result = await runIngestCli([...GOLD_FILES, inputDir]);
    expect(result.code).not.toBe(0);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/broken\.gold\.json: not a valid extraction document: article\.title: .*events\.0\.id/);
    expect(result.stdout).toMatch(new RegExp(`^ingested 2 articles: \\d+ actors, ${countEvents(GOLD_FILES)} events, \\d+ relations in [\\d.]+ s; 1 file\\(s\\) failed$`, 'm'));
    const [{ events }] = (await queryRows(graph, 'MATCH (e:Event) RETURN count(e) AS events')) as [{ events: number }];
    expect(events).toBe(countEvents(GOLD_FILES));
  });

  it('runs the extractor on a raw article and stores its text, exiting zero', async () => {
    const result = await runIngestCli([SEED_ARTICLE]);
    expect(result.stderr).not.toMatch(/error:/);
    expect(result.code).toBe(0);
    const rows = await queryRows(graph, "MATCH (a:Article {id: '000_6ff62da4ed2f94fb'}) RETURN a.text AS text");
    expect(rows).toEqual([{ text: expect.stringContaining('06 February, 2016') }]);
  });

  it('warns when two inputs carry the same article, and counts that article once', async () => {
    const result = await runIngestCli([GOLD_FILES[0]!, GOLD_FILES[0]!]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: .*statement\.gold\.json: replaces what .*statement\.gold\.json said \(same article id "ukraine-2014-04-17-geneva-statement"\)$/m);
    expect(result.stdout).toMatch(new RegExp(`^ingested 1 articles: \\d+ actors, ${countEvents(GOLD_FILES.slice(0, 1))} events`, 'm'));
  });

  it('names every file not loaded and exits non-zero within seconds when Neo4j cannot be reached', async () => {
    const started = performance.now();
    const result = await runIngestCli(GOLD_FILES, `bolt://127.0.0.1:${await findFreePort()}`);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^error: stopped early: the database could not be reached .*; 2 file\(s\) not loaded:$/m);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('not loaded: '))).toEqual(GOLD_FILES.map((file) => `not loaded: ${file}`));
    // npx and tsx start in a few seconds; the driver then gives up in about one more.
    expect((performance.now() - started) / 1000).toBeLessThan(20);
  });

  it('recomputes identity over the whole graph with --rebuild-identity, and asks for files or that flag', async () => {
    // The graph holds what the tests above loaded.
    const result = await runIngestCli(['--rebuild-identity']);
    expect(result.code).toBe(0);
    const [{ reports, events }] = (await queryRows(graph, 'MATCH (r:Report)-[:OF]->(e:Event) RETURN count(r) AS reports, count(DISTINCT e) AS events')) as [{ reports: number; events: number }];
    expect(result.stdout).toMatch(new RegExp(`^identity rebuilt: ${reports} reports make ${events} events in [\\d.]+ s$`, 'm'));
    const bare = await runIngestCli([]);
    expect(bare.code).not.toBe(0);
    expect(bare.stderr).toMatch(/^error: ingest: give files or folders to load, or --rebuild-identity$/m);
  }, 90_000);

  it('says which path does not exist', async () => {
    const result = await runIngestCli([join(inputDir, 'missing.json')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^error: .*missing\.json: no such file or folder$/m);
  });
});
