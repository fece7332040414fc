/** Why a console query did not run, in the API's catalogue: the user's mistakes are 400s with Neo4j's own words. */
import { ApiFailure } from '../../errors.js';
import { ConsoleTimeoutError } from '../../graph/create-console-runner.js';
import { QueryRefusedError } from '../../graph/run-read-query.js';

// Neo4j status codes (https://neo4j.com/docs/status-codes/current/errors/all-errors/).
const ACCESS_MODE = 'Neo.ClientError.Statement.AccessMode';
const SYNTAX = 'Neo.ClientError.Statement.SyntaxError';
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;
const CLIENT_ERROR = /^Neo\.ClientError\.(Statement|Procedure|Schema|Transaction|Database)\./;

/** The catalogue failure for a query refused or stopped; anything else (a database down, a bug) is returned as is. */
export function toCypherFailure(error: unknown): unknown {
  if (error instanceof QueryRefusedError) return new ApiFailure(error.writes ? 'CYPHER_NOT_READ_ONLY' : 'CYPHER_NOT_ALLOWED', error.message);
  if (error instanceof ConsoleTimeoutError) return new ApiFailure('CYPHER_TIMEOUT', error.message);
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') return error;
  if (code === ACCESS_MODE) return new ApiFailure('CYPHER_NOT_READ_ONLY', `The console only reads: ${message}`);
  if (code === SYNTAX) return new ApiFailure('CYPHER_SYNTAX', message);
  if (TIMED_OUT.test(code)) return new ApiFailure('CYPHER_TIMEOUT', `The query ran out of time: ${message}`);
  if (CLIENT_ERROR.test(code)) return new ApiFailure('CYPHER_FAILED', message);
  return error;
}
