/** Every route under /api, each resource a folder of its own. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Driver } from 'neo4j-driver';
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
}

export const registerApiRoutes: FastifyPluginAsyncZod<ApiRouteOptions> = async (app, options) => {
  const { store, driver, database, ingestToken, nlp } = options;
  for (const routes of [healthRoutes, graphRoutes, timelineRoutes, actorRoutes, eventRoutes, searchRoutes]) {
    await app.register(routes, { store });
  }
  await app.register(cypherRoutes, { driver, database });
  await app.register(articleRoutes, { driver, database, ingestToken, nlp });
};
