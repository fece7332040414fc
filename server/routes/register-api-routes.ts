/**
 * Every route under /api, each resource a folder of its own, grouped in families that each have a
 * bounded amount of work in flight (health apart: it never waits behind the query pool).
 */
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Driver } from 'neo4j-driver';
import { createWorkLimiter } from '../backpressure/create-work-limiter.js';
import { limitWorkInFlight } from '../backpressure/limit-work-in-flight.js';
import { sizeWorkLimits, type RouteFamily } from '../backpressure/size-work-limits.js';
import { ApiFailure } from '../errors.js';
import type { ConsoleRunner } from '../graph/create-console-runner.js';
import { CONNECTION_POOL_SIZE } from '../graph/driver.js';
import type { NlpClient } from '../nlp/create-nlp-client.js';
import { actorRoutes } from './actors/index.js';
import { articleRoutes } from './articles/index.js';
import { cypherRoutes } from './cypher/index.js';
import { eventRoutes } from './events/index.js';
import { exportRoutes } from './export/index.js';
import type { ExploreRouteOptions } from './explore-routes.js';
import { graphRoutes } from './graph/index.js';
import { createHealthCheck } from './health/create-health-check.js';
import { healthRoutes } from './health/index.js';
import { searchRoutes } from './search/index.js';
import { timelineRoutes } from './timeline/index.js';

export interface ApiRouteOptions extends ExploreRouteOptions {
  driver: Driver;
  database: string;
  ingestToken: string | undefined;
  nlp: NlpClient;
  consoleRunner: ConsoleRunner;
  /** Requests per minute and client, for the routes that cost the most. */
  rateLimits: { console: number; ingest: number };
  /** An explorer read not answered this long after it arrived is given up with a 503 (its queries stopped). */
  readAnswerWithinMs: number;
}

// Explorer reads that may wait for a slot: a busy read family queues rather than refusing (503) at once, since
// the read deadline bounds each wait. More than the 50 clients the explorer aims to serve at once without an
// error; a waiting request holds no database connection and little memory.
const READ_WAITING = 64;

// The graph, an actor's details and a search run two queries at once (an export, which reads what
// the graph reads, shares the graph's family).
const FAMILIES = [
  { name: 'graph', connectionsPerRequest: 2, mostWaiting: READ_WAITING },
  { name: 'timeline', connectionsPerRequest: 1, mostWaiting: READ_WAITING },
  { name: 'search', connectionsPerRequest: 2, mostWaiting: READ_WAITING },
  { name: 'details', connectionsPerRequest: 2, mostWaiting: READ_WAITING },
  { name: 'cypher', connectionsPerRequest: 1 },
  { name: 'articles', connectionsPerRequest: 1 },
] as const satisfies RouteFamily[];

type FamilyName = (typeof FAMILIES)[number]['name'];

// The families given up after `readAnswerWithinMs` (a whole 100k-event history takes about 5 s on a quiet
// 2-core machine); the console has its own time limits, and ingest waits on the language service.
const READ_FAMILIES = new Set<FamilyName>(['graph', 'timeline', 'search', 'details']);

export const registerApiRoutes: FastifyPluginAsyncZod<ApiRouteOptions> = async (app, options) => {
  const { store, driver, database, ingestToken, nlp, consoleRunner, rateLimits } = options;
  // Only routes that ask for it are limited (per client address), answering 429 in the catalogue's shape.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new ApiFailure('RATE_LIMITED', `Too many requests; retry in ${context.after}.`),
  });
  const limits = new Map(sizeWorkLimits(FAMILIES, CONNECTION_POOL_SIZE).map((limits) => [limits.name, limits]));
  const bounded = (name: FamilyName, register: (scope: FastifyInstance) => PromiseLike<unknown>) =>
    app.register(async (scope) => {
      limitWorkInFlight(scope, createWorkLimiter(limits.get(name)!), READ_FAMILIES.has(name) ? options.readAnswerWithinMs : undefined);
      await register(scope);
    });

  await app.register(healthRoutes, { health: createHealthCheck(store) });
  await bounded('graph', (scope) => scope.register(graphRoutes, { store }).register(exportRoutes, { store, driver, database }));
  await bounded('timeline', (scope) => scope.register(timelineRoutes, { store }));
  await bounded('search', (scope) => scope.register(searchRoutes, { store }));
  await bounded('details', (scope) => scope.register(actorRoutes, { store }).register(eventRoutes, { store }));
  await bounded('cypher', (scope) => scope.register(cypherRoutes, { consoleRunner, rateLimit: rateLimits.console }));
  await bounded('articles', (scope) => scope.register(articleRoutes, { driver, database, ingestToken, nlp, rateLimit: rateLimits.ingest }));
};
