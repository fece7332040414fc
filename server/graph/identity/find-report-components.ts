/**
 * The reports that share an identity component with the seeds: those reachable from them through
 * pairs the rule finds compatible, found through the (type, span, start) index, never by a scan. The
 * events of these reports are a function of this set alone, so re-clustering it is exact.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { IdentityReport } from '../../identity/identity-report.js';
import { IDENTITY_RULE, type IdentityRule } from '../../identity/identity-rule.js';
import { allowedGapDays, shiftDay } from '../../identity/compare-report-dates.js';
import { scoreReportPair } from '../../identity/score-report-pair.js';
import { listFamilyTypes, toTypeFamily } from '../../identity/type-family.js';
import { loadCypher } from '../cypher-files.js';
import { toPlainJson } from '../to-plain-json.js';
import { fromReportRow, SPAN_BUCKETS, type ReportRow } from './report-rows.js';

/** A report in the graph and the event it is OF (null for one just created). */
export interface PlacedReport {
  report: IdentityReport;
  event: string | null;
}

// Reports asked about per look-up statement.
const LOOKUP_BATCH = 500;

/**
 * Every report of the seeds' components, by key: `present` seeds are in the graph (just written),
 * `removed` ones have just left it; only their former neighbours are sought.
 */
export async function findReportComponents(
  tx: ManagedTransaction,
  present: PlacedReport[],
  removed: IdentityReport[],
  rule: IdentityRule = IDENTITY_RULE,
): Promise<Map<string, PlacedReport>> {
  const found = new Map(present.map((placed) => [placed.report.key, placed]));
  const queue = [...removed, ...present.map((placed) => placed.report)];
  while (queue.length > 0) {
    const batch = queue.splice(0, LOOKUP_BATCH);
    for (const candidate of await findCompatibleReports(tx, batch, rule)) {
      if (found.has(candidate.report.key)) continue;
      found.set(candidate.report.key, candidate);
      queue.push(candidate.report);
    }
  }
  return found;
}

async function findCompatibleReports(tx: ManagedTransaction, reports: IdentityReport[], rule: IdentityRule): Promise<PlacedReport[]> {
  // Seeds are told apart by position, not key: a removed report and the one that replaces it share a key.
  const dated = reports.filter((r) => r.start !== null && r.end !== null);
  if (dated.length === 0) return [];
  const occupied = await findOccupiedSpanBuckets(tx, [...new Set(dated.flatMap((r) => listFamilyTypes(r.type, rule)))]);
  const result = await tx.run(loadCypher('identity/find-candidate-reports'), {
    reports: dated.map((r, seed) => {
      const days = allowedGapDays(toTypeFamily(r.type, r.subtype, rule), rule);
      return {
        seed,
        articleId: r.articleId,
        seeks: listFamilyTypes(r.type, rule).flatMap((type) => (occupied.get(type) ?? []).map((bucket) => ({ type, bucket }))),
        from: shiftDay(r.start!, -days),
        to: shiftDay(r.end!, days),
        actors: r.participants.map((p) => p.actor),
      };
    }),
  });
  return result.records.flatMap((record) => {
    const seed = dated[Number(record.get('seed'))]!;
    const candidate = { report: fromReportRow(toPlainJson(record.get('report')) as unknown as ReportRow), event: record.get('event') as string | null };
    return scoreReportPair(seed, candidate.report, rule) === null ? [] : [candidate];
  });
}

/** The span buckets holding a report of each type, by type: a bucket left out holds none. */
async function findOccupiedSpanBuckets(tx: ManagedTransaction, types: string[]): Promise<Map<string, number[]>> {
  const result = await tx.run(loadCypher('identity/find-occupied-span-buckets'), { types, spanBuckets: SPAN_BUCKETS });
  return new Map(result.records.map((record) => [record.get('type') as string, (record.get('buckets') as unknown[]).map(Number)]));
}
