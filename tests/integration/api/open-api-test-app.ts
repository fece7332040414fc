/**
 * The API as tests reach it: the app built without a port on the test Neo4j, loaded with gold
 * extraction documents of tests/fixtures (and their articles' text) through the real ingest code.
 */
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp, type AppDeps } from '../../../server/app.js';
import { parseConfig, type Config } from '../../../server/config.js';
import { ingestExtraction } from '../../../server/graph/ingest-extraction.js';
import { readFixtureGold, readFixtureText } from '../../support/fixture-documents.js';
import { openEmptyTestGraph, type TestGraph } from '../../support/open-test-graph.js';

export const INGEST_TOKEN = 'test-ingest-token-not-secret';

/** The Geneva statement on Ukraine (17 April 2014): Kerry, Lavrov, Russia backing the separatists, Kiev's operation. */
export const MAIN_DOCUMENT = 'ukraine-2014-04-17-geneva-statement';
/** Two more with Russia in them: the Astana talks on Syria (January 2017) and the Sochi deal on Idlib (September 2018). */
export const GOLD_NAMES = [MAIN_DOCUMENT, 'syria-2017-01-24-astana-talks', 'syria-2018-09-18-sochi-idlib'];

export interface ApiTestApp {
  app: FastifyInstance;
  graph: TestGraph;
  /** What the app was built on, to build another on the same graph. */
  deps: AppDeps;
  close(): Promise<void>;
}

export function buildTestConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ LOG_LEVEL: 'silent', INGEST_TOKEN, ...overrides });
}

/** An emptied test graph holding the gold documents named, and the app on it. */
export async function openApiTestApp(goldNames = GOLD_NAMES, config = buildTestConfig()): Promise<ApiTestApp> {
  const graph = await openEmptyTestGraph();
  for (const name of goldNames) await ingestGold(graph, name);
  const deps = { driver: graph.driver, database: graph.database, consoleConnection: inject('neo4j') };
  const app = await buildApp(config, deps);
  return { app, graph, deps, close: async () => { await app.close(); await graph.driver.close(); } };
}

async function ingestGold(graph: TestGraph, name: string): Promise<void> {
  await ingestExtraction(graph.driver, graph.database, await readFixtureGold(name), await readFixtureText(name));
}
