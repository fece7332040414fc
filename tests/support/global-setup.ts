/**
 * Starts the tests' own Neo4j (never the demo's) unless NEO4J_URI names a server to use, and
 * hands its address to the test files. NEO4J_TEST_PORT picks the port (one home per port).
 * Starts the local CoreNLP worker too unless CORENLP_URL names a service: texts the tests have no
 * recorded annotation for (tests/fixtures/nlp) go to it.
 */
import type { TestProject } from 'vitest/node';
import { createTestNeo4j, readTestBoltPort, TEST_NEO4J_PASSWORD } from '../../scripts/neo4j/instances.js';
import { createLocalNlp } from '../../scripts/nlp/local-nlp.js';
import { projectRoot } from '../../scripts/run-cli.js';
import type { Neo4jConnection } from '../../server/graph/driver.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopNlp = await startNlp();
  const stopNeo4j = await startNeo4j(project);
  return async () => {
    await stopNeo4j();
    await stopNlp();
  };
}

async function startNlp(): Promise<() => Promise<void>> {
  if (process.env.CORENLP_URL) return async () => {};
  const worker = createLocalNlp(projectRoot);
  const outcome = await worker.start((line) => process.stdout.write(`${line}\n`));
  // A worker this run found already running (a developer's) is left running.
  return async () => {
    if (outcome === 'started') await worker.stop();
  };
}

async function startNeo4j(project: TestProject): Promise<() => Promise<void>> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (NEO4J_URI) {
    project.provide('neo4j', { uri: NEO4J_URI, user: NEO4J_USER ?? 'neo4j', password: NEO4J_PASSWORD ?? '', database: NEO4J_DATABASE ?? 'neo4j' });
    return async () => {};
  }
  const server = createTestNeo4j(projectRoot, readTestBoltPort(), TEST_NEO4J_PASSWORD);
  const outcome = await server.start();
  project.provide('neo4j', { uri: server.uri, user: 'neo4j', password: TEST_NEO4J_PASSWORD, database: 'neo4j' });
  // A server this run found already running (a developer's) is left running.
  return async () => {
    if (outcome === 'started') await server.stop();
  };
}
