/**
 * The semantics of a multi-select filter whose empty value means "everything": a pill is on when
 * the value is empty or names it; switching the last pill off is refused, all on becomes empty.
 */

/** The filter value after toggling `item`. */
export function toggleInList<T extends string>(current: readonly T[], item: T, all: readonly T[]): T[] {
  const on = current.length === 0 ? [...all] : [...current];
  const next = on.includes(item) ? on.filter((x) => x !== item) : [...on, item];
  if (next.length === 0) return [...current];
  return next.length === all.length ? [] : all.filter((x) => next.includes(x));
}

/** Whether `item` passes the filter. */
export function isOn<T extends string>(current: readonly T[], item: T): boolean {
  return current.length === 0 || current.includes(item);
}
