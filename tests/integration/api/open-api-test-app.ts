/**
 * The API as tests reach it: the app built without a port on the test Neo4j, loaded with gold
 * extraction documents (and their articles' text) through the real ingest code.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app.js';
import { parseConfig, type Config } from '../../../server/config.js';
import { ExtractionSchema, type Extraction } from '../../../server/contract/extraction.js';
import { readArticleFile } from '../../../server/extractor/read-article.js';
import { ingestExtraction } from '../../../server/graph/ingest-extraction.js';
import { projectRoot } from '../../../scripts/run-cli.js';
import { openEmptyTestGraph, type TestGraph } from '../../support/open-test-graph.js';

export const INGEST_TOKEN = 'test-ingest-token-not-secret';
const GOLD_DIR = join(projectRoot, '..', 'shared', 'eval', 'dev');

/** The seed article's gold document: Kerry, Russia and the Aleppo offensive, early February 2016. */
export const SEED = 'seed-2016-02-06-newarab-kerry';
/** Two more around it: the Geneva talks' pause (3 Feb 2016) and the Munich meeting (11–12 Feb 2016). */
export const GOLD_NAMES = [SEED, 'syria-2016-02-03-ajam-geneva-pause', 'syria-2016-02-12-reuters-munich'];

export interface ApiTestApp {
  app: FastifyInstance;
  graph: TestGraph;
  close(): Promise<void>;
}

export function buildTestConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ LOG_LEVEL: 'silent', INGEST_TOKEN, ...overrides });
}

/** An emptied test graph holding the gold documents named, and the app on it. */
export async function openApiTestApp(goldNames = GOLD_NAMES, config = buildTestConfig()): Promise<ApiTestApp> {
  const graph = await openEmptyTestGraph();
  for (const name of goldNames) await ingestGold(graph, name);
  const app = await buildApp(config, { driver: graph.driver, database: graph.database });
  return { app, graph, close: async () => { await app.close(); await graph.driver.close(); } };
}

/** A gold document of the dev set, as the contract reads it. */
export async function readGold(name: string): Promise<Extraction> {
  return ExtractionSchema.parse(JSON.parse(await readFile(join(GOLD_DIR, `${name}.gold.json`), 'utf8')));
}

async function ingestGold(graph: TestGraph, name: string): Promise<void> {
  const article = await readArticleFile(join(GOLD_DIR, `${name}.article.json`));
  await ingestExtraction(graph.driver, graph.database, await readGold(name), article.text);
}
