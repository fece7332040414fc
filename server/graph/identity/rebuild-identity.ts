/**
 * Recomputes identity over the whole graph (`npm run ingest -- --rebuild-identity`), after the rule
 * changed: the reports are walked in key order, a page per write transaction, and each page's
 * components are re-clustered and their events rewritten. A component met again on a later page is
 * rewritten the same way, so the result is the rule's clustering of every report.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { IDENTITY_RULE, type IdentityRule } from '../../identity/identity-rule.js';
import { BULK_TRANSACTION_TIMEOUT_MS } from '../bulk-transaction-timeout.js';
import { loadCypher } from '../cypher-files.js';
import { toPlainJson } from '../to-plain-json.js';
import { fromReportRow, type ReportRow } from './report-rows.js';
import { resolveIdentity } from './resolve-identity.js';

/** Reports per transaction: a page and its components stay well under the transaction memory limit. */
export const REBUILD_PAGE_REPORTS = 500;

export interface RebuildOutcome {
  reports: number;
  events: number;
}

export interface RebuildOptions {
  pageReports?: number;
  /** The rule to cluster by (the one in force unless a test or a tuning run tries another). */
  rule?: IdentityRule;
  /** Called after each page with how many reports were walked so far. */
  onPage?: (walked: number) => void;
}

export async function rebuildIdentity(driver: Driver, database: string, options: RebuildOptions = {}): Promise<RebuildOutcome> {
  const limit = options.pageReports ?? REBUILD_PAGE_REPORTS;
  const session = driver.session({ database });
  try {
    let after = '';
    let walked = 0;
    for (;;) {
      const keys = await session.executeWrite(async (tx) => {
        const page = await tx.run(loadCypher('identity/page-reports'), { after, limit: neo4j.int(limit) });
        const present = page.records.map((record) => ({ report: fromReportRow(toPlainJson(record.get('report')) as unknown as ReportRow), event: record.get('event') as string | null }));
        if (present.length > 0) await resolveIdentity(tx, { present, removed: [], eventsBefore: [], passages: [] }, options.rule ?? IDENTITY_RULE);
        return present.map((placed) => placed.report.key);
      }, { timeout: BULK_TRANSACTION_TIMEOUT_MS });
      if (keys.length === 0) break;
      after = keys.at(-1)!;
      walked += keys.length;
      options.onPage?.(walked);
    }
    const counted = await session.executeRead((tx) => tx.run(loadCypher('identity/count-reports-events')));
    const row = toPlainJson(counted.records[0]!.toObject()) as { reports: number; events: number };
    return { reports: row.reports, events: row.events };
  } finally {
    await session.close();
  }
}
