/** POST /api/cypher — a user's query, read-only, capped in rows and time; results drawable. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Driver } from 'neo4j-driver';
import { ApiErrorSchema, CypherRequestSchema, CypherResponseSchema } from '../../contract/api.js';
import { runReadQuery } from '../../graph/run-read-query.js';
import { READ_ERRORS } from '../error-responses.js';
import { collectDrawableGraph } from './collect-drawable-graph.js';
import { toCypherFailure } from './to-cypher-failure.js';

// Enough rows for a table a person reads and a graph the client draws; more is a query to narrow.
const ROW_LIMIT = 1_000;
const TIMEOUT_MS = 10_000;

export const cypherRoutes: FastifyPluginAsyncZod<{ driver: Driver; database: string }> = async (app, { driver, database }) => {
  app.post(
    '/cypher',
    {
      schema: {
        summary: `Run a read-only Cypher query (at most ${ROW_LIMIT} rows, ${TIMEOUT_MS / 1000} s)`,
        body: CypherRequestSchema,
        response: { 200: CypherResponseSchema, ...READ_ERRORS, 413: ApiErrorSchema },
      },
    },
    async (request) => {
      const { query, params } = request.body;
      const result = await runReadQuery(driver, database, query, params, { rowLimit: ROW_LIMIT, timeoutMs: TIMEOUT_MS }).catch(
        (error: unknown) => Promise.reject(toCypherFailure(error)),
      );
      return { ...result, graph: collectDrawableGraph(result.rows) };
    },
  );
};
