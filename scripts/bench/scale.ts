/**
 * Bench section `scale` (`npm run bench -- --events 1000000`): a GDELT-shaped export of N events
 * (gdelt:generate) loaded by the real import into the benches' own Neo4j, beside the raw
 * `UNWIND … MERGE` baseline; then the API's latency on that graph for a month, a year and the whole
 * history (in-process, one client), 50 clients at once on a served explorer, and peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { buildApp } from '../../server/app.js';
import { parseConfig } from '../../server/config.js';
import type { Neo4jConnection } from '../../server/graph/driver.js';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import { DEFAULT_RESAMPLE, defaultActorCount, resampleGdeltRows } from '../gdelt-generate/resample-gdelt-rows.js';
import { readSampleRows } from '../gdelt-generate/read-sample-rows.js';
import { writeGdeltExport } from '../gdelt-generate/write-gdelt-export.js';
import { findFreePort } from '../free-port.js';
import { importGdeltFiles } from '../import-gdelt/import-gdelt-files.js';
import { spawnExplorer } from '../loadtest/spawn-explorer.js';
import type { LocalNeo4j } from '../neo4j/local-neo4j.js';
import { projectRoot } from '../run-cli.js';
import { describeMachine } from './api.js';
import type { BenchFigure, BenchOptions, BenchSection } from './bench-section.js';
import { withBenchNeo4j } from './bench-neo4j.js';
import { resetGraph, time } from './ingest.js';
import { measureConcurrent } from './measure-concurrent.js';
import { measureLatency } from './measure-latency.js';
import { readNeo4jPid, readPeakRssMb } from './read-peak-memory.js';
import { writeRawGdeltFile } from './write-raw-events.js';

export const DEFAULT_SCALE_EVENTS = 100_000;
// The baseline writes at most this many of the file's first rows: on a loaded machine a million raw rows alone take most of an hour.
const RAW_BASELINE_ROWS = 200_000;
const CONCURRENT_CLIENTS = 50;
const CONCURRENT_SECONDS = 30;

// The generated history runs 2015–2019 (DEFAULT_RESAMPLE): a month and a year in its middle, and all of it.
const WINDOWS: [string, string][] = [['month', '?from=2017-06-01&to=2017-06-30'], ['year', '?from=2017-01-01&to=2017-12-31'], ['whole history', '']];
const SEARCHES = ['/api/search?q=russia', '/api/search?q=business', '/api/search?q=united'];

const say = (line: string) => process.stderr.write(`scale bench ${new Date().toISOString().slice(11, 19)}: ${line}\n`);

export const scaleSection: BenchSection = {
  name: `scale: a generated GDELT history through the real import, then the API (${describeMachine()})`,
  async run(options: BenchOptions) {
    const events = options.events ?? DEFAULT_SCALE_EVENTS;
    return await withBenchNeo4j(async (driver, connection, server) => {
      const figures: BenchFigure[] = [];
      if (options.reuseGraph && (await holdsEvents(driver, connection.database, events))) say(`reusing the ${events.toLocaleString('en')} events already imported`);
      else figures.push(...(await generateAndImport(driver, connection.database, events)));
      return [...figures, ...(await measureReads(driver, connection, server))];
    });
  },
};

/** Whether the bench graph already holds `events` events (its schema brought up to date first). */
async function holdsEvents(driver: Driver, database: string, events: number): Promise<boolean> {
  await applyMigrations(driver, database);
  const counts = await countGraph(driver, database);
  if (counts.events !== events) say(`the bench graph holds ${counts.events.toLocaleString('en')} events, not ${events.toLocaleString('en')}: importing again`);
  return counts.events === events;
}

async function generateAndImport(driver: Driver, database: string, events: number): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  try {
    const file = join(dir, `generated-${events}.export.CSV`);
    say(`generating ${events.toLocaleString('en')} events`);
    await writeGdeltExport(resampleGdeltRows(await readSampleRows(), { ...DEFAULT_RESAMPLE, events, actors: defaultActorCount(events) }), file);
    return await importScale(driver, database, file, events);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function importScale(driver: Driver, database: string, file: string, events: number): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const add = (label: string, value: number, unit: string) => figures.push({ label, value, unit });
  await resetGraph(driver, database);
  const rawRows = Math.min(events, RAW_BASELINE_ROWS);
  say(`baseline: ${rawRows.toLocaleString('en')} rows with raw UNWIND … MERGE`);
  const rawSeconds = await time('raw baseline', () => writeRawGdeltFile(driver, database, file, rawRows));
  await resetGraph(driver, database);
  say(`import: ${events.toLocaleString('en')} rows through import:gdelt's code`);
  const importSeconds = await time('GDELT import', () => importAll(driver, database, file, events));
  add(`GDELT import, ${events.toLocaleString('en')} events (project)`, events / importSeconds, 'events/s');
  add(`raw UNWIND … MERGE, first ${rawRows.toLocaleString('en')} rows`, rawRows / rawSeconds, 'events/s');
  add('import time', importSeconds, 's');
  return figures;
}

async function measureReads(driver: Driver, connection: Neo4jConnection, server: LocalNeo4j): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const add = (label: string, value: number, unit: string) => figures.push({ label, value, unit });
  const counts = await countGraph(driver, connection.database);
  add('events in the graph', counts.events, 'events');
  add('actors in the graph', counts.actors, 'actors');

  say('API latency, one client');
  const app = await buildApp(parseConfig({ LOG_LEVEL: 'silent' }), { driver, database: connection.database, consoleConnection: connection });
  try {
    const urls = [...WINDOWS.flatMap(([name, query]) => ['/api/graph', '/api/timeline'].map((route): [string, string, number] => [`${route}, ${name}`, `${route}${query}`, name === 'whole history' ? 10 : 20])), ...SEARCHES.map((url): [string, string, number] => [url, url, 20])];
    for (const [, url] of urls) await warmUp(app, url);
    for (const [label, url, runs] of urls) {
      // A URL that fails (an overloaded answer) is reported as such; the others are still measured.
      try {
        const latency = await measureLatency(app, url, runs);
        add(`${label}: p50`, latency.p50, 'ms');
        add(`${label}: p95`, latency.p95, `ms (${latency.size})`);
      } catch (error) {
        add(`${label}: failed`, Number.NaN, error instanceof Error ? error.message.slice(0, 120) : String(error));
      }
    }
  } finally {
    await app.close();
  }

  say(`${CONCURRENT_CLIENTS} clients for ${CONCURRENT_SECONDS} s on a served explorer`);
  const explorer = await spawnExplorer(projectRoot, connection, await findFreePort());
  try {
    const paths = [...WINDOWS.flatMap(([, query]) => [`/api/graph${query}`, `/api/timeline${query}`]), ...SEARCHES];
    const load = await measureConcurrent(explorer.url, paths, CONCURRENT_CLIENTS, CONCURRENT_SECONDS);
    add(`${CONCURRENT_CLIENTS} clients: requests answered`, load.requests, `(${load.perSecond.toFixed(1)}/s)`);
    add(`${CONCURRENT_CLIENTS} clients: p50`, load.p50, 'ms');
    add(`${CONCURRENT_CLIENTS} clients: p95`, load.p95, 'ms');
    add(`${CONCURRENT_CLIENTS} clients: errors (incl. non-200)`, load.errors, 'errors');
    add('explorer server peak RSS', readPeakRssMb(explorer.pid) ?? Number.NaN, 'MB');
  } finally {
    await explorer.stop();
  }
  const neo4jPid = readNeo4jPid(server.home);
  add('Neo4j peak RSS (since it started)', neo4jPid === null ? Number.NaN : readPeakRssMb(neo4jPid) ?? Number.NaN, 'MB');
  return figures;
}

// A freshly started Neo4j on a loaded machine can take past the API's 8-s limit to plan a query the first
// time (the actors-by-month read planned in 4 s and ran in milliseconds): asked again, the plan is cached.
const WARM_UP_TRIES = 6;

async function warmUp(app: FastifyInstance, url: string): Promise<void> {
  for (let i = 0; i < WARM_UP_TRIES; i += 1) {
    if ((await app.inject({ method: 'GET', url })).statusCode === 200) return;
  }
  say(`${url} still failed after ${WARM_UP_TRIES} warm-up requests`);
}

const silent = { rowSkipped: () => {}, fileFailed: () => {}, fileDone: () => {} };

async function importAll(driver: Driver, database: string, file: string, events: number): Promise<void> {
  let done = 0;
  let nextLog = 50_000;
  const batchDone = (count: number) => {
    done += count;
    if (done >= nextLog) {
      say(`${done.toLocaleString('en')} events imported`);
      nextLog += 50_000;
    }
  };
  const totals = await importGdeltFiles(driver, database, [file], {}, { ...silent, batchDone });
  if (totals.events !== events) throw new Error(`the GDELT import loaded ${totals.events} of ${events} rows (${totals.malformed} malformed)`);
}

async function countGraph(driver: Driver, database: string): Promise<{ events: number; actors: number }> {
  const { records } = await driver.executeQuery('CALL () { MATCH (e:Event) RETURN count(e) AS events } CALL () { MATCH (a:Actor) RETURN count(a) AS actors } RETURN events, actors', {}, { database });
  return { events: Number(records[0]!.get('events')), actors: Number(records[0]!.get('actors')) };
}
