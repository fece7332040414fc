/**
 * The console's worker thread: its own driver (the console's account), running each query it is sent
 * with `runReadQuery`. Decoding a record happens in one synchronous step inside the driver (a single
 * `RETURN range(1, 5000000)` takes seconds), so it happens here, never on the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createNeo4jDriver, type Neo4jConnection } from './driver.js';
import { runReadQuery, type ReadQueryOptions, type ReadQueryResult } from './run-read-query.js';

export interface ConsoleRequest {
  id: number;
  query: string;
  params: Record<string, unknown>;
  options: ReadQueryOptions;
}

/** The fields of an error that survive the thread boundary (a class does not). */
export interface ConsoleErrorData {
  name: string;
  message: string;
  code?: string;
  writes?: boolean;
}

/** Stops the query `id` (its client has gone); it answers with an error. */
export interface ConsoleCancel {
  cancel: number;
}

export type ConsoleReply = { id: number; result: ReadQueryResult } | { id: number; error: ConsoleErrorData };

const port = parentPort!;
const { connection } = workerData as { connection: Neo4jConnection };
const driver = createNeo4jDriver(connection);
// The queries running, by id, each stoppable.
const running = new Map<number, AbortController>();

port.on('message', (message: ConsoleRequest | ConsoleCancel | 'close') => {
  if (message === 'close') {
    void driver.close().finally(() => port.close());
  } else if ('cancel' in message) {
    running.get(message.cancel)?.abort(new Error('the client disconnected before the answer'));
  } else {
    run(message);
  }
});

function run({ id, query, params, options }: ConsoleRequest): void {
  const stopping = new AbortController();
  running.set(id, stopping);
  runReadQuery(driver, connection.database, query, params, options, stopping.signal)
    .then(
      (result) => port.postMessage({ id, result } satisfies ConsoleReply),
      (error: unknown) => port.postMessage({ id, error: toErrorData(error) } satisfies ConsoleReply),
    )
    .finally(() => running.delete(id));
}

function toErrorData(error: unknown): ConsoleErrorData {
  const { name, message, code, writes } = error as Partial<ConsoleErrorData>;
  return { name: name ?? 'Error', message: message ?? String(error), code, writes };
}
