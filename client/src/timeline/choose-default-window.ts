/**
 * The window the timeline opens on: where most events are, so that a few mis-dated or background
 * events (a treaty of 1994 in a 2016 story) do not stretch it and leave most of it empty.
 */
import { addDays, daysBetween } from '../format-date.js';

/** The share of dated events the default window keeps; the rest, split between both ends, are outliers. */
const KEEP_SHARE = 0.9;
/** Padding on each side, as a share of the kept span, so the first and last items are not cut at the edge. */
const PAD_SHARE = 0.05;
/** The narrowest default window, in days (a single day of events still shows its week). */
const MIN_SPAN_DAYS = 7;

export interface DayWindow {
  from: string;
  to: string;
}

/** The window over the central 90 % of the given event days (ISO), padded; null when there are none. */
export function chooseDefaultWindow(days: readonly string[]): DayWindow | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort();
  const cut = Math.floor((sorted.length * (1 - KEEP_SHARE)) / 2);
  const first = sorted[cut]!;
  const last = sorted[sorted.length - 1 - cut]!;
  const span = daysBetween(first, last);
  const pad = Math.max(Math.ceil(span * PAD_SHARE), Math.floor((MIN_SPAN_DAYS - span) / 2), 1);
  return { from: addDays(first, -pad), to: addDays(last, pad) };
}

/** A window of `days` centred on the middle of `around`, for the quick-range buttons (week, month, year). */
export function centreWindow(around: DayWindow, days: number): DayWindow {
  const middle = addDays(around.from, Math.floor(daysBetween(around.from, around.to) / 2));
  const half = Math.floor(days / 2);
  return { from: addDays(middle, -half), to: addDays(middle, days - half - 1) };
}
