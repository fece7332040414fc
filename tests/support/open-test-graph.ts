/** The test Neo4j (started by the global setup) as a driver, emptied and with the schema applied. */
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import { createNeo4jDriver } from '../../server/graph/driver.js';

export interface TestGraph {
  driver: Driver;
  database: string;
}

/** Deletes every node (the schema stays) and applies the migrations. */
export async function openEmptyTestGraph(): Promise<TestGraph> {
  const connection = inject('neo4j');
  const driver = createNeo4jDriver(connection);
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: connection.database });
  await applyMigrations(driver, connection.database);
  return { driver, database: connection.database };
}

/** Runs a query and returns its records as plain objects. */
export async function queryRows(graph: TestGraph, query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await graph.driver.executeQuery(query, params, { database: graph.database });
  return records.map((record) => record.toObject());
}
