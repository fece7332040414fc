/**
 * Runs one read statement in an auto-commit READ session and hands back its records as plain
 * objects; a time limit ends it in Neo4j, and so does a signal (the client that asked has gone).
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlainJson } from './to-plain-json.js';
import { withAbortableSession } from './with-abortable-session.js';

// Past this a read is a question to narrow (a whole 100k-event history takes about 5 s).
const READ_TIMEOUT_MS = 20_000;
// Records converted between two turns of the event loop: 20,000 timeline events converted at once
// held it for about 100 ms on a busy 2-core machine, and other requests (health) waited behind them.
const RECORDS_PER_TURN = 250;

export interface ReadOptions {
  /** Aborting it stops the query in Neo4j. */
  signal?: AbortSignal | undefined;
  /** Neo4j ends the transaction past this. */
  timeoutMs?: number | undefined;
}

/**
 * A single statement needs no transaction function, and skipping the driver's retry loop means an
 * unreachable database is reported at once, not in 30 s.
 */
export async function readPlainRows<Row>(
  driver: Driver,
  database: string,
  statement: string,
  params: Record<string, unknown>,
  { signal, timeoutMs = READ_TIMEOUT_MS }: ReadOptions = {},
): Promise<Row[]> {
  return withAbortableSession(driver, { database, defaultAccessMode: neo4j.session.READ }, signal, async (session) => {
    // Streaming the records instead (for await, smaller fetches) cost 15–25 % more CPU for the same answer.
    const { records } = await session.run(statement, params, { timeout: timeoutMs });
    const rows: Row[] = [];
    for (const record of records) {
      rows.push(toPlainJson(record.toObject()) as Row);
      if (rows.length % RECORDS_PER_TURN === 0) await yieldToEventLoop();
    }
    return rows;
  });
}
