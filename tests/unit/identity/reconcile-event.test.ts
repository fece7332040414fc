import { describe, expect, it } from 'vitest';
import { reconcileEvent } from '../../../server/identity/reconcile-event.js';
import { buildIdentityReport as report } from '../../support/build-identity-report.js';

describe('reconcileEvent', () => {
  it("takes the smallest report key as the event's id, and its article", () => {
    const event = reconcileEvent([report('b', 'e1'), report('a', 'e9')]);
    expect(event).toMatchObject({ id: 'a:e9', articleId: 'a', reportKeys: ['a:e9', 'b:e1'] });
  });

  it('takes the most precise date a report gives', () => {
    const month = report('a', 'e1', { start: '2016-02-01', end: '2016-02-29', precision: 'month' });
    const day = report('b', 'e1', { start: '2016-02-12', end: '2016-02-12', precision: 'day' });
    expect(reconcileEvent([month, day])).toMatchObject({ start: '2016-02-12', end: '2016-02-12', precision: 'day' });
  });

  it('prefers the date most reports give, then the longest span', () => {
    const both = report('a', 'e1', { start: '2016-02-11', end: '2016-02-12' });
    const second = report('b', 'e1', { start: '2016-02-12', end: '2016-02-12' });
    expect(reconcileEvent([second, both])).toMatchObject({ start: '2016-02-11', end: '2016-02-12' });
    const third = report('c', 'e1', { start: '2016-02-12', end: '2016-02-12' });
    expect(reconcileEvent([second, both, third])).toMatchObject({ start: '2016-02-12', end: '2016-02-12' });
  });

  it('takes the latest status: planned, then ongoing, then occurred', () => {
    expect(reconcileEvent([report('a', 'e1', { status: 'planned' }), report('b', 'e1', { status: 'occurred' })]).status).toBe('occurred');
    expect(reconcileEvent([report('a', 'e1', { status: 'ongoing' }), report('b', 'e1', { status: 'planned' })]).status).toBe('ongoing');
  });

  it('takes the type and place most reports give, with the summary of a report of that type', () => {
    const event = reconcileEvent([
      report('a', 'e1', { type: 'talks', summary: 'talks', place: null }),
      report('b', 'e1', { type: 'meeting', summary: 'a meeting', place: 'Geneva' }),
      report('c', 'e1', { type: 'meeting', summary: 'another meeting', place: 'Switzerland' }),
    ]);
    expect(event).toMatchObject({ type: 'meeting', summary: 'a meeting', place: 'Geneva', places: ['Geneva', 'Switzerland'] });
  });

  it('unites every participant in every role reported', () => {
    const event = reconcileEvent([
      report('a', 'e1', { participants: [{ actor: 'russia', role: 'participant' }] }),
      report('b', 'e1', { participants: [{ actor: 'russia', role: 'source' }, { actor: 'un', role: 'mediator' }] }),
    ]);
    expect(event.participants).toEqual([
      { actor: 'russia', role: 'participant' },
      { actor: 'russia', role: 'source' },
      { actor: 'un', role: 'mediator' },
    ]);
  });
});
