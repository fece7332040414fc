/**
 * Asks the API's heaviest reads once as soon as the server listens. Neo4j plans a query on first
 * use, and on a loaded machine planning the graph's month-aggregate reads took seconds: the first
 * users of a fresh server would wait out the time limit. Their answers are thrown away; a failure
 * (the database still starting, the server closing) only means no head start.
 */
import type { FastifyInstance } from 'fastify';

// The whole history, one year and one month (each read heaviest first from its own rows), and a window cut mid-month
// at both ends (whole months from the aggregates, the edges from events).
const WARM_URLS = [
  '/api/graph',
  '/api/graph?from=2000-01-01&to=2000-12-31',
  '/api/graph?from=2000-01-01&to=2000-01-31',
  '/api/graph?from=2000-01-15&to=2000-03-10',
  '/api/timeline',
  '/api/timeline?from=2000-01-15&to=2000-03-10',
  '/api/search?q=talks',
];

/** Each URL asked and its status (null when the request itself failed). */
export async function warmQueryPlans(app: FastifyInstance): Promise<{ url: string; status: number | null }[]> {
  const answered = [];
  for (const url of WARM_URLS) {
    const response = await app.inject({ method: 'GET', url }).catch(() => null);
    answered.push({ url, status: response?.statusCode ?? null });
  }
  return answered;
}
