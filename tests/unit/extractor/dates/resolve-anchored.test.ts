import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../../../server/extractor/dates/resolve-dates.js';

// 2017-03-11 is a Saturday.
const PUBLISHED = '2017-03-11';
const datesIn = (text: string, story: { start: string; end: string; precision: 'day' | 'month' } | null = null) =>
  findDateExpressions(text, PUBLISHED, 'past', () => story).map((f) => [text.slice(f.index, f.end), f.date.start, f.date.end]);

describe('dates told from the story\'s time', () => {
  it('counts "the day before" and "two days later" from the last date set before them in the sentence', () => {
    expect(datesIn('The talks opened in Accra on Tuesday, and the envoy had arrived the day before.')).toEqual([
      ['Tuesday', '2017-03-07', '2017-03-07'],
      ['the day before', '2017-03-06', '2017-03-06'],
    ]);
    expect(datesIn('The rebels seized the town on 2 February and lost it two days later.')).toContainEqual(['two days later', '2017-02-04', '2017-02-04']);
  });

  it('counts from the time the story reached in the sentence before, else from the report day', () => {
    expect(datesIn('Niger welcomed the deal the following day.', { start: '2017-02-20', end: '2017-02-20', precision: 'day' })).toEqual([['the following day', '2017-02-21', '2017-02-21']]);
    expect(datesIn('Niger imposed sanctions in the same month.', { start: '2017-01-01', end: '2017-01-31', precision: 'month' })).toEqual([['the same month', '2017-01-01', '2017-01-31']]);
    expect(datesIn('Niger had closed its border the previous day.')).toEqual([['the previous day', '2017-03-10', '2017-03-10']]);
  });

  it('leaves "the day after" an event it names to that event', () => {
    expect(datesIn('The minister resigned the day after the vote.')).toEqual([]);
    expect(datesIn('The army withdrew a week after the talks began.')).toEqual([]);
  });
});
