/**
 * Builds the explorer's Fastify app (without listening, so tests `inject` into it): zod validation
 * and serialization on every route, every error in the catalogue's shape (Fastify's and Node's own
 * included), JSON bodies depth-checked, security headers, OpenAPI at /docs, the API under /api, the
 * built client at /.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { handleError, handleNotFound } from './errors.js';
import { createExploreStore } from './explore/create-explore-store.js';
import { createConsoleRunner } from './graph/create-console-runner.js';
import type { Neo4jConnection } from './graph/driver.js';
import { answerClientError } from './http/answer-client-error.js';
import { parseJsonWithinDepth } from './http/parse-json-within-depth.js';
import { registerSecurityHeaders } from './http/register-security-headers.js';
import { createNlpClient, type NlpClient } from './nlp/create-nlp-client.js';
import { LOCAL_NLP_URL } from './nlp/local-nlp-url.js';
import { registerApiRoutes } from './routes/register-api-routes.js';

export interface AppDeps {
  driver: Driver;
  database: string;
  /** Where the Cypher console's own driver connects (its worker thread opens it on the first query). */
  consoleConnection: Neo4jConnection;
  /** The built client (client/dist); served at / when it exists. */
  clientDir?: string;
  /** Annotates ingested articles; by default the services CORENLP_URL names, else the local worker. */
  nlp?: NlpClient;
}

/** The app, ready to `inject` or `listen`; closing it closes the console's driver and leaves the main one to its owner. */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    // One log line per request only when asked for (LOG_LEVEL=debug); failures are logged regardless.
    logController: new LogController({ disableRequestLogging: !['debug', 'trace'].includes(config.LOG_LEVEL) }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Bad URLs and over-long path parameters, which Fastify answers before any route.
    frameworkErrors: handleError,
    clientErrorHandler: answerClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  parseJsonWithinDepth(app);
  await registerSecurityHeaders(app);

  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Diplomatic graph explorer API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  const store = createExploreStore(deps.driver, deps.database, { timelineItemLimit: config.TIMELINE_ITEM_LIMIT, aggregates: config.READ_AGGREGATES === 'on' });
  const consoleRunner = createConsoleRunner(deps.consoleConnection);
  app.addHook('onClose', () => consoleRunner.close());
  await app.withTypeProvider<ZodTypeProvider>().register(registerApiRoutes, {
    prefix: '/api',
    store,
    driver: deps.driver,
    database: deps.database,
    ingestToken: config.INGEST_TOKEN,
    nlp: deps.nlp ?? createNlpClient({ urls: config.CORENLP_URL ?? [LOCAL_NLP_URL], startHint: 'start it with `npm run nlp:start` or set CORENLP_URL' }),
    consoleRunner,
    rateLimits: { console: config.CONSOLE_RATE_LIMIT, ingest: config.INGEST_RATE_LIMIT },
    readAnswerWithinMs: config.READ_ANSWER_WITHIN_MS,
  });
  if (deps.clientDir && existsSync(deps.clientDir)) {
    await app.register(fastifyStatic, { root: deps.clientDir, wildcard: false });
  }
  return app;
}
