import { describe, expect, it } from 'vitest';
import { createWorkLimiter } from '../../../server/backpressure/create-work-limiter.js';

/** A task that runs until released, recording that it started. */
function heldTask(started: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { work: async () => { started.push(name); await done; return name; }, release: () => release() };
}

describe('createWorkLimiter', () => {
  it('runs up to its concurrency, queues up to its limit, and refuses the rest at once with OVERLOADED', async () => {
    const limiter = createWorkLimiter({ name: 'graph', concurrency: 2, queueLimit: 1 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => heldTask(started, name));
    const runs = tasks.map((task) => limiter.run(task.work));
    await expect(limiter.run(async () => 'd')).rejects.toMatchObject({ code: 'OVERLOADED', status: 503 });
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    tasks[0]!.release();
    await runs[0];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a', 'b', 'c']);
    tasks.forEach((task) => task.release());
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c']);
  });

  it('takes a waiting task out of the queue when its signal aborts, freeing its place', async () => {
    const limiter = createWorkLimiter({ name: 'graph', concurrency: 1, queueLimit: 1 });
    const started: string[] = [];
    const running = heldTask(started, 'running');
    const first = limiter.run(running.work);
    const leaving = new AbortController();
    const waiting = limiter.run(async () => 'never', leaving.signal);
    leaving.abort();
    await expect(waiting).rejects.toThrow();
    const next = heldTask(started, 'next');
    const queued = limiter.run(next.work);
    running.release();
    next.release();
    expect(await Promise.all([first, queued])).toEqual(['running', 'next']);
  });

  it('frees a running task’s slot when its signal aborts', async () => {
    const limiter = createWorkLimiter({ name: 'graph', concurrency: 1, queueLimit: 0 });
    const leaving = new AbortController();
    const stuck = limiter.run(() => new Promise<never>(() => {}), leaving.signal);
    leaving.abort();
    await expect(stuck).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await limiter.run(async () => 'ran')).toBe('ran');
  });
});
