import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../../server/contract/extraction.js';
import { findDateExpressions } from '../../../../server/extractor/dates/resolve-dates.js';
import { spanEndingAt } from '../../../../server/extractor/dates/resolve-periods.js';

/** The first date expression of a text, or null. */
const dateIn = (text: string, published: string, direction: 'past' | 'future') => findDateExpressions(text, published, direction)[0]?.date ?? null;

// 2017-03-15 is a Wednesday, early in the meteorological spring.
const PUBLISHED = '2017-03-15';
const months = (start: string, end: string): EventDate => ({ start, end, precision: 'month' });

describe('resolve periods', () => {
  it.each([
    ['the two leaders met twice this spring', 'past', months('2017-03-01', '2017-05-31')],
    ['the envoy will visit Harare this autumn', 'future', months('2017-09-01', '2017-11-30')],
    ['fighting flared last summer', 'past', months('2016-06-01', '2016-08-31')],
    ['the talks collapsed this autumn', 'past', months('2016-09-01', '2016-11-30')],
    ['the siege tightened this winter', 'past', months('2016-12-01', '2017-02-28')],
    ['a talks round in the summer of 2015', 'past', months('2015-06-01', '2015-08-31')],
    ['a fall in oil prices', 'past', null],
  ] as const)('reads a season as its three months ("this winter" by the tense): %s', (clause, direction, expected) => {
    expect(dateIn(clause, PUBLISHED, direction)).toEqual(expected);
  });

  it.each([
    ['the army has shelled the valley since last month', months('2017-02-01', '2017-03-15')],
    ['the talks opened on March 6', { start: '2017-03-06', end: '2017-03-15', precision: 'day' }],
    ['talks have stalled since January', months('2017-01-01', '2017-03-15')],
    ['the rebels attacked in late August', months('2016-08-21', '2016-08-31')],
    ['the truce collapsed late last year', months('2016-09-01', '2016-12-31')],
    ['the two sides met earlier this month', months('2017-03-01', '2017-03-15')],
    ['the deal was signed in mid-2016', months('2016-05-01', '2016-08-31')],
    ['strikes intensified in recent days', { start: '2017-03-08', end: '2017-03-15', precision: 'day' }],
    ['the rebels took the city in 2011', { start: '2011-01-01', end: '2011-12-31', precision: 'year' }],
    ['the 2015 agreement', { start: '2015-01-01', end: '2015-12-31', precision: 'year' }],
  ] as const)('stretches "since" and an opening verb to the publication day and narrows "early", "mid", "late", "earlier": %s', (clause, expected) => {
    expect(dateIn(clause, PUBLISHED, 'past')).toEqual(expected);
  });

  it('starts "later this year" on the publication day', () => {
    expect(dateIn('they will meet later this year', PUBLISHED, 'future')).toEqual({ start: '2017-03-15', end: '2017-12-31', precision: 'year' });
  });

  it('spans an event by the length the words before it give, up to its last day', () => {
    expect(spanEndingAt('at the end of a week of UN-sponsored ', '2017-03-09')).toEqual({ start: '2017-03-03', end: '2017-03-09', precision: 'day' });
    expect(spanEndingAt('after two days of ', '2017-03-15')).toEqual({ start: '2017-03-14', end: '2017-03-15', precision: 'day' });
    expect(spanEndingAt('following more than a year of ', '2017-03-15')).toEqual({ start: '2016-03-16', end: '2017-03-15', precision: 'year' });
    expect(spanEndingAt('after the ', '2017-03-15')).toBeNull();
  });
});
