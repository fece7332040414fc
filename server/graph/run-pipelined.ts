/**
 * Runs named statements (`cypher/`) in one transaction, sent all at once and in order: the driver
 * pipelines them on the transaction's connection, so statements whose inputs are known up front cost
 * one round trip together rather than one each (on a loaded machine each round trip waits for both
 * processes to be scheduled). The server still runs them one after another, each seeing the ones before.
 */
import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { loadCypher } from './cypher-files.js';

export type NamedStatement = [name: string, params: Record<string, unknown>];

/** Sends every statement before any answer is awaited; resolves with their results, in order. */
export function runPipelined(tx: ManagedTransaction, statements: NamedStatement[]): Promise<QueryResult<RecordShape>[]> {
  return Promise.all(statements.map(([name, params]) => tx.run(loadCypher(name), params)));
}
