/** Empties a graph and fills it with a generated history (shared by the API bench and the load test). */
import type { Driver } from 'neo4j-driver';
import { BULK_TRANSACTION_TIMEOUT_MS } from '../../server/graph/bulk-transaction-timeout.js';
import { ingestExtraction } from '../../server/graph/ingest-extraction.js';
import { generateSyntheticExtractions, type SyntheticGraphOptions } from './generate-synthetic-graph.js';

// In batches, relationships first: one batch of DETACH DELETE can take 2,000 actors with every
// one of their 100k-event relationships, past the server's 256 MB transaction memory. The bulk writes'
// timeout: on a loaded machine, clearing the ingest bench's graph overran the server's 30 s and failed it.
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  const config = { timeout: BULK_TRANSACTION_TIMEOUT_MS };
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS', {}, config);
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}, config);
  } finally {
    await session.close();
  }
}

/** Ingests the generated documents through the real ingest code, logging every 20,000 events. */
export async function loadSyntheticGraph(driver: Driver, database: string, options: SyntheticGraphOptions, log: (line: string) => void): Promise<void> {
  let done = 0;
  for (const doc of generateSyntheticExtractions(options)) {
    await ingestExtraction(driver, database, doc);
    done += doc.events.length;
    if (done % 20_000 === 0) log(`${done.toLocaleString('en')} events ingested`);
  }
}
