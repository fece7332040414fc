/**
 * The whole calendar months inside a window, which the graph reads from its month aggregates (and the
 * whole years among them, from its year aggregates); the days before the first and after the last are
 * read from the events themselves.
 */

export interface WholeMonths {
  /** The first day of the first whole month. */
  firstMonth: string;
  /** The first day of the last whole month. */
  lastMonth: string;
  /** The last day of the last whole month. */
  lastMonthEnd: string;
}

/** The whole months between two ISO days (inclusive), or null when none fits. */
export function findWholeMonths(from: string, to: string): WholeMonths | null {
  const [fromYear, fromMonth, fromDay] = splitDay(from);
  const [toYear, toMonth, toDay] = splitDay(to);
  // Months counted from year 0, so the next and previous month are plain additions.
  const first = fromYear * 12 + fromMonth - 1 + (fromDay === 1 ? 0 : 1);
  const last = toYear * 12 + toMonth - 1 - (toDay === daysInMonth(toYear, toMonth) ? 0 : 1);
  if (first > last) return null;
  const lastYear = Math.floor(last / 12);
  const lastMonthNumber = (last % 12) + 1;
  return {
    firstMonth: formatDay(Math.floor(first / 12), (first % 12) + 1, 1),
    lastMonth: formatDay(lastYear, lastMonthNumber, 1),
    lastMonthEnd: formatDay(lastYear, lastMonthNumber, daysInMonth(lastYear, lastMonthNumber)),
  };
}

/**
 * The whole years among whole months, as the bounds the year and month reads compare keys with (keys start
 * with a row's first day): year rows from `yearsFirst` up to `yearsLast` (the last day of the last whole year),
 * month rows before `yearsFirst` and after `yearsLast`. With no whole year, both are `lastMonthEnd`: no year
 * row falls between them and every month row comes before.
 */
export function findWholeYears({ firstMonth, lastMonthEnd }: WholeMonths): { yearsFirst: string; yearsLast: string } {
  const [firstYear, firstMonthNumber] = splitDay(firstMonth);
  const [lastYear, lastMonthNumber] = splitDay(lastMonthEnd);
  const first = firstMonthNumber === 1 ? firstYear : firstYear + 1;
  const last = lastMonthNumber === 12 ? lastYear : lastYear - 1;
  if (first > last) return { yearsFirst: lastMonthEnd, yearsLast: lastMonthEnd };
  return { yearsFirst: formatDay(first, 1, 1), yearsLast: formatDay(last, 12, 31) };
}

function splitDay(day: string): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number);
  return [year!, month!, date!];
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [4, 6, 9, 11].includes(month) ? 30 : 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
