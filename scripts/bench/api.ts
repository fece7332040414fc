/**
 * The API bench: p50/p95 latency of /api/graph and /api/timeline through `app.inject`, on the demo
 * data (seeds/) and on a generated 100k-event graph, in the benches' own Neo4j (bench-neo4j.ts);
 * each read from the aggregates and again from the events alone (READ_AGGREGATES=off).
 * `npx tsx scripts/bench/api.ts`, or a section of `npm run bench`.
 */
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { buildApp } from '../../server/app.js';
import { parseConfig } from '../../server/config.js';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import type { Neo4jConnection } from '../../server/graph/driver.js';
import { projectRoot, runCli } from '../run-cli.js';
import { ingestSeeds } from '../start/ingest-seeds.js';
import { openNlpClient } from '../nlp/open-nlp-client.js';
import type { BenchFigure, BenchSection } from './bench-section.js';
import { withBenchNeo4j } from './bench-neo4j.js';
import { clearGraph, loadSyntheticGraph } from './load-synthetic-graph.js';
import { measureLatency, type LatencyFigures } from './measure-latency.js';

const SYNTHETIC = { events: 100_000, actors: 2_000, eventsPerArticle: 500, seed: 20160211 };

export interface ApiBenchReport {
  machine: string;
  datasets: { name: string; label: string; loadSeconds: number; figures: (LatencyFigures & { reads: ReadMode })[] }[];
}

type ReadMode = 'aggregates' | 'events';
// The figures with the aggregates first, then the same URLs walking the events, as before them.
const READ_MODES: [ReadMode, string][] = [['aggregates', 'on'], ['events', 'off']];

// Windows a person scrubs to (a month, a year) and the whole history; runs fewer where answers are big.
const DEMO_URLS: [string, number][] = [
  ['/api/graph', 30],
  ['/api/graph?from=2016-02-01&to=2016-02-29', 30],
  ['/api/timeline', 30],
  ['/api/timeline?from=2016-02-01&to=2016-02-29', 30],
];
const SYNTHETIC_URLS: [string, number][] = [
  ['/api/graph?from=2015-06-01&to=2015-06-30', 20],
  ['/api/graph?from=2015-01-01&to=2015-12-31', 10],
  ['/api/graph', 5],
  ['/api/timeline?from=2015-06-01&to=2015-06-30', 20],
  ['/api/timeline?from=2015-01-01&to=2015-12-31', 10],
  ['/api/timeline', 5],
];

/** Starts the bench's Neo4j, measures both datasets, stops it (when this run started it). */
export async function runApiBench(log: (line: string) => void = () => {}): Promise<ApiBenchReport> {
  return withBenchNeo4j(async (driver, connection) => {
    const datasets = [];
    log('api bench: loading the demo data (seeds/)');
    datasets.push(await measureDataset(driver, connection, ['demo data (seeds/)', 'demo'], async () => ingestSeeds(driver, 'neo4j', projectRoot, await openNlpClient(projectRoot, parseConfig(process.env), log)), DEMO_URLS));
    log(`api bench: generating ${SYNTHETIC.events.toLocaleString('en')} events`);
    const synthetic = `synthetic: ${SYNTHETIC.events / 1000}k events, ${SYNTHETIC.actors} actors`;
    datasets.push(await measureDataset(driver, connection, [synthetic, `${SYNTHETIC.events / 1000}k`], () => loadSyntheticGraph(driver, 'neo4j', SYNTHETIC, (line) => log(`api bench: ${line}`)), SYNTHETIC_URLS));
    return { machine: describeMachine(), datasets };
  });
}

async function measureDataset(driver: Driver, connection: Neo4jConnection, [name, label]: [string, string], load: () => Promise<unknown>, urls: [string, number][]) {
  await clearGraph(driver, 'neo4j');
  await applyMigrations(driver, 'neo4j');
  const started = performance.now();
  await load();
  const loadSeconds = (performance.now() - started) / 1000;
  const figures = [];
  for (const [reads, setting] of READ_MODES) {
    const app = await buildApp(parseConfig({ LOG_LEVEL: 'silent', READ_AGGREGATES: setting }), { driver, database: 'neo4j', consoleConnection: connection });
    try {
      for (const [url, runs] of urls) figures.push({ ...(await measureOrNote(app, url, runs)), reads });
    } finally {
      await app.close();
    }
  }
  return { name, label, loadSeconds, figures };
}

/** One URL's figures; a URL that fails (a 503 past 8 s on a loaded machine) is noted, and the others still run. */
async function measureOrNote(app: Awaited<ReturnType<typeof buildApp>>, url: string, runs: number): Promise<LatencyFigures> {
  try {
    return await measureLatency(app, url, runs);
  } catch (error) {
    return { url, runs: 0, p50: NaN, p95: NaN, size: `failed: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}` };
  }
}

export function describeMachine(): string {
  const cores = cpus();
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
}

/** The report as a plain-text table. */
export function formatApiBenchReport(report: ApiBenchReport): string {
  const lines = [`API latency (app.inject, in-process) on ${report.machine}`];
  for (const dataset of report.datasets) {
    lines.push(`  ${dataset.name} — loaded in ${dataset.loadSeconds.toFixed(1)} s`);
    for (const f of dataset.figures) {
      lines.push(`    ${f.reads.padEnd(10)} ${f.url.padEnd(46)} p50 ${f.p50.toFixed(0).padStart(6)} ms   p95 ${f.p95.toFixed(0).padStart(6)} ms   (${f.runs} runs; ${f.size})`);
    }
  }
  return lines.join('\n');
}

/** The API section of `npm run bench`: the same figures, one per dataset, route and percentile. */
export const apiSection: BenchSection = {
  name: `API latency via app.inject (${describeMachine()})`,
  async run() {
    const report = await runApiBench((line) => process.stderr.write(`${line}\n`));
    return report.datasets.flatMap((dataset): BenchFigure[] => [
      { label: `${dataset.label}: load`, value: dataset.loadSeconds, unit: 's' },
      ...dataset.figures.flatMap((f) => [
        { label: `${dataset.label}: ${f.url} p50 (${f.reads})`, value: f.p50, unit: 'ms' },
        { label: `${dataset.label}: ${f.url} p95 (${f.reads})`, value: f.p95, unit: 'ms' },
      ]),
    ]);
  },
};

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  await runCli(async () => process.stdout.write(`${formatApiBenchReport(await runApiBench((line) => process.stderr.write(`${line}\n`)))}\n`));
}
