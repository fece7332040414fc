/** GET /api/events/:id — one event with its corroboration, every report of it and every evidence passage with its article. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EventDetailsSchema, IdParamsSchema } from '../../contract/api.js';
import { ApiFailure } from '../../errors.js';
import { clientGoneSignal } from '../../backpressure/client-gone-signal.js';
import { LOOKUP_ERRORS } from '../error-responses.js';
import type { ExploreRouteOptions } from '../explore-routes.js';

export const eventRoutes: FastifyPluginAsyncZod<ExploreRouteOptions> = async (app, { store }) => {
  app.get(
    '/events/:id',
    { schema: { summary: 'One event with its reports and evidence', params: IdParamsSchema, response: { 200: EventDetailsSchema, ...LOOKUP_ERRORS } } },
    async (request, reply) => {
      const details = await store.eventDetails(request.params.id, { signal: clientGoneSignal(reply) });
      if (!details) throw new ApiFailure('NOT_FOUND', 'No event has this id.');
      return details;
    },
  );
};
