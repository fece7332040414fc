/** The explorer's time windows as Cypher parameters: an open end reaches past every stored date. */

// Neo4j's date range is wider, but no event of this history falls outside these.
const EARLIEST = '0001-01-01';
const LATEST = '9999-12-31';

export interface WindowQuery {
  from?: string | undefined;
  to?: string | undefined;
}

/** `{from, to}` ISO days for `date($from)`/`date($to)`; an open end becomes the calendar's edge. */
export function toWindowParams({ from, to }: WindowQuery): { from: string; to: string } {
  return { from: from ?? EARLIEST, to: to ?? LATEST };
}

/** Whether a window is open at both ends: the whole history. */
export function isWholeHistory({ from, to }: { from: string; to: string }): boolean {
  return from === EARLIEST && to === LATEST;
}

/** An optional list filter as a parameter: absent or empty means "no filter" (null in Cypher). */
export function toListParam<T>(list: T[] | undefined): T[] | null {
  return list && list.length > 0 ? list : null;
}
