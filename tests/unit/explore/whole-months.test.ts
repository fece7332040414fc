import { describe, expect, it } from 'vitest';
import { findWholeMonths } from '../../../server/explore/whole-months.js';

describe('findWholeMonths', () => {
  it('keeps a window of whole months as it is', () => {
    expect(findWholeMonths('2016-02-01', '2016-02-29')).toEqual({ firstMonth: '2016-02-01', lastMonth: '2016-02-01', lastMonthEnd: '2016-02-29' });
  });

  it('leaves out the partial months at both ends', () => {
    expect(findWholeMonths('2015-12-15', '2016-03-30')).toEqual({ firstMonth: '2016-01-01', lastMonth: '2016-02-01', lastMonthEnd: '2016-02-29' });
  });

  it('finds none in a window inside one month or across one month boundary', () => {
    expect(findWholeMonths('2016-02-02', '2016-02-29')).toBeNull();
    expect(findWholeMonths('2016-01-20', '2016-02-10')).toBeNull();
  });

  it("covers the calendar's edges, as an open window has them", () => {
    expect(findWholeMonths('0001-01-01', '9999-12-31')).toEqual({ firstMonth: '0001-01-01', lastMonth: '9999-12-01', lastMonthEnd: '9999-12-31' });
  });
});
