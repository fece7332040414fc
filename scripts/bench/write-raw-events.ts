/**
 * The benches' write baseline: events written with the plainest `UNWIND … MERGE`
 * (cypher/bench/raw-merge-events), no mapping, no change detection, no aggregates.
 */
import type { Driver } from 'neo4j-driver';
import { BULK_TRANSACTION_TIMEOUT_MS } from '../../server/graph/bulk-transaction-timeout.js';
import { loadCypher } from '../../server/graph/cypher-files.js';
import { readGdeltLines } from '../import-gdelt/read-gdelt-lines.js';

export interface RawEvent {
  id: string;
  articleId: string;
  properties: Record<string, unknown>;
  participants: { actor: string; role: string }[];
}

/** Events per transaction of the baseline. */
const RAW_BATCH = 5_000;
// The project's bulk writes' timeout: the server's 30 s ended a 5,000-row batch on a freshly started Neo4j under load.
const RAW_TRANSACTION = { timeout: BULK_TRANSACTION_TIMEOUT_MS };

/** Writes `events` in transactions of 5,000. */
export async function writeRaw(driver: Driver, database: string, events: Iterable<RawEvent>): Promise<number> {
  let batch: RawEvent[] = [];
  let written = 0;
  const flush = async () => {
    await driver.executeQuery(loadCypher('bench/raw-merge-events'), { events: batch }, { database, transactionConfig: RAW_TRANSACTION });
    written += batch.length;
    batch = [];
  };
  for (const event of events) {
    batch.push(event);
    if (batch.length === RAW_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return written;
}

/** The first `limit` rows of a GDELT export (plain or zipped) written raw; resolves with how many. */
export async function writeRawGdeltFile(driver: Driver, database: string, file: string, limit = Number.POSITIVE_INFINITY): Promise<number> {
  let written = 0;
  let batch: RawEvent[] = [];
  for await (const { columns } of readGdeltLines(file)) {
    if (written + batch.length >= limit) break;
    batch.push(toRawGdeltEvent(columns));
    if (batch.length === RAW_BATCH) {
      written += await writeRaw(driver, database, batch);
      batch = [];
    }
  }
  return written + (batch.length > 0 ? await writeRaw(driver, database, batch) : 0);
}

/** A GDELT row as the baseline writes it: its columns taken as they are. */
function toRawGdeltEvent(c: string[]): RawEvent {
  const day = `${c[1]!.slice(0, 4)}-${c[1]!.slice(4, 6)}-${c[1]!.slice(6, 8)}`;
  const participants = [[c[5], 'source'], [c[15], 'target']].filter(([code]) => code).map(([code, role]) => ({ actor: `raw_${code!.toLowerCase()}`, role: role! }));
  return {
    id: `gdelt:${c[0]}`,
    articleId: c[60]!,
    // The properties the graph's indexes cover (type, dates, summary) included, so both sides maintain the same indexes.
    properties: {
      type: 'statement', start: day, end: day, summary: `${c[6]} ${c[26]} ${c[16]}`,
      cameo: c[26], goldstein: Number(c[30]), numMentions: Number(c[31]), numSources: Number(c[32]), numArticles: Number(c[33]), place: c[52],
    },
    participants,
  };
}
