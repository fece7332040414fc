/** The one neo4j-driver instance of a process, built from a resolved connection. */
import neo4j, { type Config, type Driver } from 'neo4j-driver';

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
