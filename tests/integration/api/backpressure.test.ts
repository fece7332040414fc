import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../../server/contract/api.js';
import { openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp([]);
});
afterAll(() => api?.close());

describe('work in flight per route family', () => {
  it('answers a burst beyond the graph family’s bound with quick 503 OVERLOADED and Retry-After, never a 500', async () => {
    const started = performance.now();
    const responses = await Promise.all(Array.from({ length: 120 }, () => api.app.inject({ method: 'GET', url: '/api/graph' })));
    const statuses = new Set(responses.map((r) => r.statusCode));
    expect([...statuses].sort()).toEqual([200, 503]);
    const refused = responses.filter((r) => r.statusCode === 503);
    for (const response of refused) {
      expect(ApiErrorSchema.parse(response.json()).code).toBe('OVERLOADED');
      expect(response.headers['retry-after']).toBe('1');
    }
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('bounds each family apart: a full graph family leaves the timeline answering', async () => {
    const graphBurst = Array.from({ length: 60 }, () => api.app.inject({ method: 'GET', url: '/api/graph' }));
    const timeline = await api.app.inject({ method: 'GET', url: '/api/timeline' });
    await Promise.all(graphBurst);
    expect(timeline.statusCode).toBe(200);
  });

  it('answers health in under a second while the families are full', async () => {
    await api.app.inject({ method: 'GET', url: '/api/health' });
    const burst = Array.from({ length: 100 }, (_, i) => api.app.inject({ method: 'GET', url: i % 2 ? '/api/graph' : '/api/timeline' }));
    const started = performance.now();
    const health = await api.app.inject({ method: 'GET', url: '/api/health' });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(health.statusCode).toBe(200);
    await Promise.all(burst);
  });
});
