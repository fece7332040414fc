/**
 * One run of a read for every request asking the same question while it runs ("single flight", as Go's
 * singleflight or a cache's request collapsing): many people opening the explorer at once ask for the same
 * default views, and on a busy database each copy of a read slows every other. A request that joins a run
 * gets its answer when the run ends, so it is never older than the request. A caller's signal only detaches
 * that caller; the run itself stops when every caller waiting on it has gone.
 */

interface Run {
  answer: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

export type ShareInFlight = <T>(key: string, read: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal) => Promise<T>;

export function createShareInFlight(): ShareInFlight {
  const runs = new Map<string, Run>();
  return function share<T>(key: string, read: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const run = runs.get(key) ?? startRun(key, read);
    run.waiting += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        run.waiting -= 1;
        if (run.waiting === 0) run.controller.abort(signal?.reason);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', leave, { once: true });
      run.answer.then(
        (value) => resolve(value as T),
        (error: unknown) => reject(error),
      ).finally(() => signal?.removeEventListener('abort', leave));
    });
  };

  function startRun(key: string, read: (signal: AbortSignal) => Promise<unknown>): Run {
    const controller = new AbortController();
    const run: Run = { answer: read(controller.signal), controller, waiting: 0 };
    // Once it ends, or every caller has left it, the run is no longer shared: a new request starts afresh.
    const forget = () => runs.get(key) === run && runs.delete(key);
    run.answer.then(forget, forget);
    controller.signal.addEventListener('abort', forget, { once: true });
    runs.set(key, run);
    return run;
  }
}
