import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { describeNeo4jError } from '../../../server/graph/describe-neo4j-error.js';

const neo4jError = (code: string, message = 'Invalid input: the value 12345 of $secret') => new Neo4jError(message, code, '50N42', 'error');

describe('describeNeo4jError', () => {
  it.each([
    ['Neo.ClientError.Statement.SyntaxError', 'DB_QUERY_REFUSED'],
    ['Neo.ClientError.Statement.ArgumentError', 'DB_QUERY_REFUSED'],
    ['Neo.ClientError.Procedure.ProcedureCallFailed', 'DB_QUERY_REFUSED'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'DB_BUSY'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'DB_BUSY'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'DB_BUSY'],
    ['Neo.ClientError.Transaction.Terminated', 'DB_BUSY'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'DB_BUSY'],
    ['ServiceUnavailable', 'DB_UNAVAILABLE'],
    ['SessionExpired', 'DB_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'DB_UNAVAILABLE'],
    ['Neo.DatabaseError.General.UnknownError', 'DB_UNAVAILABLE'],
  ])('answers %s as %s, naming the status code but not the query’s values', (code, expected) => {
    const described = describeNeo4jError(neo4jError(code));
    expect(described?.code).toBe(expected);
    expect(described?.message).not.toContain('12345');
    if (expected !== 'DB_UNAVAILABLE' || code.startsWith('Neo.DatabaseError')) expect(described?.message).toContain(code);
  });

  it('answers the pool’s acquisition timeout (an error without a code) as DB_BUSY', () => {
    const timedOut = new Neo4jError('Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 40', 'N/A', '50N42', 'error');
    expect(describeNeo4jError(timedOut)?.code).toBe('DB_BUSY');
  });

  it('reads a Neo4j error that crossed a worker thread as a plain object', () => {
    expect(describeNeo4jError({ code: 'ServiceUnavailable', message: 'Could not perform discovery' })?.code).toBe('DB_UNAVAILABLE');
  });

  it('leaves errors that are not Neo4j’s to the caller', () => {
    expect(describeNeo4jError(Object.assign(new Error('x'), { code: 'FST_ERR_BAD_URL' }))).toBeNull();
    expect(describeNeo4jError(new TypeError('bug'))).toBeNull();
    expect(describeNeo4jError(undefined)).toBeNull();
  });
});
