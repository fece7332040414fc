/**
 * Many clients at once on a running explorer (autocannon, as `npm run loadtest`): each connection
 * cycles through the paths; p50/p95 come from every answer's own time, errors count refused
 * connections, timeouts and answers other than 200.
 */
import autocannon from 'autocannon';

export interface ConcurrentFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  /** Connection errors and timeouts, plus every answer that was not a 200. */
  errors: number;
}

// A request still unanswered after 10 s counts as an error (autocannon's default timeout).
const REQUEST_TIMEOUT_S = 10;

export async function measureConcurrent(url: string, paths: string[], connections: number, seconds: number): Promise<ConcurrentFigures> {
  const times: number[] = [];
  let notOk = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url, connections, duration: seconds, timeout: REQUEST_TIMEOUT_S, requests: paths.map((path) => ({ method: 'GET' as const, path })) };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status !== 200) notOk += 1;
    });
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil(p * times.length) - 1))] ?? Number.NaN;
  return { requests: times.length, perSecond: times.length / seconds, p50: at(0.5), p95: at(0.95), errors: result.errors + notOk };
}
