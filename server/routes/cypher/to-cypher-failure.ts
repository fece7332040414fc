/** Neo4j's verdict on a console query, in the API's catalogue: the user's mistakes are 400s with Neo4j's own words. */
import { ApiFailure } from '../../errors.js';

// Neo4j status codes (https://neo4j.com/docs/status-codes/current/errors/all-errors/).
const ACCESS_MODE = 'Neo.ClientError.Statement.AccessMode';
const SYNTAX = 'Neo.ClientError.Statement.SyntaxError';
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;
const CLIENT_ERROR = /^Neo\.ClientError\.(Statement|Procedure|Schema|Transaction)\./;

/** The catalogue failure for a query Neo4j refused; anything else (a database down, a bug) is returned as is. */
export function toCypherFailure(error: unknown): unknown {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') return error;
  if (code === ACCESS_MODE) return new ApiFailure('CYPHER_NOT_READ_ONLY', `The console only reads: ${message}`);
  if (code === SYNTAX) return new ApiFailure('CYPHER_SYNTAX', message);
  if (TIMED_OUT.test(code)) return new ApiFailure('CYPHER_TIMEOUT', `The query ran out of time: ${message}`);
  if (CLIENT_ERROR.test(code)) return new ApiFailure('CYPHER_FAILED', message);
  return error;
}
