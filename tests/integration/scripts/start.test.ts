import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HealthResponseSchema, type HealthResponse } from '../../../server/contract/api.js';
import { projectRoot } from '../../../scripts/run-cli.js';
import { findFreePort } from '../../support/free-port.js';
import { openEmptyTestGraph, type TestGraph } from '../../support/open-test-graph.js';

// Two shared cores: a start runs the extractor over every seed and may rebuild the client.
const START_TIMEOUT_MS = 180_000;

let graph: TestGraph;

interface StartedDemo {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** Runs `npm start`'s script (one node process, so Ctrl+C reaches it) against the test Neo4j; resolves once it prints its URL. */
async function startDemo(): Promise<StartedDemo> {
  const { uri, user, password, database } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, HOST: '127.0.0.1', PORT: String(await findFreePort()), LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'start.ts')], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Explorer ready at (http:\/\/\S+)/.exec(output);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, url, exited };
}

async function health(url: string): Promise<HealthResponse> {
  const response = await fetch(`${url}/api/health`);
  expect(response.status).toBe(200);
  return HealthResponseSchema.parse(await response.json());
}

beforeAll(async () => {
  graph = await openEmptyTestGraph();
});

afterAll(async () => {
  await graph.driver.close();
});

describe('npm start', () => {
  let first: HealthResponse['database']['counts'];

  it('loads the seeds, serves the explorer and its API at the printed URL, and stops cleanly on Ctrl+C', async () => {
    const demo = await startDemo();
    try {
      const seeds = (await readdir(join(projectRoot, 'seeds'))).filter((name) => name !== 'README.md');
      first = (await health(demo.url)).database.counts;
      expect(first?.articles).toBe(seeds.length);
      const page = await fetch(`${demo.url}/`);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect((await fetch(`${demo.url}/docs/json`)).status).toBe(200);
    } finally {
      demo.child.kill('SIGINT');
    }
    expect(await demo.exited).toBe(0);
  }, START_TIMEOUT_MS);

  it('loads nothing twice when started again', async () => {
    const demo = await startDemo();
    try {
      expect((await health(demo.url)).database.counts).toEqual(first);
    } finally {
      demo.child.kill('SIGINT');
    }
    expect(await demo.exited).toBe(0);
  }, START_TIMEOUT_MS);
});
