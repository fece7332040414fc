/** GET /api/graph — actors and weighted edges of a time window. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GraphQuerySchema, GraphResponseSchema } from '../../contract/api.js';
import { clientGoneSignal } from '../../backpressure/client-gone-signal.js';
import { READ_ERRORS } from '../error-responses.js';
import type { ExploreRouteOptions } from '../explore-routes.js';

export const graphRoutes: FastifyPluginAsyncZod<ExploreRouteOptions> = async (app, { store }) => {
  app.get(
    '/graph',
    {
      schema: {
        summary: 'Actors and weighted edges (shared events by type, stated relations) in a time window',
        querystring: GraphQuerySchema,
        response: { 200: GraphResponseSchema, ...READ_ERRORS },
      },
    },
    (request, reply) => store.actorGraph(request.query, { signal: clientGoneSignal(reply) }),
  );
};
