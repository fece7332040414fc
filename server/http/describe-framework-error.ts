/**
 * Fastify's and Node's own request errors in the catalogue's words. The messages are fixed: theirs
 * quote the URL, a header or the body back, and an error must never echo the request.
 */
import type { ApiError } from '../contract/api.js';

const MALFORMED: ApiError = { code: 'BAD_REQUEST', message: 'The request is malformed.' };
const INVALID_JSON: ApiError = { code: 'BAD_REQUEST', message: 'The body is not valid JSON.' };

const BY_FASTIFY_CODE: Record<string, ApiError> = {
  FST_ERR_BAD_URL: { code: 'BAD_REQUEST', message: 'The URL is malformed (a bad percent-encoding?).' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', message: 'A part of the URL path is too long.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the server accepts.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'This route does not take that Content-Type: send application/json (articles also take text/plain, text/markdown or text/html).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', message: 'The Content-Length header does not match the body.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_REQUEST', message: 'The body is empty while its Content-Type says JSON.' },
  FST_ERR_CTP_INVALID_JSON_BODY: INVALID_JSON,
};

const BY_STATUS: Record<number, ApiError> = {
  400: MALFORMED,
  404: { code: 'NOT_FOUND', message: 'No such route; the API is described at /docs.' },
  408: { code: 'REQUEST_TIMEOUT', message: 'The request took too long to arrive.' },
  413: BY_FASTIFY_CODE.FST_ERR_CTP_BODY_TOO_LARGE!,
  414: BY_FASTIFY_CODE.FST_ERR_MAX_PARAM_LENGTH!,
  415: BY_FASTIFY_CODE.FST_ERR_CTP_INVALID_MEDIA_TYPE!,
  431: { code: 'HEADERS_TOO_LARGE', message: 'The request line and headers are larger than the server accepts.' },
};

/** The not-found answer, for routes that do not exist. */
export const NO_SUCH_ROUTE = BY_STATUS[404]!;

/** The catalogue entry for an error Fastify raised about the request; null for anything else. */
export function describeFrameworkError(error: unknown): ApiError | null {
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && code in BY_FASTIFY_CODE) return BY_FASTIFY_CODE[code]!;
  // The JSON parser's own errors (JSON.parse, prototype poisoning) are SyntaxErrors marked 400.
  if (error instanceof SyntaxError && statusCode === 400) return INVALID_JSON;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return BY_STATUS[statusCode] ?? MALFORMED;
  return null;
}

/** The catalogue entry for an error Node's HTTP parser raised before Fastify saw a request ('clientError'). */
export function describeConnectionError(code: string | undefined): ApiError {
  if (code === 'HPE_HEADER_OVERFLOW') return BY_STATUS[431]!;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return BY_STATUS[408]!;
  return MALFORMED;
}
