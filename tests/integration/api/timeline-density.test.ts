import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.js';
import { TimelineResponseSchema, type TimelineEvent } from '../../../server/contract/api.js';
import { buildTestConfig, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

// One app lists at most 3 events and counts past that; the other, on the same graph, lists them all.
let counting: ApiTestApp;
let listing: FastifyInstance;
beforeAll(async () => {
  counting = await openApiTestApp(undefined, buildTestConfig({ TIMELINE_ITEM_LIMIT: '3' }));
  listing = await buildApp(buildTestConfig(), counting.deps);
});
afterAll(async () => {
  await listing?.close();
  await counting?.close();
});

const timeline = async (app: FastifyInstance, query: string) => TimelineResponseSchema.parse((await app.inject({ method: 'GET', url: `/api/timeline?${query}` })).json());

/** How many of the events overlap each day of [from, to]. */
function countByDay(events: TimelineEvent[], from: string, to: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (let day = event.start! < from ? from : event.start!; day <= event.end! && day <= to; day = nextDay(day)) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe('GET /api/timeline past TIMELINE_ITEM_LIMIT events', () => {
  it.each([
    ['a month', 'from=2014-04-01&to=2014-04-30'],
    ['four types and one actor', 'from=2014-01-01&to=2014-12-31&types=statement,talks,sanctions,offensive&actor=ukraine'],
  ])('counts %s by day, each bucket the events overlapping that day, and their total', async (_case, query) => {
    const params = new URLSearchParams(query);
    const all = await timeline(listing, query);
    expect(all.events.length).toBeGreaterThan(3);
    const counted = await timeline(counting.app, query);
    expect(counted.events).toEqual([]);
    expect(counted.capped).toBe(true);
    expect(counted.density?.unit).toBe('day');
    expect(counted.density?.total).toBe(all.events.length);
    const expected = countByDay(all.events, params.get('from')!, params.get('to')!);
    expect(new Map(counted.density!.buckets.map((b) => [b.start, b.count]))).toEqual(expected);
  });

  it('counts the whole history by week when it spans more than a year, and lists a window holding few events', async () => {
    const whole = await timeline(counting.app, '');
    expect(whole.density?.unit).toBe('week');
    expect(whole.density?.total).toBe((await timeline(listing, '')).events.length);
    const few = await timeline(counting.app, 'from=2014-04-17&to=2014-04-17&types=talks');
    expect(few.density).toBeUndefined();
    expect(few.events.length).toBeGreaterThan(0);
  });
});
