/**
 * Recomputes the events of every report an ingest touched: the components of the reports it wrote
 * and of the neighbours of those it removed are found, clustered and reconciled, and their events
 * rewritten (an event left with no report is deleted), and the aggregates with them. Runs inside the
 * caller's write transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { clusterReports } from '../../identity/cluster-reports.js';
import { compareKeys, type IdentityReport } from '../../identity/identity-report.js';
import { IDENTITY_RULE, type IdentityRule } from '../../identity/identity-rule.js';
import { reconcileEvent, type ReconciledEvent } from '../../identity/reconcile-event.js';
import { refreshAggregates, tallyStoredEvents } from '../aggregates/refresh-aggregates.js';
import { runPipelined } from '../run-pipelined.js';
import { findReportComponents, type PlacedReport } from './find-report-components.js';

/** One evidence passage of a report just written, not yet on its event. */
export interface NewPassage {
  reportKey: string;
  articleId: string;
  localId: string;
  evidence: string;
  start: number;
  end: number;
}

export interface IdentityInput {
  /** Reports in the graph to resolve (just written, or any whose events are to be recomputed). */
  present: PlacedReport[];
  /** Reports just deleted: their former neighbours are resolved again. */
  removed: IdentityReport[];
  /** Events that held a removed report or passage: rewritten, or deleted when left with none. */
  eventsBefore: string[];
  passages: NewPassage[];
}

/** The ids of the events the write touched, before and after it: what aggregates recompute. */
export interface IdentityChange {
  eventsBefore: string[];
  eventsAfter: string[];
}

export async function resolveIdentity(tx: ManagedTransaction, input: IdentityInput, rule: IdentityRule = IDENTITY_RULE): Promise<IdentityChange> {
  const component = await findReportComponents(tx, input.present, input.removed, rule);
  const placed = [...component.values()];
  const before = [...new Set([...input.eventsBefore, ...placed.flatMap((p) => (p.event === null ? [] : [p.event]))])].sort(compareKeys);
  const events = clusterReports(placed.map((p) => p.report), rule).map((keys) => reconcileEvent(keys.map((key) => component.get(key)!.report)));
  // The aggregates move from what the touched events counted to what their rewrite counts.
  const counted = await tallyStoredEvents(tx, before);
  // writeEvents sends its statements before refreshAggregates sends its read, which so sees the rewrite.
  await Promise.all([writeEvents(tx, events, component, input.passages, before), refreshAggregates(tx, counted, events.map((event) => event.id))]);
  return { eventsBefore: before, eventsAfter: events.map((event) => event.id) };
}

/** Sends every statement at once (runPipelined), so that what the caller sends next runs after them. */
function writeEvents(tx: ManagedTransaction, events: ReconciledEvent[], component: Map<string, PlacedReport>, passages: NewPassage[], before: string[]): Promise<unknown> {
  const eventOf = new Map(events.flatMap((event) => event.reportKeys.map((key) => [key, event.id] as const)));
  const links = [...component.values()].map(({ report }) => ({ key: report.key, articleId: report.articleId, localId: report.localId, event: eventOf.get(report.key)! }));
  const after = new Set(events.map((event) => event.id));
  return runPipelined(tx, [
    ['identity/merge-events', { events }],
    ['identity/link-reports', { links }],
    ['identity/move-passages', { links: links.filter((link) => component.get(link.key)!.event !== null) }],
    ['identity/create-passages', { passages: passages.map((p) => toPassageRow(p, component.get(p.reportKey)!.report, eventOf.get(p.reportKey)!)) }],
    ['identity/replace-participations', { events }],
    ['identity/replace-placements', { events }],
    ['identity/delete-unreported-events', { eventIds: before.filter((id) => !after.has(id)) }],
    ['identity/count-event-sources', { eventIds: events.map((event) => event.id) }],
  ]);
}

// The passage carries its report's own date and status: where reports disagree, each keeps what it said.
function toPassageRow(passage: NewPassage, report: IdentityReport, event: string) {
  return {
    event,
    articleId: passage.articleId,
    localId: passage.localId,
    evidence: passage.evidence,
    start: passage.start,
    end: passage.end,
    dateStart: report.start,
    dateEnd: report.end,
    precision: report.precision,
    status: report.status,
  };
}
