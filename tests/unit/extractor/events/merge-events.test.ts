import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));

describe('mergeEvents', () => {
  it('keeps denying a charge and rejecting a demand, by one speaker on one day, two statements', () => {
    const text = 'Ghana accused Mali of arming the rebels and demanded that Mali close the camps. On Tuesday, Mali denied the charge. Mali also rejected the demand on Tuesday.';
    expect(extract(text).events.filter((e) => e.subtype === 'rejection')).toHaveLength(2);
  });

  it('makes one event of "a peace deal" and a later dated "a deal" by one of its parties', () => {
    const text = 'Mali and Niger sign a peace deal. Mali signed a deal in Bamako on Friday.';
    expect(extract(text).events.filter((e) => e.type === 'agreement')).toHaveLength(1);
  });

  it('keeps an event ongoing when a later mention says it goes on', () => {
    const text = 'Russia began a bombing campaign in Syria. Britain condemned Russia, adding that its bombing campaign was still killing civilians.';
    const offensives = extract(text).events.filter((e) => e.type === 'offensive');
    expect(offensives).toHaveLength(1);
    expect(offensives[0]?.status).toBe('ongoing');
  });

  it('makes one event of "evacuations" and "evacuated" by the same actor, dated once', () => {
    const text = 'Turkey began the evacuation of Syrian rebels on Monday. Syrian rebels will then be evacuated.';
    expect(extract(text).events.filter((e) => e.type === 'humanitarian')).toHaveLength(1);
  });

  it('merges an undated mention whose actors all take part in a dated one in the same roles', () => {
    const text = 'The European Union imposed sanctions on Belarus on Friday. The travel bans were agreed by the European Union.';
    expect(extract(text).events.filter((e) => e.type === 'sanctions')).toHaveLength(1);
  });

  it('takes the status with the date when a dated mention completes an undated one', () => {
    const text = 'Mali and Niger talks. Talks between Mali and Niger should begin in Bamako on 2 April.';
    const talks = extract(text).events.filter((e) => e.type === 'talks');
    expect(talks.map((e) => [e.status, e.date.start])).toEqual([['planned', '2017-04-02']]);
  });

  it('reads a definite event noun with words between it and its article as the event already named', () => {
    const text = "Chad's president Idriss Deby met Sudan's leader Omar Bashir in Doha on Monday. Chad's envoy Ali Musa named three results of the Doha meeting.";
    expect(extract(text).events.filter((e) => e.type === 'meeting')).toHaveLength(1);
  });

  it('makes a deal with no word of its own between the parties to a ceasefire that ceasefire', () => {
    const { events } = extract('Mali and Niger began a truce on Friday under an Algerian-brokered deal between Mali and Niger.');
    expect(events.map((e) => e.type)).toEqual(['ceasefire']);
    expect(extract('Mali and Niger began a truce on Friday. Mali and Niger signed a trade deal.').events.map((e) => e.type)).toEqual(['ceasefire', 'agreement']);
  });

  it('keeps a deal introduced before any truce is told apart from the truce told after it', () => {
    const text = 'Mali and Niger reached an accord on Friday. A truce between Mali and Niger is planned.';
    expect(extract(text).events.map((e) => e.type)).toEqual(['agreement', 'ceasefire']);
  });

  it('keeps attacks by an actor apart from attacks on it', () => {
    const text = 'Chad attacked Sudan on Monday. Sudan attacked Chad on Monday.';
    expect(extract(text).events.filter((e) => e.type === 'offensive')).toHaveLength(2);
  });

  it('does not read "the attacks on X" back to attacks by X', () => {
    const text = 'Israel bombed Gaza on Monday. Germany condemned the rocket attacks on Israel.';
    const offensives = extract(text).events.filter((e) => e.type === 'offensive');
    expect(offensives.map((e) => e.participants)).toEqual([[{ actor: 'israel', role: 'source' }], [{ actor: 'israel', role: 'target' }]]);
  });

  it('keeps two meetings in one month apart when their persons differ', () => {
    const text = 'Kenyan President Daniel Omondi met Eritrea in July. Somali President Ali Warsame visited Eritrea in July.';
    expect(extract(text).events.filter((e) => e.type === 'meeting')).toHaveLength(2);
  });

  it('keeps apart two meetings of one person on one day with two other persons', () => {
    const text = 'Kenyan envoy Daniel Omondi met Somali President Ali Warsame on Friday. On Friday, Omondi also met Eritrean President Isaias Tesfay in Asmara.';
    expect(extract(text).events.filter((e) => e.type === 'meeting')).toHaveLength(2);
  });

  it('makes one event of sanctions by the UN and by its Security Council, but keeps two organs apart', () => {
    const text = 'UN lifts sanctions on Eritrea\nThe UN Security Council voted on Wednesday to lift sanctions on Eritrea.';
    expect(extractRecorded(buildArticle(text, '2018-11-15', { title: 'UN lifts sanctions on Eritrea' })).events.filter((e) => e.type === 'sanctions')).toHaveLength(1);
    const organs = 'The UN General Assembly was briefed on Monday. The UN Security Council was briefed on Monday.';
    expect(extract(organs).events.filter((e) => e.type === 'meeting')).toHaveLength(2);
  });

  it('keeps a peace agreement and a trade agreement of the same parties and day apart', () => {
    const text = 'Chad and Sudan signed a peace agreement on Monday. Chad and Sudan also signed a trade agreement on Monday. Chad signed the peace agreement in Doha.';
    expect(extract(text).events.filter((e) => e.type === 'agreement').map((e) => e.evidence.length)).toEqual([2, 1]);
  });

  it('does not make an actor who commented on an event a party to it', () => {
    const { events } = extract('Chad and Sudan signed a deal on Monday. The deal was welcomed by Kenya.');
    expect(events.map((e) => e.participants.map((p) => p.actor))).toEqual([['chad', 'sudan'], ['kenya']]);
  });

  it('reads "the meeting" back to talks just held, and "negotiations" as the same talks', () => {
    const text = 'Chad and Sudan held talks in Doha on Monday. The UN envoy Ali Omar, who attended the meeting, praised both sides. The negotiations between Chad and Sudan were the first in years.';
    const talks = extract(text).events.filter((e) => e.type === 'talks' || e.type === 'meeting');
    expect(talks.map((e) => [e.type, e.evidence.length])).toEqual([['talks', 3]]);
  });

  it('keeps talks already held apart from talks announced for a later day', () => {
    const text = 'The talks between Chad and Sudan, mediated by the UN, ended in Doha. The UN said new negotiations between Chad and Sudan were planned for March 20.';
    const talks = extract(text).events.filter((e) => e.type === 'talks');
    expect(talks.map((e) => e.status)).toEqual(['occurred', 'planned']);
  });

  it('keeps talks held apart from undated talks the parties agreed to start, but not from talks they are only open to', () => {
    const agreed = 'Chad and Sudan held talks in Doha on Monday. Chad and Sudan agreed to start new negotiations.';
    expect(extract(agreed).events.filter((e) => e.type === 'talks').map((e) => e.status)).toEqual(['occurred', 'planned']);
    const open = 'Chad and Sudan held talks in Doha on Monday. Chad and Sudan said they were open to new negotiations.';
    expect(extract(open).events.filter((e) => e.type === 'talks')).toHaveLength(1);
  });

  it('makes one event of talks told without a tense and the same talks set for a later day', () => {
    const text = 'Togo and Benin in long-awaited talks. Talks between Togo and Benin will open in Accra on March 14.';
    expect(extract(text).events.filter((e) => e.type === 'talks').map((e) => e.status)).toEqual(['planned']);
  });

  it('reads the attack an act is set after as the attack told before, dated and peopled by that one', () => {
    const text = 'Togo attacked Ghana on Thursday. On Friday, the Ghanaian ambassador to Togo was recalled by Accra in the aftermath of the attack.';
    const offensives = extract(text).events.filter((e) => e.type === 'offensive');
    expect(offensives.map((e) => [e.date.start, e.participants.map((p) => p.actor)])).toEqual([['2017-03-09', ['togo', 'ghana']]]);
  });

  it('keeps a visit announced for next year apart from a meeting told under another word', () => {
    const text = 'Chad and Sudan leaders open summit in Doha. Sudan accepted an invitation to visit Chad next year.';
    expect(extract(text).events.filter((e) => e.type === 'meeting').map((e) => e.status)).toEqual(['occurred', 'planned']);
  });

  it('gives talks that led to a deal told before them the parties to the deal', () => {
    const { events } = extract('Chad and Sudan agreed to reopen their border, officials said on Saturday, after two days of talks in Doha.');
    expect(events.find((e) => e.type === 'talks')).toMatchObject({ date: { start: '2017-03-10', end: '2017-03-11' }, participants: [{ actor: 'chad' }, { actor: 'sudan' }] });
  });
});
