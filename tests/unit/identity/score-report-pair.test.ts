import { describe, expect, it } from 'vitest';
import { scoreReportPair } from '../../../server/identity/score-report-pair.js';
import { buildIdentityReport as report } from '../../support/build-identity-report.js';

const day = (iso: string) => ({ start: iso, end: iso, precision: 'day' as const });

describe('scoreReportPair', () => {
  it('makes talks and a meeting of the same actors on the same day one gathering', () => {
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e4', { type: 'meeting' }))).not.toBeNull();
  });

  it('makes an agreement and a ceasefire between the same sides one accord', () => {
    const agreement = report('a', 'e1', { type: 'agreement' });
    expect(scoreReportPair(agreement, report('b', 'e2', { type: 'ceasefire' }))).not.toBeNull();
  });

  it('keeps talks and a ceasefire apart, and statements of different subtypes apart', () => {
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e1', { type: 'ceasefire' }))).toBeNull();
    const appeal = report('a', 'e1', { type: 'statement', subtype: 'appeal' });
    expect(scoreReportPair(appeal, report('b', 'e1', { type: 'statement', subtype: 'threat' }))).toBeNull();
    expect(scoreReportPair(appeal, report('b', 'e1', { type: 'statement', subtype: 'appeal' }))).not.toBeNull();
  });

  it('makes two rounds of talks on days a week apart two events', () => {
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e1', day('2016-02-08')))).toBeNull();
  });

  it('joins reports dated on adjacent days, and a day inside a month-precise report', () => {
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e1', day('2016-02-02')))).not.toBeNull();
    const month = report('b', 'e1', { start: '2016-02-01', end: '2016-02-29', precision: 'month' });
    expect(scoreReportPair(report('a', 'e1', day('2016-02-17')), month)).not.toBeNull();
  });

  it('makes a planned meeting and the meeting once held one event', () => {
    expect(scoreReportPair(report('a', 'e1', { status: 'planned' }), report('b', 'e1', { status: 'occurred' }))).not.toBeNull();
  });

  it('takes an actor that mediates one accord and is a party to another as no evidence they are one', () => {
    const broker = report('a', 'e1', { type: 'agreement', place: null, participants: [{ actor: 'chad', role: 'participant' }, { actor: 'norway', role: 'mediator' }] });
    const party = report('b', 'e3', { type: 'ceasefire', place: null, start: '2016-02-04', end: '2016-02-04', participants: [{ actor: 'norway', role: 'source' }, { actor: 'peru', role: 'source' }] });
    expect(scoreReportPair(broker, party)).toBeNull();
    const sameBroker = report('b', 'e3', { type: 'ceasefire', place: null, participants: [{ actor: 'chad', role: 'participant' }, { actor: 'norway', role: 'mediator' }] });
    expect(scoreReportPair(broker, sameBroker)).not.toBeNull();
  });

  it('never joins two reports of one article', () => {
    expect(scoreReportPair(report('a', 'e1'), report('a', 'e2'))).toBeNull();
  });

  it('keeps an undated report apart', () => {
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e1', { start: null, end: null, precision: 'unknown' }))).toBeNull();
  });

  it('needs a shared participant, in compatible roles', () => {
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e1', { participants: [{ actor: 'iran', role: 'participant' }] }))).toBeNull();
    const accuses = (source: string, target: string, articleId: string) =>
      report(articleId, 'e1', {
        type: 'statement',
        subtype: 'accusation',
        participants: [{ actor: source, role: 'source' }, { actor: target, role: 'target' }],
      });
    expect(scoreReportPair(accuses('russia', 'turkey', 'a'), accuses('turkey', 'russia', 'b'))).toBeNull();
    expect(scoreReportPair(accuses('russia', 'turkey', 'a'), accuses('russia', 'turkey', 'b'))).not.toBeNull();
  });

  it("keeps apart one speaker's statements against two different targets", () => {
    const threatens = (target: string, articleId: string) =>
      report(articleId, 'e1', {
        type: 'statement',
        subtype: 'threat',
        participants: [{ actor: 'united_states', role: 'source' }, { actor: target, role: 'target' }],
      });
    expect(scoreReportPair(threatens('venezuela', 'a'), threatens('north_korea', 'b'))).toBeNull();
  });

  it('joins a city and its country, not two cities', () => {
    const country = report('b', 'e1', { place: 'Switzerland', placeCountry: 'CH', placeIsCountry: true });
    expect(scoreReportPair(report('a', 'e1'), country)).not.toBeNull();
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e1', { place: 'Vienna', placeCountry: 'AT' }))).toBeNull();
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e1', { place: 'Lausanne', placeCountry: 'CH' }))).toBeNull();
    expect(scoreReportPair(report('a', 'e1'), report('b', 'e1', { place: null, placeCountry: null }))).not.toBeNull();
  });

  it('joins an accord reported as negotiated and, days later, as agreed, but not two a fortnight apart', () => {
    const talkedOf = report('a', 'e1', { type: 'ceasefire', status: 'ongoing', ...day('2016-02-05') });
    expect(scoreReportPair(talkedOf, report('b', 'e3', { type: 'ceasefire', status: 'planned', ...day('2016-02-11') }))).not.toBeNull();
    expect(scoreReportPair(talkedOf, report('b', 'e3', { type: 'ceasefire', ...day('2016-02-19') }))).toBeNull();
    expect(scoreReportPair(report('a', 'e1', day('2016-02-05')), report('b', 'e1', day('2016-02-11')))).toBeNull();
  });

  it('joins no report dated only within half a year', () => {
    const withinSixMonths = report('a', 'e4', { type: 'ceasefire', status: 'planned', start: '2015-11-14', end: '2016-05-14', precision: 'month' });
    expect(scoreReportPair(withinSixMonths, report('b', 'e3', { type: 'ceasefire', ...day('2016-02-11') }))).toBeNull();
  });

  it('takes a report naming one of the participants as fully as one naming them all', () => {
    const many = report('a', 'e1', { participants: ['russia', 'united_states', 'un', 'iran', 'turkey', 'france'].map((actor) => ({ actor, role: 'participant' as const })) });
    const one = report('b', 'e1', { participants: [{ actor: 'russia', role: 'participant' }] });
    expect(scoreReportPair(many, one)).toBe(scoreReportPair(report('a', 'e1'), one));
  });

  it("scores a planned week's window higher against the two-day conference than against a one-day meeting in it", () => {
    const plannedWeek = report('a', 'e9', { type: 'meeting', status: 'planned', start: '2016-02-08', end: '2016-02-14', precision: 'week' });
    const conference = report('b', 'e2', { type: 'meeting', start: '2016-02-11', end: '2016-02-12' });
    const eve = report('b', 'e1', { type: 'meeting', ...day('2016-02-11') });
    expect(scoreReportPair(plannedWeek, conference)!).toBeGreaterThan(scoreReportPair(plannedWeek, eve)!);
  });

  it('scores the same whichever report comes first', () => {
    const a = report('a', 'e1');
    const b = report('b', 'e1', { type: 'meeting', ...day('2016-02-02'), participants: [{ actor: 'russia', role: 'participant' }] });
    expect(scoreReportPair(a, b)).toBe(scoreReportPair(b, a));
  });
});
