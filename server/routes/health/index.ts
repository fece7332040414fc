/** GET /api/health — the server answers; the database's reachability and what it holds. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponseSchema, HealthUnavailableSchema } from '../../contract/api.js';
import { describeError } from '../../errors.js';
import type { ExploreRouteOptions } from '../explore-routes.js';

export const healthRoutes: FastifyPluginAsyncZod<ExploreRouteOptions> = async (app, { store }) => {
  app.get(
    '/health',
    { schema: { summary: 'Server and database health', response: { 200: HealthResponseSchema, 503: HealthUnavailableSchema } } },
    async (_request, reply) => {
      try {
        return await store.health();
      } catch (error) {
        const { status, body } = describeError(error);
        if (status !== 503) throw error;
        return reply.status(503).send({ ...body, status: 'degraded', database: { reachable: false, message: body.message } });
      }
    },
  );
};
