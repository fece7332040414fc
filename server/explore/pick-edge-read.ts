/**
 * Which aggregate read gives a window's event edges. A window that is exactly one aggregate unit (the whole
 * history, one whole year, one whole month) has its pairs' rows ready to read heaviest first from an index,
 * whatever the number of pairs; any other window sums its years', months' and edge days' rows per pair.
 */
import { isWholeHistory } from './time-window.js';
import type { WholeMonths } from './whole-months.js';

export type EdgeRead = 'graph-event-edges-all-time' | 'graph-event-edges-all-time-of-actors' | 'graph-event-edges-in-year' | 'graph-event-edges-in-month' | 'graph-event-edges-by-month';

/** The statement for a window of whole months (and the whole years among them), and the actors asked for if any. */
export function pickEdgeRead(window: { from: string; to: string }, months: WholeMonths, years: { yearsFirst: string; yearsLast: string }, actors: string[] | undefined): EdgeRead {
  // An actor's expansion spans the whole history: its own rows, rather than every row in count order until its edges are found.
  if (isWholeHistory(window)) return actors && actors.length > 0 ? 'graph-event-edges-all-time-of-actors' : 'graph-event-edges-all-time';
  const wholeMonthsOnly = window.from === months.firstMonth && window.to === months.lastMonthEnd;
  if (!wholeMonthsOnly) return 'graph-event-edges-by-month';
  if (months.firstMonth === months.lastMonth) return 'graph-event-edges-in-month';
  const oneYear = years.yearsFirst === months.firstMonth && years.yearsLast === months.lastMonthEnd && years.yearsFirst.slice(0, 4) === years.yearsLast.slice(0, 4);
  return oneYear ? 'graph-event-edges-in-year' : 'graph-event-edges-by-month';
}
