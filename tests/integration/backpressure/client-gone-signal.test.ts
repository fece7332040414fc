import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientGoneSignal } from '../../../server/backpressure/client-gone-signal.js';

let app: FastifyInstance;
let base: string;
let aborted: Promise<void>;
let reportAborted: () => void;

beforeAll(async () => {
  app = Fastify();
  aborted = new Promise((resolve) => (reportAborted = resolve));
  // Answers after 300 ms unless its client left first.
  const wait = (signal: AbortSignal) =>
    new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve(signal.aborted ? 'aborted' : 'answered'), 300);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reportAborted();
        resolve('aborted');
      });
    });
  app.post('/echo', (_request, reply) => wait(clientGoneSignal(reply)));
  app.get('/slow', (_request, reply) => wait(clientGoneSignal(reply)));
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app?.close());

describe('clientGoneSignal, over real connections', () => {
  it('stays quiet while a client that sent a body waits for its answer', async () => {
    const response = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"RETURN 1"}' });
    expect(await response.text()).toBe('answered');
  });

  it('aborts when the client disconnects before the answer', async () => {
    const leaving = new AbortController();
    const request = fetch(`${base}/slow`, { signal: leaving.signal }).catch(() => 'gone');
    setTimeout(() => leaving.abort(), 50);
    expect(await request).toBe('gone');
    await expect(Promise.race([aborted.then(() => 'aborted'), new Promise((r) => setTimeout(r, 1_000, 'not aborted'))])).resolves.toBe('aborted');
  });
});
