/** The reads a fresh server asks itself once, so its first users do not wait for Neo4j's planner. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmQueryPlans } from '../../../server/warm-query-plans.js';
import { openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp();
});
afterAll(() => api?.close());

describe('warmQueryPlans', () => {
  it('asks the graph (whole history, a year, a month, a window cut mid-month), the timeline (whole history and a window cut mid-month) and search, each answered', async () => {
    const answered = await warmQueryPlans(api.app);
    expect(answered.map((a) => a.url.split('?')[0])).toEqual(['/api/graph', '/api/graph', '/api/graph', '/api/graph', '/api/timeline', '/api/timeline', '/api/search']);
    expect(answered.every((a) => a.status === 200)).toBe(true);
  });
});
