/**
 * Neo4j's and its driver's failures in the catalogue's words: the caller's values refused → 400,
 * a database that is busy, out of memory or out of time → 503 DB_BUSY, one that cannot be reached →
 * 503 DB_UNAVAILABLE. Messages name Neo4j's status code, never the query's values.
 */
import type { Neo4jError } from 'neo4j-driver';
import type { ApiError } from '../contract/api.js';

// Status codes: https://neo4j.com/docs/status-codes/current/errors/all-errors/
const UNREACHABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthorizationExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
]);
const OUT_OF_MEMORY = /^Neo\.TransientError\.General\.(MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemoryError|StackOverFlowError)$/;
const OUT_OF_TIME = /^Neo\.ClientError\.Transaction\.(TransactionTimedOut\w*|Terminated|LockClientStopped)$/;
// The pool's own error carries no code, only this sentence (neo4j-driver-core, pool.js).
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

const UNREACHABLE = 'The graph database is unreachable; start it (npm run neo4j:start) or check NEO4J_URI, then retry.';
const ASK_FOR_LESS = 'retry in a moment, or ask for less (a shorter window, fewer types, a lower limit)';

/** The catalogue entry for a Neo4j or driver failure; null when `error` is not one the database explains. */
export function describeNeo4jError(error: unknown): ApiError | null {
  // Read by shape, not class: the console's errors cross a worker thread as plain objects.
  const { code, message, retryable } = (error ?? {}) as Partial<Neo4jError>;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  if (UNREACHABLE_CODES.has(code)) return { code: 'DB_UNAVAILABLE', message: UNREACHABLE };
  if (ACQUISITION_TIMEOUT.test(message)) {
    return { code: 'DB_BUSY', message: 'Every connection to the graph database is busy; retry in a moment.' };
  }
  if (OUT_OF_MEMORY.test(code)) return { code: 'DB_BUSY', message: `The graph database ran out of memory for this request (${code}); ${ASK_FOR_LESS}.` };
  if (OUT_OF_TIME.test(code)) return { code: 'DB_BUSY', message: `The graph database stopped this request before it finished (${code}); ${ASK_FOR_LESS}.` };
  if (code.startsWith('Neo.TransientError.') || retryable === true) {
    return { code: 'DB_BUSY', message: `The graph database could not answer just now (${code}); retry in a moment.` };
  }
  if (code.startsWith('Neo.ClientError.')) return { code: 'DB_QUERY_REFUSED', message: `The graph database refused this request's values (${code}).` };
  if (code.startsWith('Neo.DatabaseError.')) return { code: 'DB_UNAVAILABLE', message: `The graph database failed to answer (${code}); its log says more.` };
  return null;
}
