import { describe, expect, it } from 'vitest';
import { findWholeMonths, findWholeYears } from '../../../server/explore/whole-months.js';

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

describe('findWholeYears', () => {
  const yearsOf = (from: string, to: string) => findWholeYears(findWholeMonths(from, to)!);

  it('finds the whole years among the whole months, as the first and last day of them', () => {
    expect(yearsOf('2014-12-15', '2017-02-03')).toEqual({ yearsFirst: '2015-01-01', yearsLast: '2016-12-31' });
    expect(yearsOf('2016-01-01', '2016-12-31')).toEqual({ yearsFirst: '2016-01-01', yearsLast: '2016-12-31' });
    expect(yearsOf('0001-01-01', '9999-12-31')).toEqual({ yearsFirst: '0001-01-01', yearsLast: '9999-12-31' });
  });

  it('gives an empty range at the last whole month\'s end when no year is whole', () => {
    expect(yearsOf('2016-02-01', '2017-11-30')).toEqual({ yearsFirst: '2017-11-30', yearsLast: '2017-11-30' });
    expect(yearsOf('2016-03-10', '2016-06-30')).toEqual({ yearsFirst: '2016-06-30', yearsLast: '2016-06-30' });
  });
});
