/** Takes the reports of the given articles out of the graph, with their passages, before the articles are written again. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { IdentityReport } from '../../identity/identity-report.js';
import { loadCypher } from '../cypher-files.js';
import { toPlainJson } from '../to-plain-json.js';
import { fromReportRow, type ReportRow } from './report-rows.js';

export interface RemovedReports {
  reports: IdentityReport[];
  /** The events that held them (or, in a graph written before reports, their passages). */
  events: string[];
}

export async function removeArticleReports(tx: ManagedTransaction, articleIds: string[]): Promise<RemovedReports> {
  if (articleIds.length === 0) return { reports: [], events: [] };
  const result = await tx.run(loadCypher('identity/remove-article-reports'), { articleIds });
  const rows = result.records.map((record) => toPlainJson(record.toObject()) as unknown as { reports: ReportRow[]; events: string[] });
  return {
    reports: rows.flatMap((row) => row.reports.map(fromReportRow)),
    events: [...new Set(rows.flatMap((row) => row.events))],
  };
}
