/** The neo4j-driver instances of a process (and of the console's worker), built from a resolved connection. */
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import type { Config as AppConfig } from '../config.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Connections the driver keeps; the server's limits on work in flight are shares of it. */
export const CONNECTION_POOL_SIZE = 40;

/** `overrides` adjusts the driver's settings for one use (e.g. the ingest's short timeouts). */
export function createNeo4jDriver(connection: Neo4jConnection, overrides: Config = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Graph-sized counts fit in a double; plain numbers keep driver Integers from leaking upward.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: CONNECTION_POOL_SIZE,
    // The server's limiters keep requests from queueing for connections; a wait past 2 s means the
    // database is swamped, and the request is better answered 503 at once than after the driver's 60 s.
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 5_000,
    // executeRead/executeWrite retry transient failures; past 5 s a person at the explorer is better
    // told the database is down (503) than kept waiting the driver's default 30 s.
    maxTransactionRetryTime: 5_000,
    ...overrides,
  });
}

/** Where the Cypher console connects: the same server, as its read-only account when one is configured. */
export function toConsoleConnection(config: AppConfig, connection: Neo4jConnection): Neo4jConnection {
  const { NEO4J_CONSOLE_USER: user, NEO4J_CONSOLE_PASSWORD: password } = config;
  return user && password ? { ...connection, user, password } : connection;
}
