import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.js';
import { createNeo4jDriver } from '../../../server/graph/driver.js';
import { findFreePort } from '../../../scripts/free-port.js';
import { buildTestConfig } from './open-api-test-app.js';

let driver: Driver;
let app: FastifyInstance;

beforeAll(async () => {
  const nowhere = { uri: `bolt://127.0.0.1:${await findFreePort()}`, user: 'neo4j', password: 'unused-password', database: 'neo4j' };
  driver = createNeo4jDriver(nowhere);
  app = await buildApp(buildTestConfig(), { driver, database: 'neo4j', consoleConnection: nowhere });
});
afterAll(async () => {
  await app?.close();
  await driver?.close();
});

describe('with the database down', () => {
  it.each(['/api/timeline', '/api/graph', '/api/actors/russia', '/api/events/a:e1', '/api/search?q=kerry', '/api/export?format=csv', '/api/export?format=gexf'])(
    'GET %s answers 503 DB_UNAVAILABLE with a clear message',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ code: 'DB_UNAVAILABLE', message: expect.stringMatching(/database is unreachable/) });
    },
  );

  it('POST /api/cypher answers 503 DB_UNAVAILABLE once the driver gives up retrying', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1' } });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'DB_UNAVAILABLE' });
  });

  it('GET /api/cypher/vocabulary answers 503 DB_UNAVAILABLE, through the console like a query', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/cypher/vocabulary' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'DB_UNAVAILABLE' });
  });

  it('health says the database is unreachable, with 503', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'DB_UNAVAILABLE', status: 'degraded', database: { reachable: false } });
  });

  it('an unknown route is still a 404 in the catalogue shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('serves the OpenAPI document at /docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(expect.arrayContaining(['/api/graph', '/api/timeline', '/api/cypher']));
  });
});
