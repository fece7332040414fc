/**
 * `npm run loadtest`: 200 connections for 60 s (by default) on a mix of routes (graph, timeline,
 * search, actor details, health) against the explorer on loopback: its own Neo4j (port 7720, a
 * generated history of 20,000 events by default) and its own server process; or, with --url, a
 * running explorer. Prints per route requests/s, latency percentiles, answers by status and errors,
 * and fails when health took 1 s or more, a request timed out, or anything answered 5xx but 503.
 */
import autocannon from 'autocannon';
import { Command } from 'commander';
import { applyMigrations } from '../server/graph/apply-migrations.js';
import { createNeo4jDriver, type Neo4jConnection } from '../server/graph/driver.js';
import { describeMachine } from './bench/api.js';
import { clearGraph, loadSyntheticGraph } from './bench/load-synthetic-graph.js';
import { checkLoadResults, formatLoadReport, type RouteResult } from './loadtest/format-load-report.js';
import { buildRouteMix, splitConnections } from './loadtest/route-mix.js';
import { spawnExplorer } from './loadtest/spawn-explorer.js';
import { createTestNeo4j } from './neo4j/instances.js';
import { projectRoot, runCli } from './run-cli.js';

const LOAD_NEO4J_PORT = 7720;
const LOAD_PASSWORD = 'loadtest-password-not-secret';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
// autocannon's default; a request still unanswered after 10 s counts as a timeout.
const REQUEST_TIMEOUT_S = 10;

interface LoadOptions {
  connections: number;
  duration: number;
  events: number;
  port: number;
  url?: string;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

async function loadTest(options: LoadOptions): Promise<void> {
  if (options.url) return hammer(checkLoopback(options.url), options);
  const neo4j = createTestNeo4j(projectRoot, LOAD_NEO4J_PORT, LOAD_PASSWORD);
  const outcome = await neo4j.start();
  say(`neo4j: ${outcome} on port ${LOAD_NEO4J_PORT}`);
  try {
    const connection = { uri: neo4j.uri, user: 'neo4j', password: LOAD_PASSWORD, database: 'neo4j' };
    await loadData(connection, options.events);
    const explorer = await spawnExplorer(projectRoot, connection, options.port);
    try {
      await hammer(explorer.url, options);
    } finally {
      await explorer.stop();
    }
  } finally {
    // A server this run found running (a previous run's, kept on purpose) is left running.
    if (outcome === 'started') await neo4j.stop();
  }
}

async function loadData(connection: Neo4jConnection, events: number): Promise<void> {
  const driver = createNeo4jDriver(connection);
  try {
    await clearGraph(driver, connection.database);
    await applyMigrations(driver, connection.database);
    // Generated, not extracted: the load needs a graph of some size, not a language service.
    // 100 events an article keeps each write well inside Neo4j's 30-s transaction limit on a busy machine.
    const synthetic = { events, actors: Math.max(50, Math.round(events / 50)), eventsPerArticle: 100, seed: 20160211 };
    say(`data: generating ${events.toLocaleString('en')} events among ${synthetic.actors} actors`);
    await loadSyntheticGraph(driver, connection.database, synthetic, (line) => say(`data: ${line}`));
  } finally {
    await driver.close();
  }
}

async function hammer(url: string, options: LoadOptions): Promise<void> {
  const routes = buildRouteMix(await pickActorIds(url));
  const connections = splitConnections(routes, options.connections);
  say(`load: ${options.connections} connections for ${options.duration} s on ${url} (${describeMachine()})`);
  const results: RouteResult[] = await Promise.all(
    routes.map(async (route, i) => ({
      name: route.name,
      connections: connections[i]!,
      result: await autocannon({
        url,
        connections: connections[i]!,
        duration: options.duration,
        timeout: REQUEST_TIMEOUT_S,
        requests: route.paths.map((path) => ({ method: 'GET' as const, path })),
      }),
    })),
  );
  process.stdout.write(`${formatLoadReport(results)}\n`);
  const failures = checkLoadResults(results);
  if (failures.length > 0) throw new Error(`the server did not hold under load: ${failures.join('; ')}`);
  process.stdout.write('held: health under 1 s, no 5xx but 503, no timeouts\n');
}

// The busiest actors of the graph served, for the details route (and a first request to warm up).
async function pickActorIds(url: string): Promise<string[]> {
  await fetch(`${url}/api/health`);
  const response = await fetch(`${url}/api/graph?limit=50`);
  if (!response.ok) throw new Error(`${url}/api/graph answered ${response.status}`);
  const { nodes } = (await response.json()) as { nodes: { id: string }[] };
  if (nodes.length === 0) throw new Error('the graph served is empty: load some articles first');
  return nodes.slice(0, 20).map((node) => node.id);
}

function checkLoopback(url: string): string {
  const { hostname, origin } = new URL(url);
  if (!LOOPBACK.has(hostname)) throw new Error(`--url must be on this machine (127.0.0.1, localhost or [::1]), not ${hostname}`);
  return origin;
}

const count = (fallback: number) => (value: string) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};

const program = new Command()
  .name('loadtest')
  .description('Load the explorer with many connections on a mix of routes and report per route')
  .option('-c, --connections <n>', 'concurrent connections, shared among the routes', count(200), 200)
  .option('-d, --duration <s>', 'seconds of load', count(60), 60)
  .option('--events <n>', 'generated events in the load test\'s own Neo4j', count(20_000), 20_000)
  .option('--port <n>', 'loopback port of the load test\'s own explorer', count(3070), 3070)
  .option('--url <url>', 'a running explorer on this machine to load instead (nothing is started)')
  .action((options: LoadOptions) => runCli(() => loadTest(options)));

await program.parseAsync();
