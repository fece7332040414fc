/**
 * The JSON body parser: refuses nesting deeper than a limit with a linear scan before parsing, so a
 * body of 5,000 brackets is a 400, not a stack overflow in whatever walks the parsed value; then
 * Fastify's own parser (prototype-poisoning checks included).
 */
import type { FastifyInstance } from 'fastify';
import { ApiFailure } from '../errors.js';

/** Deeper than any article or Cypher parameter map a person writes. */
export const MAX_JSON_DEPTH = 64;

/** Replaces the app's application/json parser with one that checks depth first. */
export function parseJsonWithinDepth(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (exceedsDepth(body as string, MAX_JSON_DEPTH)) {
      return done(new ApiFailure('BODY_TOO_DEEP', `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`), undefined);
    }
    return parse(request, body as string, done);
  });
}

/** Whether arrays and objects in `text` nest deeper than `limit`; brackets inside strings do not count. */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH) i += 1;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) depth -= 1;
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
