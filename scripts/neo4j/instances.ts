/** The project's two local servers: the demo's and the tests' (never sharing data: Community has one user database). */
import { readOrCreateLocalPassword } from './local-password.js';
import { createLocalNeo4j, type LocalNeo4j } from './local-neo4j.js';

export const DEMO_BOLT_PORT = 7687;
const DEFAULT_TEST_BOLT_PORT = 7697;
/** The tests' servers hold only what a test run writes: a fixed password keeps them reachable across runs. */
export const TEST_NEO4J_PASSWORD = 'test-password-not-secret';

/** The tests' Bolt port: NEO4J_TEST_PORT, so helpers working side by side each keep their own server. */
export function readTestBoltPort(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.NEO4J_TEST_PORT ?? DEFAULT_TEST_BOLT_PORT);
}

/** Sized for a 2-core/24 GiB machine shared with the app server and a browser. */
export function createDemoNeo4j(root: string, passwordFromEnvironment: string | undefined): LocalNeo4j {
  const password = readOrCreateLocalPassword(root, passwordFromEnvironment);
  return createLocalNeo4j({ root, name: 'demo', boltPort: DEMO_BOLT_PORT, password, heap: '1g', pageCache: '512m' });
}

/** A test server per port, so parallel runs never touch each other's (or the demo's) data. */
export function createTestNeo4j(root: string, boltPort: number, password: string): LocalNeo4j {
  return createLocalNeo4j({ root, name: `test-${boltPort}`, boltPort, password, heap: '768m', pageCache: '256m' });
}
