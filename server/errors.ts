/**
 * The API's one error catalogue and its one error handler: every failure leaves as `{ code, message }`
 * with the status its code implies; a 5xx never shows its internals, only a sentence a person can act on,
 * and a 503 says when to come back (Retry-After).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { clientGoneSignal } from './backpressure/client-gone-signal.js';
import type { ApiError, ErrorCode } from './contract/api.js';
import { NlpUnavailableError } from './nlp/nlp-unavailable-error.js';
import { describeNeo4jError } from './graph/describe-neo4j-error.js';
import { describeFrameworkError, NO_SUCH_ROUTE } from './http/describe-framework-error.js';

const STATUS: Record<ErrorCode, number> = {
  ARTICLE_MALFORMED: 400,
  BAD_REQUEST: 400,
  BODY_TOO_DEEP: 400,
  CYPHER_NOT_READ_ONLY: 400,
  CYPHER_NOT_ALLOWED: 400,
  CYPHER_SYNTAX: 400,
  CYPHER_FAILED: 400,
  CYPHER_TIMEOUT: 400,
  DB_QUERY_REFUSED: 400,
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  INGEST_DISABLED: 403,
  NOT_FOUND: 404,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
  DB_BUSY: 503,
  DB_UNAVAILABLE: 503,
  NLP_UNAVAILABLE: 503,
  OVERLOADED: 503,
};

// Seconds to wait before retrying (the Retry-After header): a full queue drains in about a second,
// a busy database in a few, an unreachable one needs a person.
const RETRY_AFTER_SECONDS: Partial<Record<ErrorCode, number>> = { OVERLOADED: 1, DB_BUSY: 2, DB_UNAVAILABLE: 5, NLP_UNAVAILABLE: 5 };

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

export interface DescribedError {
  status: number;
  body: ApiError;
  retryAfterSeconds: number | undefined;
}

/** The status, body and Retry-After an error leaves as. */
export function describeError(error: unknown): DescribedError {
  const failure = toApiFailure(error);
  return { status: failure.status, body: { code: failure.code, message: failure.message }, retryAfterSeconds: RETRY_AFTER_SECONDS[failure.code] };
}

function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  const { code, message, validation, validationContext } = error as Partial<FastifyError>;
  if (validation) return new ApiFailure('VALIDATION_FAILED', describeValidation(validation, validationContext));
  if (code === 'ARTICLE_MALFORMED') return new ApiFailure('ARTICLE_MALFORMED', message ?? 'malformed article');
  // Its message names the service and the command that starts it, and nothing of the request.
  if (error instanceof NlpUnavailableError) return new ApiFailure('NLP_UNAVAILABLE', error.message);
  const known = describeNeo4jError(error) ?? describeFrameworkError(error);
  if (known) return new ApiFailure(known.code, known.message);
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

/** Fastify's error handler (and its `frameworkErrors`): logs server faults in full, sends the catalogue's shape. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body, retryAfterSeconds } = describeError(error);
  // A client that left gets no answer, and the work cancelled for it is no fault of the server's.
  if (clientGoneSignal(reply).aborted) request.log.debug('client left before the answer');
  else if (status >= 500 && retryAfterSeconds === undefined) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: body.code }, body.message);
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
  return reply.status(status).send(body);
}

/** Fastify's not-found handler, in the catalogue's shape (without the path: errors never echo the request). */
export function handleNotFound(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send(NO_SUCH_ROUTE);
}
