/**
 * The API's one error catalogue and its one error handler: every failure leaves as `{ code, message }`
 * with the status its code implies; a 5xx never shows its internals, only a sentence a person can act on.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError, ErrorCode } from './contract/api.js';
import { NlpUnavailableError } from './nlp/nlp-unavailable-error.js';

const STATUS: Record<ErrorCode, number> = {
  ARTICLE_MALFORMED: 400,
  CYPHER_NOT_READ_ONLY: 400,
  CYPHER_NOT_ALLOWED: 400,
  CYPHER_SYNTAX: 400,
  CYPHER_FAILED: 400,
  CYPHER_TIMEOUT: 400,
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  INGEST_DISABLED: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DB_UNAVAILABLE: 503,
  NLP_UNAVAILABLE: 503,
};

/** A failure the API reports as is: its code picks the status, its message is shown to the user. */
export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

/** The status and body an error leaves as. */
export function describeError(error: unknown): { status: number; body: ApiError } {
  const failure = toApiFailure(error);
  return { status: failure.status, body: { code: failure.code, message: failure.message } };
}

// Neo4j's driver reports a server it cannot reach (or that refused our credentials) with these codes.
const DB_DOWN_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);
const DB_DOWN_MESSAGE = 'The graph database is unreachable; start it (npm run neo4j:start) or check NEO4J_URI, then retry.';

// Fastify's own request errors, in the catalogue's words.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
};

function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  const { code, message, validation, validationContext } = error as Partial<FastifyError>;
  if (validation) return new ApiFailure('VALIDATION_FAILED', describeValidation(validation, validationContext));
  if (code === 'ARTICLE_MALFORMED') return new ApiFailure('ARTICLE_MALFORMED', message ?? 'malformed article');
  if (code && DB_DOWN_CODES.has(code)) return new ApiFailure('DB_UNAVAILABLE', DB_DOWN_MESSAGE);
  // Its message names the service and the command that starts it, and nothing of the request.
  if (error instanceof NlpUnavailableError) return new ApiFailure('NLP_UNAVAILABLE', error.message);
  if (code && code in FASTIFY_CODES) return new ApiFailure(FASTIFY_CODES[code]!, message ?? code);
  if (code === 'FST_ERR_CTP_INVALID_TYPE' || (error as { statusCode?: number }).statusCode === 400) {
    return new ApiFailure('VALIDATION_FAILED', message ?? 'bad request');
  }
  return new ApiFailure('INTERNAL', 'The server failed to answer this request; the details are in its log.');
}

function describeValidation(issues: NonNullable<FastifyError['validation']>, context: string | undefined): string {
  return issues
    .map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return `${context ?? 'request'}${path ? `.${path}` : ''}: ${issue.message ?? 'is invalid'}`;
    })
    .join('; ');
}

/** Fastify's error handler: logs server faults in full, sends the catalogue's shape. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = describeError(error);
  if (status >= 500 && status !== 503) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: body.code }, body.message);
  return reply.status(status).send(body);
}

/** Fastify's not-found handler, in the catalogue's shape. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send({ code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` });
}
