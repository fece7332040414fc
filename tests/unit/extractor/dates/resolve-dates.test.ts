import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../../../server/extractor/dates/resolve-dates.js';

/** The first date expression of a text, or null. */
const dateIn = (text: string, published: string, direction: 'past' | 'future') => findDateExpressions(text, published, direction)[0]?.date ?? null;

// 2017-03-11 is a Saturday.
const PUBLISHED = '2017-03-11';

describe('findDateExpressions', () => {
  it('reads "last week" as the previous Monday-to-Sunday week', () => {
    expect(dateIn('the army advanced last week', PUBLISHED, 'past')).toEqual({ start: '2017-02-27', end: '2017-03-05', precision: 'week' });
  });

  it('reads "earlier this week" as Monday up to the day before publication', () => {
    expect(dateIn('talks stalled earlier this week', PUBLISHED, 'past')).toEqual({ start: '2017-03-06', end: '2017-03-10', precision: 'week' });
  });

  it('reads "next week" as the following Monday-to-Sunday week', () => {
    expect(dateIn('they will meet next week', PUBLISHED, 'future')).toEqual({ start: '2017-03-13', end: '2017-03-19', precision: 'week' });
  });

  it('takes a weekday in the past for past tense and in the future for plans', () => {
    expect(dateIn('she told reporters on Thursday', PUBLISHED, 'past')?.start).toBe('2017-03-09');
    expect(dateIn('they will sign on Tuesday', PUBLISHED, 'future')?.start).toBe('2017-03-14');
  });

  it('reads written-out dates, month ranges and day ranges', () => {
    expect(dateIn('signed on 4 June 2014', PUBLISHED, 'past')).toEqual({ start: '2014-06-04', end: '2014-06-04', precision: 'day' });
    expect(dateIn('extended in October 2015', PUBLISHED, 'past')).toEqual({ start: '2015-10-01', end: '2015-10-31', precision: 'month' });
    expect(dateIn('the summit of 9-10 May 2016', PUBLISHED, 'past')).toEqual({ start: '2016-05-09', end: '2016-05-10', precision: 'day' });
  });

  it('gives a month or day without a year the year its tense implies', () => {
    expect(dateIn('the army launched an assault on the port in June', '2018-12-14', 'past')).toEqual({ start: '2018-06-01', end: '2018-06-30', precision: 'month' });
    expect(dateIn('the envoys will return in February', '2018-12-14', 'future')).toEqual({ start: '2019-02-01', end: '2019-02-28', precision: 'month' });
    expect(dateIn('the truce began on December 30', '2017-01-24', 'past')?.start).toBe('2016-12-30');
    expect(dateIn('the vote held in March', '2017-03-11', 'past')?.start).toBe('2017-03-01');
    expect(dateIn('the envoy set March 1 as the date for new talks', '2017-02-20', 'past')?.start).toBe('2017-03-01');
  });

  it('reads "last month", "yesterday" and "tomorrow" against the publication day', () => {
    expect(dateIn('a vote last month', PUBLISHED, 'past')).toEqual({ start: '2017-02-01', end: '2017-02-28', precision: 'month' });
    expect(dateIn('fighting resumed yesterday', PUBLISHED, 'past')?.start).toBe('2017-03-10');
    expect(dateIn('the council meets tomorrow', PUBLISHED, 'future')?.start).toBe('2017-03-12');
  });

  it('reads "today" and "last night" once, against the publication day, and "for now" as no date', () => {
    const dates = (text: string) => findDateExpressions(text, PUBLISHED, 'past').map((f) => f.date.start);
    expect(dates('the rebels shelled the town last night')).toEqual(['2017-03-10']);
    expect(dates('the envoys met today')).toEqual(['2017-03-11']);
    expect(dates('the sanctions would stay in force for now')).toEqual([]);
  });

  it('reads no date in the verb "march" nor in a day chrono would count from its own reference ("the end of the month")', () => {
    expect(findDateExpressions('protesters will march to the palace', PUBLISHED, 'future')).toEqual([]);
    expect(findDateExpressions('the envoys will meet at the end of the month', PUBLISHED, 'future')).toEqual([]);
  });

  it('ignores durations and returns null when the clause has no date', () => {
    expect(dateIn('the truce held for two years', PUBLISHED, 'past')).toBeNull();
    expect(dateIn('the envoy urged restraint', PUBLISHED, 'past')).toBeNull();
  });

  it('resolves "until", "by" and "next" weekdays forward and "last" back, whatever the tense', () => {
    expect(dateIn('the truce held until Friday', PUBLISHED, 'past')?.start).toBe('2017-03-17');
    expect(dateIn('they must leave by Tuesday', PUBLISHED, 'past')?.start).toBe('2017-03-14');
    expect(dateIn('they meet next Saturday', PUBLISHED, 'past')?.start).toBe('2017-03-18');
    expect(dateIn('they met last Friday', PUBLISHED, 'future')?.start).toBe('2017-03-10');
  });

  it('reads "March of last year" and "last March" in the year they name', () => {
    expect(dateIn('the rebels withdrew in March of last year', PUBLISHED, 'past')).toEqual({ start: '2016-03-01', end: '2016-03-31', precision: 'month' });
    expect(dateIn('the envoys met last June', PUBLISHED, 'past')?.start).toBe('2016-06-01');
  });

  it('reads "three years ago" and "two weeks ago" back from the publication day', () => {
    expect(dateIn('the war three years ago', PUBLISHED, 'past')).toEqual({ start: '2014-01-01', end: '2014-12-31', precision: 'year' });
    expect(dateIn('they met two weeks ago', PUBLISHED, 'past')).toEqual({ start: '2017-02-20', end: '2017-02-26', precision: 'week' });
  });

  it('reads February 29 of a leap year, written without its year, in any publication year', () => {
    expect(dateIn('the deal signed on February 29 in Doha', '2020-09-14', 'past')).toEqual({ start: '2020-02-29', end: '2020-02-29', precision: 'day' });
  });

  it('reads "a recent" before a noun as the week before publication', () => {
    expect(dateIn('the minister was briefed on a recent attack', PUBLISHED, 'past')).toEqual({ start: '2017-03-04', end: '2017-03-11', precision: 'day' });
  });
});
