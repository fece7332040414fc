import { describe, expect, it } from 'vitest';
import { ApiRequestError, createApi, toQueryString } from '../../../client/src/api.js';

const respond = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createApi', () => {
  it('returns the parsed answer of a valid response', async () => {
    const api = createApi('', respond(200, { nodes: [], edges: [], capped: false }));
    await expect(api.graph({})).resolves.toEqual({ nodes: [], edges: [], capped: false });
  });

  it('explains an unreachable database in words a person can act on', async () => {
    const api = createApi('', respond(503, { code: 'DB_UNAVAILABLE', message: 'ServiceUnavailable: connect ECONNREFUSED' }));
    const error = await api.timeline({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).message).toBe('The database is not reachable — is Neo4j running? (npm run neo4j:start)');
  });

  it("passes the server's message through for a refused query", async () => {
    const api = createApi('', respond(400, { code: 'CYPHER_NOT_READ_ONLY', message: 'Writing is not allowed in the console.' }));
    await expect(api.cypher('CREATE (n)')).rejects.toMatchObject({ code: 'CYPHER_NOT_READ_ONLY', message: 'Writing is not allowed in the console.' });
  });

  it('says so when the server cannot be reached', async () => {
    const api = createApi('', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(api.health()).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('npm start') });
  });

  it('rejects an answer that does not match the contract', async () => {
    const api = createApi('', respond(200, { nodes: 'many' }));
    await expect(api.graph({})).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});

describe('toQueryString', () => {
  it('leaves out undefined and empty values', () => {
    expect(toQueryString({ from: '2016-02-01', to: undefined, types: '' })).toBe('?from=2016-02-01');
    expect(toQueryString({})).toBe('');
  });
});
