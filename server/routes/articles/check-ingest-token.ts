/** Ingest over HTTP writes to the graph: only a caller holding the configured token may. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiFailure } from '../../errors.js';

/** Throws INGEST_DISABLED when no token is configured, UNAUTHORIZED when the header does not carry it. */
export function checkIngestToken(authorization: string | undefined, token: string | undefined): void {
  if (token === undefined) {
    throw new ApiFailure('INGEST_DISABLED', 'Ingest over HTTP is disabled: set INGEST_TOKEN in the server configuration to enable it.');
  }
  const offered = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (offered === undefined) throw new ApiFailure('UNAUTHORIZED', 'Send the ingest token as "Authorization: Bearer <INGEST_TOKEN>".');
  if (!sameSecret(offered, token)) throw new ApiFailure('UNAUTHORIZED', 'The ingest token is wrong.');
}

// Digests of equal length compared in constant time: response times reveal neither how much of a
// guess was right nor how long the token is.
function sameSecret(offered: string, token: string): boolean {
  return timingSafeEqual(digest(offered), digest(token));
}

const digest = (secret: string) => createHash('sha256').update(secret).digest();
