/**
 * One event from the reports of its cluster: the most precise date a report gives, the latest
 * status, the place and type most reports give, every participant in every role reported (the union
 * of the reports' (actor, role) pairs, by actor then role).
 */
import type { DatePrecision, EventStatus, Participant } from '../contract/extraction.js';
import type { FlatEventFields } from '../contract/flat-event-fields.js';
import { compareKeys, type IdentityReport } from './identity-report.js';

export interface ReconciledEvent extends FlatEventFields {
  /** The smallest report key: an event reported once keeps the id it had before identity. */
  id: string;
  /** The article of the report the id comes from. */
  articleId: string;
  /** Every place a report names (the event is AT each of them), sorted. */
  places: string[];
  reportKeys: string[];
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };
const STATUS_RANK: Record<EventStatus, number> = { planned: 0, ongoing: 1, occurred: 2 };

/** Reconciles a non-empty cluster of reports into its event. */
export function reconcileEvent(cluster: IdentityReport[]): ReconciledEvent {
  if (cluster.length === 0) throw new Error('reconcileEvent: a cluster holds at least one report');
  const reports = [...cluster].sort((a, b) => compareKeys(a.key, b.key));
  const first = reports[0]!;
  const typed = pickTyped(reports);
  const dated = pickDated(reports);
  const places = [...new Set(reports.flatMap((r) => (r.place === null ? [] : [r.place])))].sort(compareKeys);
  return {
    id: first.key,
    articleId: first.articleId,
    type: typed.type,
    subtype: typed.subtype,
    cameo: typed.cameo,
    status: reports.map((r) => r.status).reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a)),
    start: dated.start,
    end: dated.end,
    precision: dated.precision,
    place: mostReported(reports.flatMap((r) => (r.place === null ? [] : [r.place]))),
    places,
    summary: typed.summary,
    confidence: Math.max(...reports.map((r) => r.confidence)),
    participants: uniteParticipants(reports),
    reportKeys: reports.map((r) => r.key),
  };
}

// The type (with subtype) most reports give, ties to the smallest key's; its summary and CAMEO code come with it.
function pickTyped(reports: IdentityReport[]): IdentityReport {
  const type = mostReported(reports.map((r) => JSON.stringify([r.type, r.subtype])))!;
  return reports.find((r) => JSON.stringify([r.type, r.subtype]) === type)!;
}

// Of the most precise dates, the one most reports give; then the longest (it covers the others' days), then the earliest.
function pickDated(reports: IdentityReport[]): Pick<IdentityReport, 'start' | 'end' | 'precision'> {
  const best = Math.min(...reports.map((r) => PRECISION_RANK[r.precision]));
  const precise = reports.filter((r) => PRECISION_RANK[r.precision] === best);
  const support = (r: IdentityReport) => precise.filter((o) => o.start === r.start && o.end === r.end).length;
  const span = (r: IdentityReport) => (r.start === null || r.end === null ? 0 : Date.parse(r.end) - Date.parse(r.start));
  const [chosen] = [...precise].sort((a, b) => support(b) - support(a) || span(b) - span(a) || compareKeys(a.start ?? '', b.start ?? '') || compareKeys(a.key, b.key));
  return { start: chosen!.start, end: chosen!.end, precision: chosen!.precision };
}

// The value given most often; ties to the one given first (the values come in report-key order). Null for none.
function mostReported(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

function uniteParticipants(reports: IdentityReport[]): Participant[] {
  const seen = new Map<string, Participant>();
  for (const p of reports.flatMap((r) => r.participants)) seen.set(`${p.actor}\u0000${p.role}`, p);
  return [...seen.values()].sort((a, b) => compareKeys(a.actor, b.actor) || compareKeys(a.role, b.role));
}
