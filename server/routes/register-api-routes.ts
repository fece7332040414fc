/** Every route under /api, each resource a folder of its own. */
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Driver } from 'neo4j-driver';
import { ApiFailure } from '../errors.js';
import type { ConsoleRunner } from '../graph/create-console-runner.js';
import type { NlpClient } from '../nlp/create-nlp-client.js';
import { actorRoutes } from './actors/index.js';
import { articleRoutes } from './articles/index.js';
import { cypherRoutes } from './cypher/index.js';
import { eventRoutes } from './events/index.js';
import type { ExploreRouteOptions } from './explore-routes.js';
import { graphRoutes } from './graph/index.js';
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
}

export const registerApiRoutes: FastifyPluginAsyncZod<ApiRouteOptions> = async (app, options) => {
  const { store, driver, database, ingestToken, nlp, consoleRunner, rateLimits } = options;
  // Only routes that ask for it are limited (per client address), answering 429 in the catalogue's shape.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new ApiFailure('RATE_LIMITED', `Too many requests; retry in ${context.after}.`),
  });
  for (const routes of [healthRoutes, graphRoutes, timelineRoutes, actorRoutes, eventRoutes, searchRoutes]) {
    await app.register(routes, { store });
  }
  await app.register(cypherRoutes, { consoleRunner, rateLimit: rateLimits.console });
  await app.register(articleRoutes, { driver, database, ingestToken, nlp, rateLimit: rateLimits.ingest });
};
