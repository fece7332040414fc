/** POST /api/articles — one article in (JSON or raw text), extracted and ingested; the extraction back. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Driver } from 'neo4j-driver';
import { ApiErrorSchema, ArticleIngestBodySchema, ArticleIngestResponseSchema } from '../../contract/api.js';
import { extractArticle } from '../../extractor/pipeline.js';
import { readArticle } from '../../extractor/read-article.js';
import { ingestExtraction } from '../../graph/ingest-extraction.js';
import type { NlpClient } from '../../nlp/create-nlp-client.js';
import { READ_ERRORS } from '../error-responses.js';
import { checkIngestToken } from './check-ingest-token.js';

interface ArticleRouteOptions {
  driver: Driver;
  database: string;
  ingestToken: string | undefined;
  nlp: NlpClient;
  /** Requests per minute and client. */
  rateLimit: number;
}

const AUTH_ERRORS = { 401: ApiErrorSchema, 403: ApiErrorSchema, 413: ApiErrorSchema, 415: ApiErrorSchema, 429: ApiErrorSchema } as const;

export const articleRoutes: FastifyPluginAsyncZod<ArticleRouteOptions> = async (app, { driver, database, ingestToken, nlp, rateLimit }) => {
  // Articles copied from a page or saved as one arrive as markdown or HTML text.
  app.addContentTypeParser(['text/markdown', 'text/html'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.post(
    '/articles',
    {
      schema: {
        summary: 'Extract and ingest one article (needs Authorization: Bearer <INGEST_TOKEN>)',
        body: ArticleIngestBodySchema,
        response: { 200: ArticleIngestResponseSchema, ...READ_ERRORS, ...AUTH_ERRORS },
      },
      // Counted on request, so callers without the token are limited too.
      config: { rateLimit: { max: rateLimit, timeWindow: 60_000 } },
      // Before the body is read: a caller without the token learns nothing else.
      preParsing: async (request, _reply, payload) => {
        checkIngestToken(request.headers.authorization, ingestToken);
        return payload;
      },
    },
    async (request) => {
      const isJson = typeof request.body !== 'string';
      const content = isJson ? JSON.stringify(request.body) : (request.body as string);
      const article = readArticle(content, isJson ? { format: 'json' } : {});
      const extraction = extractArticle(article, await nlp.annotate(article.text));
      await ingestExtraction(driver, database, extraction, article.text);
      return extraction;
    },
  );
};
