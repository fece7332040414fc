/** Calendar arithmetic on ISO days (UTC), for resolving relative dates against the publication day. */
const DAY_MS = 86_400_000;

export const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const toIso = (d: Date): string => d.toISOString().slice(0, 10);
/** A month or day of month as two digits, for ISO days. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const addDays = (iso: string, days: number): string => toIso(new Date(toDate(iso).getTime() + days * DAY_MS));

/** Monday of the ISO week containing the day. */
export function mondayOf(iso: string): string {
  const weekday = (toDate(iso).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

/** First and last day of the month `offset` months from the day's month. */
export function monthRange(iso: string, offset: number): [string, string] {
  const d = toDate(iso);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset + 1, 0));
  return [toIso(first), toIso(last)];
}

/** The nearest day with that weekday (0 = Sunday) on or before the day, or on or after it. */
export function nearestWeekday(iso: string, weekday: number, direction: 'past' | 'future'): string {
  const current = toDate(iso).getUTCDay();
  const delta = direction === 'past' ? -((current - weekday + 7) % 7) : (weekday - current + 7) % 7;
  return addDays(iso, delta);
}

export function addMonths(iso: string, months: number): string {
  const d = toDate(iso);
  return toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())));
}
