/** The neo4j-driver instances of a process (and of the console's worker), built from a resolved connection. */
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import type { Config as AppConfig } from '../config.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** `overrides` adjusts the driver's settings for one use (e.g. the ingest's short timeouts). */
export function createNeo4jDriver(connection: Neo4jConnection, overrides: Config = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Graph-sized counts fit in a double; plain numbers keep driver Integers from leaking upward.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
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
