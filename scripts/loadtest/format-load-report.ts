/** The load test's figures per route, as a plain-text table, and the verdict against issue 8's bar. */
import type autocannon from 'autocannon';

export interface RouteResult {
  name: string;
  connections: number;
  result: autocannon.Result;
}

/** A row per route: requests/s, latency percentiles, answers by status, errors and timeouts. */
export function formatLoadReport(results: RouteResult[]): string {
  const header = `${'route'.padEnd(14)} ${'conns'.padStart(5)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p90'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  answers by status; errors`;
  const rows = results.map(({ name, connections, result }) => {
    const ms = (value: number) => `${Math.round(value)}`.padStart(7);
    const { latency } = result;
    return `${name.padEnd(14)} ${String(connections).padStart(5)} ${result.requests.average.toFixed(1).padStart(7)} ${ms(latency.p50)} ${ms(latency.p90)} ${ms(latency.p99)} ${ms(latency.max)}  ${describeStatuses(result)}; ${result.errors} errors (${result.timeouts} timeouts)`;
  });
  return [header, ...rows, '(latencies in ms, over every answer, 503s included)'].join('\n');
}

function describeStatuses(result: autocannon.Result): string {
  const counts = Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => `${status}: ${count ?? 0}`);
  return counts.length > 0 ? counts.join(', ') : 'none';
}

/** The failures against the bar: health over 1 s, any 500, an overload answered other than 503. */
export function checkLoadResults(results: RouteResult[]): string[] {
  const failures: string[] = [];
  for (const { name, result } of results) {
    const statuses = Object.keys(result.statusCodeStats ?? {}).map(Number);
    const unexpected = statuses.filter((status) => status >= 500 && status !== 503);
    if (unexpected.length > 0) failures.push(`${name} answered ${unexpected.join(', ')}`);
    if (result.timeouts > 0) failures.push(`${name} had ${result.timeouts} requests time out`);
    if (name === 'health' && result.latency.max >= 1_000) failures.push(`health took up to ${Math.round(result.latency.max)} ms`);
  }
  return failures;
}
