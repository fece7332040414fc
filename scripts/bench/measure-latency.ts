/** Latency of one API request, measured in-process with `app.inject` (no network, the whole Fastify path). */
import type { FastifyInstance } from 'fastify';

export interface LatencyFigures {
  url: string;
  runs: number;
  p50: number;
  p95: number;
  /** What the last response held, to show the figures were taken on real answers. */
  size: string;
}

/** Runs `url` `warmup` times unmeasured, then `runs` times; percentiles in milliseconds. */
export async function measureLatency(app: FastifyInstance, url: string, runs: number, warmup = 2): Promise<LatencyFigures> {
  for (let i = 0; i < warmup; i += 1) await requestOk(app, url);
  const times: number[] = [];
  let body: Record<string, unknown> = {};
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    body = await requestOk(app, url);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { url, runs, p50: percentile(times, 0.5), p95: percentile(times, 0.95), size: describeSize(body) };
}

async function requestOk(app: FastifyInstance, url: string): Promise<Record<string, unknown>> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
  return response.json();
}

// Nearest-rank percentile of sorted values.
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function describeSize(body: Record<string, unknown>): string {
  const counts = Object.entries(body)
    .filter(([, value]) => Array.isArray(value))
    .map(([key, value]) => `${(value as unknown[]).length} ${key}`);
  return `${counts.join(', ')}${body.capped === true ? ' (capped)' : ''}`;
}
