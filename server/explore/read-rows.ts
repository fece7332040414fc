/** Runs one `cypher/explore/` statement and hands back its records as plain objects. */
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from '../graph/cypher-files.js';
import { readPlainRows, type ReadOptions } from '../graph/read-plain-rows.js';

export type { ReadOptions };

/** Reads with `readPlainRows`: stoppable by a signal, limited in time. */
export function readRows<Row>(
  driver: Driver,
  database: string,
  name: string,
  params: Record<string, unknown>,
  options: ReadOptions = {},
): Promise<Row[]> {
  return readPlainRows<Row>(driver, database, loadCypher(`explore/${name}`), params, options);
}

/** A count as a Cypher integer, as `LIMIT` requires (plain JS numbers travel as floats). */
export function toCypherCount(count: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(count);
}
