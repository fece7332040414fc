/**
 * Recounts every aggregate from the events: for a graph whose events were written before the
 * aggregates existed (run once by the migration that creates them), or after a change of what they count.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from '../cypher-files.js';
import { refreshAggregates } from './refresh-aggregates.js';
import { tallyEvents } from './tally-events.js';

// About the events of one ingest batch: one page is one write transaction.
const PAGE_SIZE = 5_000;

/** Deletes every aggregate row, then adds the events' counts a page of events per transaction; returns the events counted. */
export async function rebuildAggregates(driver: Driver, database: string): Promise<number> {
  // CALL … IN TRANSACTIONS runs only in an auto-commit transaction.
  const session = driver.session({ database });
  try {
    await session.run(loadCypher('aggregates/delete-all'));
    let after = '';
    let counted = 0;
    for (;;) {
      const ids = await session.executeWrite(async (tx) => {
        const page = await tx.run(loadCypher('aggregates/event-ids-page'), { after, pageSize: neo4j.int(PAGE_SIZE) });
        const pageIds = page.records.map((record) => record.get('id') as string);
        await refreshAggregates(tx, tallyEvents([]), pageIds);
        return pageIds;
      });
      counted += ids.length;
      if (ids.length < PAGE_SIZE) return counted;
      after = ids[ids.length - 1]!;
    }
  } finally {
    await session.close();
  }
}
