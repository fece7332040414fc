import { describe, expect, it } from 'vitest';
import { createShareInFlight } from '../../../server/explore/share-in-flight.js';

/** A read that answers when told to, counting its runs and noting when its signal aborts. */
function createManualRead() {
  const runs: { resolve: (value: string) => void; signal: AbortSignal }[] = [];
  const read = (signal: AbortSignal) => new Promise<string>((resolve) => runs.push({ resolve, signal }));
  return { read, runs };
}

describe('createShareInFlight', () => {
  it('runs a read once for every caller asking the same key while it runs, and afresh after it ends', async () => {
    const share = createShareInFlight();
    const { read, runs } = createManualRead();
    const answers = Promise.all([share('graph', read), share('graph', read), share('timeline', read)]);
    expect(runs).toHaveLength(2);
    runs[0]!.resolve('g');
    runs[1]!.resolve('t');
    expect(await answers).toEqual(['g', 'g', 't']);
    void share('graph', read);
    expect(runs).toHaveLength(3);
  });

  it('lets a caller leave without stopping the run for the others, and stops it when the last leaves', async () => {
    const share = createShareInFlight();
    const { read, runs } = createManualRead();
    const [first, second] = [new AbortController(), new AbortController()];
    const leaving = share('graph', read, first.signal);
    const staying = share('graph', read, second.signal);
    first.abort(new Error('gone'));
    await expect(leaving).rejects.toThrow('gone');
    expect(runs[0]!.signal.aborted).toBe(false);
    second.abort(new Error('gone too'));
    await expect(staying).rejects.toThrow('gone too');
    expect(runs[0]!.signal.aborted).toBe(true);
    void share('graph', read);
    expect(runs).toHaveLength(2);
  });

  it('gives every caller the failure of the run they share', async () => {
    const share = createShareInFlight();
    const failing = () => Promise.reject(new Error('database down'));
    await expect(Promise.all([share('graph', failing), share('graph', failing)])).rejects.toThrow('database down');
  });
});
