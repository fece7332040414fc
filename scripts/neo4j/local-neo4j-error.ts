/** A local Neo4j could not be provisioned, started or stopped; the message is one line a user can act on. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
