import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.js';
import { createNeo4jDriver } from '../../../server/graph/driver.js';
import { buildTestConfig } from './open-api-test-app.js';

let clientDir: string;
let driver: Driver;
let app: FastifyInstance;

beforeAll(async () => {
  clientDir = await mkdtemp(join(tmpdir(), 'client-dist-'));
  await writeFile(join(clientDir, 'index.html'), '<!doctype html><title>Explorer</title>');
  // Serving files needs no database: a driver that never connects will do.
  const nowhere = { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused-password', database: 'neo4j' };
  driver = createNeo4jDriver(nowhere);
  app = await buildApp(buildTestConfig(), { driver, database: 'neo4j', consoleConnection: nowhere, clientDir });
});
afterAll(async () => {
  await app?.close();
  await driver?.close();
  await rm(clientDir, { recursive: true, force: true });
});

describe('the built client', () => {
  it('is served at /', async () => {
    const response = await app.inject({ method: 'GET', url: '/?from=2016-02-01' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('<title>Explorer</title>');
  });

  it('leaves unknown paths to the JSON 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/missing.js' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
