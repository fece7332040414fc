/** GET /api/health — the server answers; the database's reachability and what it holds, within a fixed budget. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponseSchema, HealthUnavailableSchema } from '../../contract/api.js';
import { describeError } from '../../errors.js';
import type { HealthCheck } from './create-health-check.js';

export const healthRoutes: FastifyPluginAsyncZod<{ health: HealthCheck }> = async (app, { health }) => {
  app.get(
    '/health',
    { schema: { summary: 'Server and database health', response: { 200: HealthResponseSchema, 503: HealthUnavailableSchema } } },
    async (_request, reply) => {
      try {
        return await health.check();
      } catch (error) {
        const { status, body, retryAfterSeconds } = describeError(error);
        if (status !== 503) throw error;
        if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
        return reply.status(503).send({ ...body, status: 'degraded', database: { reachable: false, message: body.message } });
      }
    },
  );
};
