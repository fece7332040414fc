/**
 * Runs a user's Cypher query read-only (the Cypher CLI and the API's console). Neo4j plans it first
 * (`EXPLAIN`) and the plan must only read the graph (`findPlanRefusal`); then it runs in a READ
 * transaction, its records streamed as plain JSON until the row cap or the byte budget, with long
 * lists and strings cut.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { findPlanRefusal } from './check-console-plan.js';
import { cutLargeValues, type ValueLimits } from './cut-large-values.js';
import { shiftErrorPosition } from './shift-error-position.js';
import { toPlainJson, type PlainJson } from './to-plain-json.js';
import { withAbortableSession } from './with-abortable-session.js';

export interface ReadQueryOptions {
  /** Rows kept; the query's further rows are dropped and `truncated` is set. */
  rowLimit: number;
  /** Bytes of rows kept (as JSON); the row that would pass it and all after are dropped, `truncated` set. */
  byteBudget: number;
  /** Every list and string in a row is cut to these. */
  valueLimits: ValueLimits;
  timeoutMs: number;
}

export interface ReadQueryResult {
  columns: string[];
  rows: Record<string, PlainJson>[];
  truncated: boolean;
}

/** A query the console will not run; `writes` when Neo4j classed it as one that changes the graph. */
export class QueryRefusedError extends Error {
  override readonly name = 'QueryRefusedError';
  constructor(
    message: string,
    readonly writes: boolean,
  ) {
    super(message);
  }
}

// Records pulled from Neo4j at a time (the driver's default is 1,000): past the byte budget the rest is
// discarded on the server instead of sent.
const FETCH_SIZE = 100;
// Records converted between two turns of the event loop, so other work never waits long behind a result.
const RECORDS_PER_TURN = 100;

/**
 * Runs `query` with `params` in a read transaction; a refused plan is a QueryRefusedError, Neo4j's
 * errors propagate. Aborting `signal` (its client has gone) stops the query in Neo4j and rejects.
 */
export async function runReadQuery(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  options: ReadQueryOptions,
  signal?: AbortSignal,
): Promise<ReadQueryResult> {
  const cypherParams = toCypherParams(params) as Record<string, unknown>;
  const config = { database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE };
  return withAbortableSession(driver, config, signal, (session) =>
    session.executeRead(
      async (tx) => {
        // A retry after the abort would run on a closed session; say why instead.
        signal?.throwIfAborted();
        await refuseUnlessReadOnly(tx, query, cypherParams, database);
        return await streamRows(tx, query, cypherParams, options);
      },
      { timeout: options.timeoutMs },
    ),
  );
}

async function refuseUnlessReadOnly(tx: ManagedTransaction, query: string, params: Record<string, unknown>, database: string): Promise<void> {
  const explain = 'EXPLAIN ';
  const { summary } = await tx.run(`${explain}${query}`, params).catch((error: unknown) => {
    // A syntax error points into the prefixed query; the user should see their own line and column.
    if (error instanceof Error) error.message = shiftErrorPosition(error.message, explain.length);
    throw error;
  });
  const refusal = summary.plan ? findPlanRefusal(summary.plan, database) : 'Neo4j gave no plan for the query.';
  if (refusal) throw new QueryRefusedError(refusal, summary.queryType === 'w' || summary.queryType === 'rw');
}

async function streamRows(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  { rowLimit, byteBudget, valueLimits }: ReadQueryOptions,
): Promise<ReadQueryResult> {
  const result = tx.run(query, params);
  const rows: Record<string, PlainJson>[] = [];
  let bytes = 0;
  let truncated = false;
  for await (const record of result) {
    const row = rows.length < rowLimit ? (cutLargeValues(toPlainJson(record.toObject()), valueLimits) as Record<string, PlainJson>) : null;
    bytes += row ? Buffer.byteLength(JSON.stringify(row)) : 0;
    if (!row || bytes > byteBudget) {
      truncated = true;
      break;
    }
    rows.push(row);
    if (rows.length % RECORDS_PER_TURN === 0) await yieldToEventLoop();
  }
  return { columns: [...(await result.keys())], rows, truncated };
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
