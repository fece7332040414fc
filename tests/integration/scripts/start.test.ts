import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HealthResponseSchema, type HealthResponse } from '../../../server/contract/api.js';
import { isAlive } from '../../../scripts/local-process.js';
import { projectRoot } from '../../../scripts/run-cli.js';
import { findFreePort } from '../../../scripts/free-port.js';
import { openEmptyTestGraph, type TestGraph } from '../../support/open-test-graph.js';

// Two shared cores: a start runs the extractor over every seed and may rebuild the client.
const START_TIMEOUT_MS = 180_000;

let graph: TestGraph;

interface StartedDemo {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `npm start` in a process group of its own against the test Neo4j; resolves once it prints its URL. */
async function startDemo(): Promise<StartedDemo> {
  const { uri, user, password, database } = inject('neo4j');
  const port = await findFreePort();
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' };
  const child = spawn('npm', ['start'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Explorer ready at (http:\/\/\S+)/.exec(output);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then(({ code }) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, url, port, output: () => output, exited };
}

/** Every process below pid, read from /proc (Linux). */
function descendants(pid: number): number[] {
  let children: number[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const acceptsConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });

// Cleanup after a failed check: the group may already be gone.
function killGroup(demo: StartedDemo): void {
  try {
    process.kill(-demo.child.pid!, 'SIGKILL');
  } catch {
    // nothing left to stop
  }
}

/** Sends `signal` (to npm alone, or to its whole group as Ctrl+C does) and checks that everything stopped and the port closed. */
async function stopDemo(demo: StartedDemo, signal: NodeJS.Signals, target: 'npm' | 'group'): Promise<void> {
  const pid = demo.child.pid!;
  const family = descendants(pid);
  expect(family.length).toBeGreaterThan(0);
  process.kill(target === 'npm' ? pid : -pid, signal);
  // npm re-raises a signal it received itself (the group's Ctrl+C), as a shell expects; its server child closed first.
  const { code, signal: endedBy } = await demo.exited;
  expect(code === 0 || (target === 'group' && endedBy === signal), demo.output()).toBe(true);
  expect(demo.output()).not.toMatch(/^error:/m);
  expect(await acceptsConnections(demo.port)).toBe(false);
  expect(family.filter(isAlive)).toEqual([]);
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

  it('loads the seeds, serves the explorer and its API at the printed URL, and stops with every child on SIGTERM to npm alone', async () => {
    const demo = await startDemo();
    let stopped = false;
    try {
      expect(demo.output()).toMatch(/^seeds: loading \d+ article\(s\)$/m);
      expect(demo.output()).toMatch(/^Explorer ready at \S+ after [\d.]+ s/m);
      const seeds = (await readdir(join(projectRoot, 'seeds'))).filter((name) => name !== 'README.md');
      first = (await health(demo.url)).database.counts;
      expect(first?.articles).toBe(seeds.length);
      const page = await fetch(`${demo.url}/`);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect((await fetch(`${demo.url}/docs/json`)).status).toBe(200);
      await stopDemo(demo, 'SIGTERM', 'npm');
      stopped = true;
    } finally {
      if (!stopped) killGroup(demo);
    }
  }, START_TIMEOUT_MS);

  it('loads nothing twice when started again, and stops with every child on Ctrl+C (SIGINT to its process group)', async () => {
    const demo = await startDemo();
    let stopped = false;
    try {
      expect((await health(demo.url)).database.counts).toEqual(first);
      await stopDemo(demo, 'SIGINT', 'group');
      stopped = true;
    } finally {
      if (!stopped) killGroup(demo);
    }
  }, START_TIMEOUT_MS);
});
