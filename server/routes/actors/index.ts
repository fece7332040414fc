/** GET /api/actors/:id — one actor: roles, relations with their passages, events. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActorDetailsSchema, IdParamsSchema } from '../../contract/api.js';
import { ApiFailure } from '../../errors.js';
import { clientGoneSignal } from '../../backpressure/client-gone-signal.js';
import { LOOKUP_ERRORS } from '../error-responses.js';
import type { ExploreRouteOptions } from '../explore-routes.js';

export const actorRoutes: FastifyPluginAsyncZod<ExploreRouteOptions> = async (app, { store }) => {
  app.get(
    '/actors/:id',
    { schema: { summary: 'One actor in detail', params: IdParamsSchema, response: { 200: ActorDetailsSchema, ...LOOKUP_ERRORS } } },
    async (request, reply) => {
      const details = await store.actorDetails(request.params.id, { signal: clientGoneSignal(reply) });
      if (!details) throw new ApiFailure('NOT_FOUND', 'No actor has this id.');
      return details;
    },
  );
};
