/**
 * A report as a `(:Report)` node stores it (cypher/README.md) and back: participants as parallel
 * `actors`/`roles` lists, and the span bucket the candidate look-up seeks by.
 */
import type { Participant } from '../../contract/extraction.js';
import type { IdentityReport } from '../../identity/identity-report.js';

export interface ReportRow extends Omit<IdentityReport, 'participants'> {
  actors: string[];
  roles: string[];
  /** The smallest power of two (or 0) of days that the report's date spans; null when undated. */
  spanBucket: number | null;
}

const DAY_MS = 86_400_000;

/** Every span bucket a report can be in, up to 2^16 days (about 180 years): what the look-up seeks. */
export const SPAN_BUCKETS: number[] = [0, ...Array.from({ length: 17 }, (_, i) => 2 ** i)];

/** The bucket of a date range: 0 for one day, else the smallest power of two of days at least its length. */
export function toSpanBucket(start: string | null, end: string | null): number | null {
  if (start === null || end === null) return null;
  const days = Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS);
  return days <= 0 ? 0 : 2 ** Math.ceil(Math.log2(days));
}

export function toReportRow({ participants, ...report }: IdentityReport): ReportRow {
  return {
    ...report,
    actors: participants.map((p) => p.actor),
    roles: participants.map((p) => p.role),
    spanBucket: toSpanBucket(report.start, report.end),
  };
}

/** A stored report back (Neo4j keeps no null property: a missing one is null). */
export function fromReportRow({ actors, roles, spanBucket: _, ...row }: ReportRow): IdentityReport {
  return {
    ...row,
    subtype: row.subtype ?? null,
    cameo: row.cameo ?? null,
    start: row.start ?? null,
    end: row.end ?? null,
    place: row.place ?? null,
    placeCountry: row.placeCountry ?? null,
    participants: actors.map((actor, i) => ({ actor, role: roles[i] }) as Participant),
  };
}
