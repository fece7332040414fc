import { renameSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { createTestNeo4j } from '../../../scripts/neo4j/instances.js';
import { projectRoot } from '../../../scripts/run-cli.js';

describe('the local Neo4j', () => {
  let blocker: Server;
  let blockedPort: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    blockedPort = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('refuses to start on a port another process holds, in one clear line', async () => {
    const server = createTestNeo4j(projectRoot, blockedPort, 'irrelevant-password');
    await expect(server.start()).rejects.toMatchObject({
      name: 'LocalNeo4jError',
      message: expect.stringMatching(new RegExp(`^Port ${blockedPort} on 127\\.0\\.0\\.1 is taken`)),
    });
  });

  it('answers on Bolt with auth on and refuses a wrong password', async () => {
    const { uri, user, password } = inject('neo4j');
    const good = neo4j.driver(uri, neo4j.auth.basic(user, password));
    const bad = neo4j.driver(uri, neo4j.auth.basic(user, 'not-the-password'));
    try {
      await expect(good.verifyAuthentication()).resolves.toBe(true);
      await expect(bad.verifyAuthentication()).resolves.toBe(false);
    } finally {
      await Promise.all([good.close(), bad.close()]);
    }
  });

  it('reports that a start finds the server already running and reuses it', async () => {
    const { uri } = inject('neo4j');
    if (!uri.startsWith('bolt://127.0.0.1:')) return;
    const port = Number(new URL(uri).port);
    await expect(createTestNeo4j(projectRoot, port, 'test-password-not-secret').start()).resolves.toBe('already running');
  });

  it('still finds its running server when the pid file its starter writes is gone (by the one Neo4j writes)', async () => {
    const { uri } = inject('neo4j');
    if (!uri.startsWith('bolt://127.0.0.1:')) return;
    const server = createTestNeo4j(projectRoot, Number(new URL(uri).port), 'test-password-not-secret');
    const ours = join(server.home, 'run', 'server.pid');
    renameSync(ours, `${ours}.aside`);
    try {
      await expect(server.status()).resolves.toBe('running');
    } finally {
      renameSync(`${ours}.aside`, ours);
    }
  });
});
