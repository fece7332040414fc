import { describe, expect, it } from 'vitest';
import { sizeWorkLimits } from '../../../server/backpressure/size-work-limits.js';

describe('sizeWorkLimits', () => {
  it('shares the pool between families, by the connections one request holds, and keeps room for health', () => {
    const families = [
      { name: 'graph', connectionsPerRequest: 2 },
      { name: 'timeline', connectionsPerRequest: 1 },
    ];
    const limits = sizeWorkLimits(families, 40);
    expect(limits).toEqual([
      { name: 'graph', concurrency: 9, queueLimit: 18 },
      { name: 'timeline', concurrency: 18, queueLimit: 36 },
    ]);
    const connections = limits.reduce((sum, limit, i) => sum + limit.concurrency * families[i]!.connectionsPerRequest, 0);
    expect(connections).toBeLessThan(40);
  });

  it('lets as many wait as a family says', () => {
    expect(sizeWorkLimits([{ name: 'graph', connectionsPerRequest: 2, mostWaiting: 64 }], 40)[0]).toEqual({ name: 'graph', concurrency: 18, queueLimit: 64 });
  });

  it('lets every family run at least one request', () => {
    expect(sizeWorkLimits([{ name: 'graph', connectionsPerRequest: 8 }], 6)[0]).toMatchObject({ concurrency: 1 });
  });
});
