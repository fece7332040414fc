/**
 * The benches' own Neo4j (port 7710, never the demo's): started for a section, stopped after when this
 * run started it. BENCH_NEO4J_PORT and BENCH_NEO4J_PASSWORD pick another local server, so that two people
 * on one machine do not bench on the same graph.
 */
import type { Driver } from 'neo4j-driver';
import { createNeo4jDriver, type Neo4jConnection } from '../../server/graph/driver.js';
import { createTestNeo4j } from '../neo4j/instances.js';
import type { LocalNeo4j } from '../neo4j/local-neo4j.js';
import { projectRoot } from '../run-cli.js';

const BENCH_PORT = Number(process.env.BENCH_NEO4J_PORT ?? 7710);
const BENCH_PASSWORD = process.env.BENCH_NEO4J_PASSWORD ?? 'bench-password-not-secret';

/** Runs `work` with a driver on the bench's Neo4j (and the server, to read its memory). */
export async function withBenchNeo4j<T>(work: (driver: Driver, connection: Neo4jConnection, server: LocalNeo4j) => Promise<T>): Promise<T> {
  const server = createTestNeo4j(projectRoot, BENCH_PORT, BENCH_PASSWORD);
  const outcome = await server.start();
  const connection = { uri: server.uri, user: 'neo4j', password: BENCH_PASSWORD, database: 'neo4j' };
  const driver = createNeo4jDriver(connection, { maxTransactionRetryTime: 30_000 });
  try {
    return await work(driver, connection, server);
  } finally {
    await driver.close();
    if (outcome === 'started') await server.stop();
  }
}
