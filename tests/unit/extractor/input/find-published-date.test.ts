import { describe, expect, it } from 'vitest';
import { findDatelineDay, parseExplicitDay } from '../../../../server/extractor/input/find-published-date.js';

describe('parseExplicitDay', () => {
  it.each([
    ['06 February, 2016', '2016-02-06'],
    ['February 6, 2016', '2016-02-06'],
    ['2016-02-06', '2016-02-06'],
    ['2016-02-06T23:30:00-05:00', '2016-02-06'],
    ['Feb. 6, 2016 5:03 PM', '2016-02-06'],
    ['Published: Saturday 6 February 2016 10:03 GMT', '2016-02-06'],
    ['Updated 29 February 2016', '2016-02-29'],
    ['13/02/2016', '2016-02-13'],
    ['2/13/2016', '2016-02-13'],
  ])('reads %s as %s', (value, day) => {
    expect(parseExplicitDay(value)).toBe(day);
  });

  it.each(['last week', 'the next few days', 'yesterday', 'on Friday', 'in two years', '6 February', 'February 2016', '2015-02-29', '06/02/2016', ''])(
    'finds no stated day in %j',
    (value) => {
      expect(parseExplicitDay(value)).toBeNull();
    },
  );
});

describe('findDatelineDay', () => {
  it('takes the first short date line under the headline', () => {
    const text = 'Headline\n\nStandfirst sentence.\n2 min read\n06 February, 2016\nLater, on 1 March 2016, talks resumed.';
    expect(findDatelineDay(text)).toBe('2016-02-06');
  });

  it('skips dates inside long prose lines', () => {
    const prose = 'The talks, which opened on February 1, 2016 in Geneva, stalled when the offensive around Aleppo began.';
    expect(findDatelineDay(`Headline\n${prose}\nFebruary 6, 2016`)).toBe('2016-02-06');
  });

  it('gives up past the top of the text', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `Line ${i}`).join('\n');
    expect(findDatelineDay(`Headline\n${filler}\n06 February, 2016`)).toBeNull();
  });
});
