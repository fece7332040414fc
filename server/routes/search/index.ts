/** GET /api/search — full-text suggestions over actor names and aliases, and event summaries. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SearchQuerySchema, SearchResponseSchema } from '../../contract/api.js';
import { clientGoneSignal } from '../../backpressure/client-gone-signal.js';
import { READ_ERRORS } from '../error-responses.js';
import type { ExploreRouteOptions } from '../explore-routes.js';

export const searchRoutes: FastifyPluginAsyncZod<ExploreRouteOptions> = async (app, { store }) => {
  app.get(
    '/search',
    {
      schema: {
        summary: 'Actors and events matching words (prefixes count)',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema, ...READ_ERRORS },
      },
    },
    (request, reply) => store.search(request.query, { signal: clientGoneSignal(reply) }),
  );
};
