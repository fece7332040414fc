/** GET /api/timeline — dated events of a time window, with participants. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TimelineQuerySchema, TimelineResponseSchema } from '../../contract/api.js';
import { clientGoneSignal } from '../../backpressure/client-gone-signal.js';
import { sendJsonInSlices } from '../../http/send-json-in-slices.js';
import { READ_ERRORS } from '../error-responses.js';
import type { ExploreRouteOptions } from '../explore-routes.js';

export const timelineRoutes: FastifyPluginAsyncZod<ExploreRouteOptions> = async (app, { store }) => {
  app.get(
    '/timeline',
    {
      schema: {
        summary: 'Dated events overlapping a time window, earliest first',
        querystring: TimelineQuerySchema,
        response: { 200: TimelineResponseSchema, ...READ_ERRORS },
      },
    },
    // Up to 20,000 events: checked and written a slice at a time (the serializer would do it in one step).
    async (request, reply) => {
      const answer = await store.timeline(request.query, { signal: clientGoneSignal(reply) });
      return sendJsonInSlices(reply, TimelineResponseSchema, 'events', answer);
    },
  );
};
