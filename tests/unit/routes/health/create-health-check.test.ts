import { describe, expect, it } from 'vitest';
import type { HealthResponse } from '../../../../server/contract/api.js';
import { createHealthCheck } from '../../../../server/routes/health/create-health-check.js';

const OK: HealthResponse = { status: 'ok', database: { reachable: true, counts: { actors: 1, events: 2, articles: 3 } } };
const TIMES = { budgetMs: 50, freshMs: 20, probeTimeoutMs: 1_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A store whose health answers after `delays[i]` ms on its i-th call (a stand-in for a busy database). */
function slowStore(delays: number[]) {
  let calls = 0;
  return {
    calls: () => calls,
    health: async () => {
      await sleep(delays[calls++] ?? 0);
      return OK;
    },
  };
}

describe('createHealthCheck', () => {
  it('waits for the first probe, however slow, as there is nothing to fall back on', async () => {
    const check = createHealthCheck(slowStore([120]), TIMES);
    expect(await check.check()).toEqual(OK);
  });

  it('answers within its budget once it has an outcome, reporting the last counts as late', async () => {
    const store = slowStore([0, 500]);
    const check = createHealthCheck(store, TIMES);
    await check.check();
    await sleep(30);
    const started = performance.now();
    const late = await check.check();
    expect(performance.now() - started).toBeLessThan(TIMES.budgetMs + 40);
    expect(late).toMatchObject({ status: 'degraded', database: { reachable: true, counts: OK.database.counts, message: expect.stringContaining('did not answer') } });
  });

  it('shares one probe between callers and reuses a fresh outcome', async () => {
    const store = slowStore([10, 10]);
    const check = createHealthCheck(store, TIMES);
    await Promise.all([check.check(), check.check(), check.check()]);
    await check.check();
    expect(store.calls()).toBe(1);
  });

  it('reports the database’s failure', async () => {
    const down = new Error('down');
    const check = createHealthCheck({ health: () => Promise.reject(down) }, TIMES);
    await expect(check.check()).rejects.toBe(down);
  });
});
