import { describe, expect, it } from 'vitest';
import { pickEdgeRead } from '../../../server/explore/pick-edge-read.js';
import { toWindowParams } from '../../../server/explore/time-window.js';
import { findWholeMonths, findWholeYears } from '../../../server/explore/whole-months.js';

const pick = (from?: string, to?: string, actors?: string[]) => {
  const window = toWindowParams({ from, to });
  const months = findWholeMonths(window.from, window.to)!;
  return pickEdgeRead(window, months, findWholeYears(months), actors);
};

describe('pickEdgeRead', () => {
  it('reads the whole history, one whole year and one whole month from their own rows, heaviest first', () => {
    expect(pick()).toBe('graph-event-edges-all-time');
    expect(pick('2017-01-01', '2017-12-31')).toBe('graph-event-edges-in-year');
    expect(pick('2016-02-01', '2016-02-29')).toBe('graph-event-edges-in-month');
  });

  it("reads an actor's expansion over the whole history from that actor's rows", () => {
    expect(pick(undefined, undefined, ['russia'])).toBe('graph-event-edges-all-time-of-actors');
    expect(pick(undefined, undefined, [])).toBe('graph-event-edges-all-time');
  });

  it('sums the rows of any other window: several months or years, days at an edge, a history open at one end', () => {
    expect(pick('2017-01-01', '2017-02-28')).toBe('graph-event-edges-by-month');
    expect(pick('2016-01-01', '2017-12-31')).toBe('graph-event-edges-by-month');
    expect(pick('2017-01-01', '2017-12-30')).toBe('graph-event-edges-by-month');
    expect(pick('2016-12-31', '2017-12-31')).toBe('graph-event-edges-by-month');
    expect(pick('2017-01-01')).toBe('graph-event-edges-by-month');
  });
});
