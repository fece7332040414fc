/**
 * How long a bulk write transaction (a GDELT or ingest batch) may run: longer than the server's default
 * (30 s on the local Neo4j), which a 2,500-row GDELT batch overran on a freshly started server on the
 * shared 2-core machine.
 */
export const BULK_TRANSACTION_TIMEOUT_MS = 120_000;
