/** Whether a driver error means the database cannot be reached (down, gone, refusing connections), not that the work was wrong. */
import { Neo4jError, error as neo4jErrors } from 'neo4j-driver';

// Connection refused or reset, a server that went away mid-session, and a database that is shutting down.
const UNAVAILABLE_CODES = new Set<string>([
  neo4jErrors.SERVICE_UNAVAILABLE,
  neo4jErrors.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code);
}
