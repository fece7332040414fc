/** Runs one `cypher/explore/` statement and hands back its records as plain objects. */
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from '../graph/cypher-files.js';
import { toPlainJson } from '../graph/to-plain-json.js';

/**
 * Reads in an auto-commit READ session: a single statement needs no transaction function, and
 * skipping the driver's retry loop means an unreachable database is reported at once, not in 30 s.
 */
export async function readRows<Row>(
  driver: Driver,
  database: string,
  name: string,
  params: Record<string, unknown>,
): Promise<Row[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(loadCypher(`explore/${name}`), params);
    return result.records.map((record) => toPlainJson(record.toObject()) as Row);
  } finally {
    await session.close();
  }
}

/** A count as a Cypher integer, as `LIMIT` requires (plain JS numbers travel as floats). */
export function toCypherCount(count: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(count);
}
