/**
 * Runs a user's Cypher query read-only (the Cypher CLI and the API's console): a READ transaction,
 * in which Neo4j itself refuses any write (`Neo.ClientError.Statement.AccessMode`), rows as plain JSON.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlainJson, type PlainJson } from './to-plain-json.js';

export interface ReadQueryOptions {
  /** Rows kept; the query's further rows are dropped and `truncated` is set. */
  rowLimit: number;
  timeoutMs: number;
}

export interface ReadQueryResult {
  columns: string[];
  rows: Record<string, PlainJson>[];
  truncated: boolean;
}

/** Runs `query` with `params` in a read transaction; Neo4j's errors (syntax, refused write, timeout) propagate. */
export async function runReadQuery(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  { rowLimit, timeoutMs }: ReadQueryOptions,
): Promise<ReadQueryResult> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(query, toCypherParams(params) as Record<string, unknown>);
        const rows: Record<string, PlainJson>[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === rowLimit) {
            truncated = true;
            break;
          }
          rows.push(toPlainJson(record.toObject()) as Record<string, PlainJson>);
        }
        return { columns: [...(await result.keys())], rows, truncated };
      },
      { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}

// JSON has one number type; whole numbers go as Cypher integers so `LIMIT $n` or `range(0, $n)` accept them.
function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toCypherParams(inner)]));
  }
  return value;
}
