/** POST /api/cypher — a user's query, only if its plan only reads; capped in rows, bytes and time; results drawable. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiErrorSchema, CypherRequestSchema, CypherResponseSchema, CypherVocabularySchema, type CypherVocabulary } from '../../contract/api.js';
import { loadCypher } from '../../graph/cypher-files.js';
import { clientGoneSignal } from '../../backpressure/client-gone-signal.js';
import type { ConsoleRunner } from '../../graph/create-console-runner.js';
import type { ReadQueryOptions } from '../../graph/run-read-query.js';
import { READ_ERRORS } from '../error-responses.js';
import { collectDrawableGraph } from './collect-drawable-graph.js';
import { toCypherFailure } from './to-cypher-failure.js';

// Enough for a table a person reads and a graph the client draws; more is a query to narrow. The
// drawable graph repeats nodes found in the rows, so an answer stays under twice the byte budget.
const CONSOLE_LIMITS: ReadQueryOptions = {
  rowLimit: 1_000,
  byteBudget: 1_048_576,
  valueLimits: { listItems: 1_000, stringChars: 10_000 },
  timeoutMs: 10_000,
};

const VOCABULARY_LIMITS: ReadQueryOptions = { ...CONSOLE_LIMITS, rowLimit: 1 };

export const cypherRoutes: FastifyPluginAsyncZod<{ consoleRunner: ConsoleRunner; rateLimit: number }> = async (app, { consoleRunner, rateLimit }) => {
  app.post(
    '/cypher',
    {
      schema: {
        summary: `Run a read-only Cypher query (at most ${CONSOLE_LIMITS.rowLimit} rows or ${CONSOLE_LIMITS.byteBudget / 1_048_576} MB, ${CONSOLE_LIMITS.timeoutMs / 1000} s)`,
        body: CypherRequestSchema,
        response: { 200: CypherResponseSchema, ...READ_ERRORS, 413: ApiErrorSchema, 429: ApiErrorSchema },
      },
      config: { rateLimit: { max: rateLimit, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { query, params } = request.body;
      const result = await consoleRunner
        .run(query, params, CONSOLE_LIMITS, clientGoneSignal(reply))
        .catch((error: unknown) => Promise.reject(toCypherFailure(error)));
      return { ...result, graph: collectDrawableGraph(result.rows) };
    },
  );

  // Read through the console's own account, so it offers only the names the console can see.
  app.get(
    '/cypher/vocabulary',
    {
      schema: {
        summary: "The labels, relationship types and property keys in the graph (the console's autocompletion)",
        response: { 200: CypherVocabularySchema, ...READ_ERRORS },
      },
    },
    async () => {
      const { rows } = await consoleRunner.run(loadCypher('console/vocabulary'), {}, VOCABULARY_LIMITS);
      const [found] = rows as CypherVocabulary[];
      const sorted = (names: string[] | undefined) => [...(names ?? [])].sort((a, b) => a.localeCompare(b));
      return { labels: sorted(found?.labels), relationshipTypes: sorted(found?.relationshipTypes), propertyKeys: sorted(found?.propertyKeys) };
    },
  );
};
