import { describe, expect, it } from 'vitest';
import { addMonths, mondayOf, monthRange, nearestWeekday } from '../../../../server/extractor/dates/calendar.js';

describe('calendar', () => {
  it('finds the Monday of a week, Sunday included', () => {
    expect(mondayOf('2017-03-12')).toBe('2017-03-06');
    expect(mondayOf('2017-03-06')).toBe('2017-03-06');
  });

  it('finds the nearest weekday on either side, the day itself included', () => {
    expect(nearestWeekday('2017-03-11', 6, 'past')).toBe('2017-03-11');
    expect(nearestWeekday('2017-03-11', 1, 'past')).toBe('2017-03-06');
    expect(nearestWeekday('2017-03-11', 1, 'future')).toBe('2017-03-13');
  });

  it('gives month ranges across year ends and adds months', () => {
    expect(monthRange('2017-01-15', -1)).toEqual(['2016-12-01', '2016-12-31']);
    expect(addMonths('2017-01-15', 6)).toBe('2017-07-15');
  });
});
