import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../server/errors.js';
import { toCypherFailure } from '../../../../server/routes/cypher/to-cypher-failure.js';

const neo4jError = (code: string, message = 'from Neo4j') => Object.assign(new Error(message), { code });

describe('toCypherFailure', () => {
  it.each([
    ['Neo.ClientError.Statement.AccessMode', 'CYPHER_NOT_READ_ONLY'],
    ['Neo.ClientError.Statement.SyntaxError', 'CYPHER_SYNTAX'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'CYPHER_TIMEOUT'],
    ['Neo.ClientError.Statement.ArithmeticError', 'CYPHER_FAILED'],
  ])('answers %s as a 400 %s that keeps Neo4j’s message', (code, expected) => {
    const failure = toCypherFailure(neo4jError(code, 'what Neo4j said'));
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ code: expected, status: 400, message: expect.stringContaining('what Neo4j said') });
  });

  it('leaves a database that cannot be reached to the error handler (a 503)', () => {
    const down = neo4jError('ServiceUnavailable');
    expect(toCypherFailure(down)).toBe(down);
  });
});
