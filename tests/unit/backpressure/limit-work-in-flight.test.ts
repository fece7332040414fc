import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { clientGoneSignal } from '../../../server/backpressure/client-gone-signal.js';
import { createWorkLimiter } from '../../../server/backpressure/create-work-limiter.js';
import { limitWorkInFlight } from '../../../server/backpressure/limit-work-in-flight.js';
import { handleError } from '../../../server/errors.js';

let app: FastifyInstance;
afterEach(() => app?.close());

/** An app whose one route works until its signal aborts (or `workMs` pass), in a family limited to 1 + 1 waiting. */
async function buildSlowApp(answerWithinMs: number | undefined, workMs: number, stopped: string[]): Promise<FastifyInstance> {
  app = Fastify();
  app.setErrorHandler(handleError);
  await app.register(async (scope) => {
    limitWorkInFlight(scope, createWorkLimiter({ name: 'graph', concurrency: 1, queueLimit: 1 }), answerWithinMs);
    scope.get('/slow', (_request, reply) => {
      const signal = clientGoneSignal(reply);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve({ done: true }), workMs);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          stopped.push((signal.reason as Error).message);
          reject(signal.reason as Error);
        });
      });
    });
  });
  return app;
}

describe('limitWorkInFlight', () => {
  it('gives up a request not answered in time: its work stops and it answers 503 OVERLOADED with Retry-After', async () => {
    const stopped: string[] = [];
    await buildSlowApp(200, 5_000, stopped);
    const started = performance.now();
    const response = await app.inject({ url: '/slow' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.json()).toEqual({ code: 'OVERLOADED', message: expect.stringMatching(/within 0.2 s/) });
    expect(stopped).toHaveLength(1);
  });

  it('gives up a request still waiting for a slot in the same time', async () => {
    const stopped: string[] = [];
    await buildSlowApp(300, 5_000, stopped);
    const [first, queued] = await Promise.all([app.inject({ url: '/slow' }), app.inject({ url: '/slow' })]);
    expect(first.statusCode).toBe(503);
    expect(queued.statusCode).toBe(503);
    expect(queued.json()).toMatchObject({ code: 'OVERLOADED' });
  });

  it('lets a request answered in time through, and gives up nothing without a time limit', async () => {
    const stopped: string[] = [];
    await buildSlowApp(2_000, 50, stopped);
    expect((await app.inject({ url: '/slow' })).json()).toEqual({ done: true });
    await app.close();
    await buildSlowApp(undefined, 300, stopped);
    expect((await app.inject({ url: '/slow' })).json()).toEqual({ done: true });
    expect(stopped).toEqual([]);
  });
});
