import { describe, expect, it } from 'vitest';
import { centreWindow, chooseDefaultWindow } from '../../../../client/src/timeline/choose-default-window.js';

const daysOf = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

describe('chooseDefaultWindow', () => {
  it('has no window when there are no dated events', () => {
    expect(chooseDefaultWindow([])).toBeNull();
  });

  it('leaves out a stray early event instead of stretching the window back to it', () => {
    const days = ['1994-05-01', ...daysOf('2016-02-01', 30)];
    const window = chooseDefaultWindow(days)!;
    expect(window.from > '2016-01-01').toBe(true);
    expect(window.to >= '2016-03-01').toBe(true);
  });

  it('covers every event, padded, when none stands apart', () => {
    const window = chooseDefaultWindow(['2016-02-10', '2016-02-01', '2016-02-20'])!;
    expect(window.from < '2016-02-01').toBe(true);
    expect(window.to > '2016-02-20').toBe(true);
  });

  it('opens a single day of events on about a week', () => {
    const window = chooseDefaultWindow(['2016-02-03', '2016-02-03'])!;
    expect(window).toEqual({ from: '2016-01-31', to: '2016-02-06' });
  });
});

describe('centreWindow', () => {
  it('keeps the middle of the window and sets its width in days', () => {
    expect(centreWindow({ from: '2016-01-01', to: '2016-12-31' }, 7)).toEqual({ from: '2016-06-28', to: '2016-07-04' });
  });
});
