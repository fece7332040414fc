/**
 * Finds the day an article states it was published. Only explicit dates count: chrono's strict
 * parsers with day, month and year all written in the text, never a relative phrase resolved
 * against a reference (the clock must not leak into an article's date).
 */
import * as chrono from 'chrono-node';

// A fixed reference so that nothing chrono computes can depend on when the reader runs.
const FIXED_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' };
// Copied pages put the dateline a few lines under the headline, standfirst and byline.
const DATELINE_SEARCH_LINES = 20;
// A dateline is short ("Published: Saturday 6 February 2016 10:03 GMT"); longer lines are prose.
const DATELINE_MAX_LENGTH = 80;
const ISO_DAY_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/** The first explicit calendar day in `value` as YYYY-MM-DD, or null. */
export function parseExplicitDay(value: string): string | null {
  const iso = ISO_DAY_PREFIX.exec(value);
  if (iso) return isValidDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  for (const result of chrono.strict.parse(value, FIXED_REFERENCE)) {
    const day = toExplicitDay(result.start);
    if (day) return day;
  }
  return null;
}

/** The date of the first short dateline near the top of a text, as YYYY-MM-DD, or null. */
export function findDatelineDay(text: string): string | null {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  for (const line of lines.slice(0, DATELINE_SEARCH_LINES)) {
    if (line.trim().length > DATELINE_MAX_LENGTH) continue;
    const day = parseExplicitDay(line);
    if (day) return day;
  }
  return null;
}

function toExplicitDay(start: chrono.ParsedComponents): string | null {
  const stated = start.isCertain('day') && start.isCertain('month') && start.isCertain('year');
  if (!stated || start.tags().has('result/relativeDate')) return null;
  const [year, month, day] = [start.get('year'), start.get('month'), start.get('day')];
  if (year === null || month === null || day === null || !isValidDay(year, month, day)) return null;
  if (isAmbiguousNumericDate(start, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

// "06/02/2016" is 6 February in London and June 2 in New York; only a day past 12 settles the order.
function isAmbiguousNumericDate(start: chrono.ParsedComponents, month: number, day: number): boolean {
  return start.tags().has('parser/SlashDateFormatParser') && month <= 12 && day <= 12 && month !== day;
}

function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
