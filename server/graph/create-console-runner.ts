/**
 * Runs console queries in a worker thread (`console-worker.ts`) with a driver of their own, so no
 * result, however large, holds the server's event loop. The worker starts on the first query; one
 * that stops answering (a record too large to decode in time) is ended and the next query starts another.
 */
import { Worker } from 'node:worker_threads';
import type { ConsoleCancel, ConsoleErrorData, ConsoleReply, ConsoleRequest } from './console-worker.js';
import type { Neo4jConnection } from './driver.js';
import { QueryRefusedError, type ReadQueryOptions, type ReadQueryResult } from './run-read-query.js';

// Past the transaction timeout Neo4j has stopped the query; what remains is the driver decoding.
const GRACE_MS = 5_000;
const CLOSE_WAIT_MS = 5_000;

/** The worker took longer than the query's timeout and was ended. */
export class ConsoleTimeoutError extends Error {
  override readonly name = 'ConsoleTimeoutError';
}

export interface ConsoleRunner {
  /** Aborting `signal` (the client has gone) stops the query in Neo4j and rejects with its reason. */
  run(query: string, params: Record<string, unknown>, options: ReadQueryOptions, signal?: AbortSignal): Promise<ReadQueryResult>;
  /** Closes the worker's driver and ends the worker; safe to call twice. */
  close(): Promise<void>;
}

interface Pending {
  resolve(result: ReadQueryResult): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export function createConsoleRunner(connection: Neo4jConnection): ConsoleRunner {
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let nextId = 0;

  const failAll = (error: Error) => {
    for (const { reject, timer } of pending.values()) (clearTimeout(timer), reject(error));
    pending.clear();
  };
  const settle = (reply: ConsoleReply) => {
    const entry = pending.get(reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    clearTimeout(entry.timer);
    if ('error' in reply) entry.reject(fromErrorData(reply.error));
    else entry.resolve(reply.result);
  };
  const started = (): Worker => {
    if (worker) return worker;
    const current = startTypeScriptWorker(new URL('./console-worker.ts', import.meta.url), { connection });
    // A worker ended on purpose (stuck, closed) has settled its queries already; only a crash fails them here.
    const crashed = (error: Error) => {
      if (worker !== current) return;
      worker = null;
      failAll(error);
    };
    current.on('message', settle);
    current.on('error', crashed);
    current.once('exit', () => crashed(new Error('The console worker stopped.')));
    current.unref();
    return (worker = current);
  };
  const endStuckWorker = (id: number, timeoutMs: number) => {
    if (!pending.has(id)) return;
    const stuck = worker;
    worker = null;
    failAll(new ConsoleTimeoutError(`The query's result took longer than ${Math.round(timeoutMs / 1000)} s to read.`));
    void stuck?.terminate();
  };

  const cancel = (id: number, reason: unknown) => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    clearTimeout(entry.timer);
    entry.reject(reason instanceof Error ? reason : new Error(String(reason)));
    worker?.postMessage({ cancel: id } satisfies ConsoleCancel);
  };

  return {
    run: (query, params, options, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason as Error);
        const id = nextId++;
        const timer = setTimeout(() => endStuckWorker(id, options.timeoutMs), options.timeoutMs + GRACE_MS);
        pending.set(id, { resolve, reject, timer });
        signal?.addEventListener('abort', () => cancel(id, signal.reason), { once: true });
        started().postMessage({ id, query, params, options } satisfies ConsoleRequest);
      }),
    close: async () => {
      const current = worker;
      worker = null;
      if (!current) return;
      const exited = new Promise((resolve) => current.once('exit', resolve));
      current.postMessage('close');
      const timer = setTimeout(() => void current.terminate(), CLOSE_WAIT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function fromErrorData({ name, message, code, writes }: ConsoleErrorData): Error {
  if (name === 'QueryRefusedError') return new QueryRefusedError(message, writes ?? false);
  return Object.assign(new Error(message), { name, code });
}

// Node 20 workers do not inherit tsx's loader (privatenumber/tsx#354): the worker loads it, then the module.
function startTypeScriptWorker(module: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(module.href)}))`;
  return new Worker(code, { eval: true, workerData });
}
