import { describe, expect, it } from 'vitest';
import { resolveCoordinatedDays, resolveDate } from '../../../server/extractor/resolve-dates.js';

// 2017-03-11 is a Saturday.
const PUBLISHED = '2017-03-11';

describe('resolveDate', () => {
  it('reads "last week" as the previous Monday-to-Sunday week', () => {
    expect(resolveDate('the army advanced last week', 0, PUBLISHED, 'past')).toEqual({ start: '2017-02-27', end: '2017-03-05', precision: 'week' });
  });

  it('reads "earlier this week" as Monday up to the day before publication', () => {
    expect(resolveDate('talks stalled earlier this week', 0, PUBLISHED, 'past')).toEqual({ start: '2017-03-06', end: '2017-03-10', precision: 'week' });
  });

  it('reads "next week" as the following Monday-to-Sunday week', () => {
    expect(resolveDate('they will meet next week', 0, PUBLISHED, 'future')).toEqual({ start: '2017-03-13', end: '2017-03-19', precision: 'week' });
  });

  it('takes a weekday in the past for past tense and in the future for plans', () => {
    expect(resolveDate('she told reporters on Thursday', 0, PUBLISHED, 'past')?.start).toBe('2017-03-09');
    expect(resolveDate('they will sign on Tuesday', 0, PUBLISHED, 'future')?.start).toBe('2017-03-14');
  });

  it('reads written-out dates, month ranges and day ranges', () => {
    expect(resolveDate('signed on 4 June 2014', 0, PUBLISHED, 'past')).toEqual({ start: '2014-06-04', end: '2014-06-04', precision: 'day' });
    expect(resolveDate('extended in October 2015', 0, PUBLISHED, 'past')).toEqual({ start: '2015-10-01', end: '2015-10-31', precision: 'month' });
    expect(resolveDate('the summit of 9-10 May 2016', 0, PUBLISHED, 'past')).toEqual({ start: '2016-05-09', end: '2016-05-10', precision: 'day' });
  });

  it('gives a month or day without a year the year its tense implies', () => {
    expect(resolveDate('the army launched an assault on the port in June', 0, '2018-12-14', 'past')).toEqual({ start: '2018-06-01', end: '2018-06-30', precision: 'month' });
    expect(resolveDate('the envoys will return in February', 0, '2018-12-14', 'future')).toEqual({ start: '2019-02-01', end: '2019-02-28', precision: 'month' });
    expect(resolveDate('the truce began on December 30', 0, '2017-01-24', 'past')?.start).toBe('2016-12-30');
    expect(resolveDate('the vote held in March', 0, '2017-03-11', 'past')?.start).toBe('2017-03-01');
    expect(resolveDate('the envoy set March 1 as the date for new talks', 0, '2017-02-20', 'past')?.start).toBe('2017-03-01');
  });

  it('reads "last month", "yesterday" and "tomorrow" against the publication day', () => {
    expect(resolveDate('a vote last month', 0, PUBLISHED, 'past')).toEqual({ start: '2017-02-01', end: '2017-02-28', precision: 'month' });
    expect(resolveDate('fighting resumed yesterday', 0, PUBLISHED, 'past')?.start).toBe('2017-03-10');
    expect(resolveDate('the council meets tomorrow', 0, PUBLISHED, 'future')?.start).toBe('2017-03-12');
  });

  it('ignores durations and returns null when the clause has no date', () => {
    expect(resolveDate('the truce held for two years', 0, PUBLISHED, 'past')).toBeNull();
    expect(resolveDate('the envoy urged restraint', 0, PUBLISHED, 'past')).toBeNull();
  });

  it('picks the expression nearest the event word', () => {
    const clause = 'on Monday the envoy said the vote would come on Wednesday';
    expect(resolveDate(clause, clause.indexOf('vote'), PUBLISHED, 'future')?.start).toBe('2017-03-15');
  });
});

describe('resolveCoordinatedDays', () => {
  // 2017-03-11 is a Saturday.
  it('gives one day per weekday of a coordinated list', () => {
    expect(resolveCoordinatedDays('the envoy met both sides on Monday and on Thursday', '2017-03-11', 'past').map((d) => d.start)).toEqual(['2017-03-06', '2017-03-09']);
    expect(resolveCoordinatedDays('talks held Monday, Tuesday and Friday', '2017-03-11', 'past')).toHaveLength(3);
  });

  it('gives nothing for a single weekday', () => {
    expect(resolveCoordinatedDays('the envoy met both sides on Monday', '2017-03-11', 'past')).toEqual([]);
  });

  it('skips a date that only qualifies another noun after "of"', () => {
    const clause = 'extending sanctions follows an update to the council of 22-23 June 2017';
    expect(resolveDate(clause, 0, '2017-06-28', 'past')).toBeNull();
    expect(resolveDate('the agreements of 19 September 2014', 4, '2017-06-28', 'past')?.start).toBe('2014-09-19');
  });
});

