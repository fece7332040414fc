import { describe, expect, it } from 'vitest';
import type { EventType } from '../../../../server/contract/extraction.js';
import { lastingStatus, readStatus } from '../../../../server/extractor/events/detect-status.js';
import { locateTrigger, readMood } from '../../../../server/extractor/events/read-mood.js';
import { lexicons } from '../../../../server/extractor/lexicons/load-lexicons.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';

/** The status the tree gives the word `word` of `text`, read as an event of that type and form. */
function statusOf(text: string, word: string, form: 'noun' | 'verb', type: EventType = 'meeting') {
  const start = text.indexOf(word);
  const clause = locateTrigger(annotateRecorded(text), { start, end: start + word.length, text: word, segment: 0, type, subtype: null, form });
  return clause && readStatus(clause, type, lexicons.moods, readMood(clause, lexicons.moods));
}

describe('readStatus', () => {
  it('reads a future, a "be to" and a planning verb above the event verb as planned', () => {
    expect(statusOf('The ministers are set to meet in Rome.', 'meet', 'verb')).toBe('planned');
    expect(statusOf('The ministers are to meet in Rome next month.', 'meet', 'verb')).toBe('planned');
    expect(statusOf('Chad plans to meet Sudan in Doha.', 'meet', 'verb')).toBe('planned');
    expect(statusOf('Evacuations will begin at dawn.', 'Evacuations', 'noun', 'humanitarian')).toBe('planned');
    expect(statusOf('Moscow would seek talks with Kiev.', 'talks', 'noun', 'talks')).toBe('planned');
  });

  it('reads a will in another clause as nothing', () => {
    expect(statusOf('Chad met Sudan, and the envoys will report to the council.', 'met', 'verb')).toBe('occurred');
    expect(statusOf('Ghana signed a truce that will be monitored by the African Union.', 'truce', 'noun', 'ceasefire')).toBe('occurred');
    expect(statusOf('Under the Kenyan-brokered deal, evacuations will begin on Monday.', 'deal', 'noun', 'agreement')).toBe('occurred');
  });

  it('calls continuing and progressive events ongoing', () => {
    expect(statusOf('The rebels continue to shell the port.', 'shell', 'verb', 'offensive')).toBe('ongoing');
    expect(statusOf('Talks over a truce continue in Lome.', 'Talks', 'noun', 'talks')).toBe('ongoing');
    expect(statusOf('Talks on a truce are under way in Doha.', 'Talks', 'noun', 'talks')).toBe('ongoing');
    expect(statusOf('The siege of the town is still in place.', 'siege', 'noun', 'offensive')).toBe('ongoing');
    expect(statusOf('The truce will remain in place.', 'truce', 'noun', 'ceasefire')).toBe('ongoing');
    expect(statusOf('The minister said the sanctions on Chad would stay in force until June.', 'sanctions', 'noun', 'sanctions')).toBe('ongoing');
    expect(statusOf('The two sides are holding talks in Oslo.', 'talks', 'noun', 'talks')).toBe('ongoing');
    expect(statusOf('Its air campaign was killing civilians.', 'campaign', 'noun', 'offensive')).toBe('ongoing');
    expect(statusOf('Chad has shelled the border towns since last month.', 'shelled', 'verb', 'offensive')).toBe('ongoing');
    expect(statusOf('Chad has been shelling the border towns for months.', 'shelling', 'verb', 'offensive')).toBe('ongoing');
    expect(statusOf('Envoys discussed the ongoing offensive.', 'offensive', 'noun', 'offensive')).toBe('ongoing');
    expect(statusOf('The town is besieged by militias.', 'besieged', 'verb', 'offensive')).toBe('ongoing');
    expect(statusOf('The village has been shelled for weeks.', 'shelled', 'verb', 'offensive')).toBe('ongoing');
    expect(statusOf('Britain said the bombing campaign was still killing civilians.', 'bombing', 'noun', 'offensive')).toBe('ongoing');
  });

  it('calls an event noun that has begun or taken effect ongoing, and one that took place occurred', () => {
    expect(statusOf('The truce between Chad and Sudan took effect on Monday.', 'truce', 'noun', 'ceasefire')).toBe('ongoing');
    expect(statusOf('A ceasefire began at dawn.', 'ceasefire', 'noun', 'ceasefire')).toBe('ongoing');
    expect(statusOf('The ceasefire will begin at dawn.', 'ceasefire', 'noun', 'ceasefire')).toBe('planned');
    expect(statusOf('The talks took place in Lome.', 'talks', 'noun', 'talks')).toBe('occurred');
  });

  it('calls what a body is called on to adopt planned, but not what an envoy travelled to do', () => {
    expect(statusOf('The ministers called on the Council to adopt measures to ban flights by Chadian airlines.', 'ban', 'verb', 'sanctions')).toBe('planned');
    expect(statusOf('The ministers urged the Council to impose sanctions on Chad.', 'sanctions', 'noun', 'sanctions')).toBe('planned');
    expect(statusOf('The envoy travelled to Doha to hold talks with the rebels.', 'talks', 'noun', 'talks')).toBe('occurred');
    expect(statusOf('NATO demanded on Friday that Chad withdraw its troops from Sudan.', 'withdraw', 'verb', 'ceasefire')).toBe('planned');
    expect(statusOf('NATO said on Friday that Chad withdrew its troops from Sudan.', 'withdrew', 'verb', 'ceasefire')).toBe('occurred');
    expect(statusOf('Officials doubted talk of an imminent truce in Darfur.', 'truce', 'noun', 'ceasefire')).toBe('planned');
  });

  it('reads a headline "to" with its own subject as planned, but not a deadline for troops to withdraw', () => {
    expect(statusOf('Chad and Sudan to hold talks in Doha', 'talks', 'noun', 'talks')).toBe('planned');
    expect(statusOf('Next step: all parties to meet in Lome.', 'meet', 'verb')).toBe('planned');
    expect(statusOf('The deadline for the troops to withdraw from the towns passed on Monday.', 'withdraw', 'verb', 'ceasefire')).not.toBe('planned');
  });

  it('calls a state still to be reached planned', () => {
    expect(statusOf('A truce between Sudan and Chad should be in place within a month.', 'truce', 'noun', 'ceasefire')).toBe('planned');
  });

  it('calls an event the actors commit to bringing about planned, but not one already named', () => {
    expect(statusOf('The envoys agreed to convene talks by March.', 'talks', 'noun', 'talks')).toBe('planned');
    expect(statusOf('The Congolese leader is due to oversee negotiations in Gabon.', 'negotiations', 'noun', 'talks')).toBe('planned');
    expect(statusOf('The rebels agreed to a truce.', 'truce', 'noun', 'ceasefire')).toBe('occurred');
    expect(statusOf('The council agreed to link the length of the sanctions to the accord.', 'sanctions', 'noun', 'sanctions')).toBe('occurred');
    expect(statusOf('A truce has been agreed.', 'truce', 'noun', 'ceasefire')).toBe('occurred');
    expect(statusOf('The embargo has been extended for another six months.', 'embargo', 'noun', 'sanctions')).toBe('occurred');
    expect(statusOf('The rebels agreed to a truce to evacuate the wounded.', 'truce', 'noun', 'ceasefire')).toBe('occurred');
  });

  it('calls what the actors failed to bring about planned, but not the talks they failed in', () => {
    const text = 'Chad and Sudan failed to agree on a truce in the second round of talks in Doha.';
    expect(statusOf(text, 'truce', 'noun', 'ceasefire')).toBe('planned');
    expect(statusOf(text, 'talks', 'noun', 'talks')).toBe('occurred');
  });

  it('leaves an event the actors failed to comply with occurred', () => {
    expect(statusOf('Chad has failed to comply with the council resolution on the border.', 'resolution', 'noun', 'resolution')).toBe('occurred');
  });

  it('calls an event noun asked for, threatened or qualified as to come planned', () => {
    expect(statusOf('The envoy urged an immediate ceasefire in the north.', 'ceasefire', 'noun', 'ceasefire')).toBe('planned');
    expect(statusOf('Ghana and Togo called for talks on the border.', 'talks', 'noun', 'talks')).toBe('planned');
    expect(statusOf('The president threatened sanctions against the junta.', 'sanctions', 'noun', 'sanctions')).toBe('planned');
    expect(statusOf('The mediators announced further talks between the parties.', 'talks', 'noun', 'talks')).toBe('planned');
    expect(statusOf('Delegates arrived for negotiations set to open in Accra.', 'negotiations', 'noun', 'talks')).toBe('planned');
    expect(statusOf('Talks to be held in Lome were announced.', 'Talks', 'noun', 'talks')).toBe('planned');
    expect(statusOf('Mali accepted a truce proposed by the mediators.', 'truce', 'noun', 'ceasefire')).toBe('planned');
    expect(statusOf('Niger and Benin prepare for talks on the border.', 'talks', 'noun', 'talks')).toBe('planned');
  });

  it('calls an event noun that names what a call or an effort aims at planned, but not one that names what a campaign is', () => {
    expect(statusOf('Ghana welcomed the truce call by the rebel leader.', 'truce', 'noun', 'ceasefire')).toBe('planned');
    expect(statusOf('Envoys arrived in Accra to revive truce efforts.', 'truce', 'noun', 'ceasefire')).toBe('planned');
    expect(statusOf('Its bombing campaign killed dozens of civilians.', 'bombing', 'noun', 'offensive')).toBe('occurred');
  });

  it('leaves an event convened, held or observed occurred', () => {
    expect(statusOf('The chairman had called the summit after the raid.', 'summit', 'noun')).toBe('occurred');
    expect(statusOf('The two armies observed the ceasefire.', 'ceasefire', 'noun', 'ceasefire')).toBe('occurred');
    expect(statusOf('The envoys should have met earlier.', 'met', 'verb')).toBe('occurred');
  });

  it('dates a statement by its speaking, not by what it says is to come', () => {
    expect(statusOf('The opposition said it would reject the proposals of the mediators.', 'reject', 'verb', 'statement')).toBe('occurred');
    expect(statusOf('The envoy urged the rebels to hold talks, which are under way.', 'urged', 'verb', 'statement')).toBe('occurred');
    expect(statusOf('The envoy will urge the rebels to hold talks.', 'urge', 'verb', 'statement')).toBe('planned');
  });

  it('calls a lasting conflict with no time of its own ongoing, and one dated to a past period over', () => {
    const war = (text: string) => {
      const start = text.indexOf('war');
      return locateTrigger(annotateRecorded(text), { start, end: start + 3, text: 'war', segment: 0, type: 'offensive', subtype: null, form: 'noun' });
    };
    const undated = { start: null, end: null, precision: 'unknown' } as const;
    const past = { start: '2014-01-01', end: '2014-12-31', precision: 'year' } as const;
    const clause = war("Trade stalled because of Chile's war on Peru.");
    expect(clause && lastingStatus(clause, 'offensive', 'occurred', undated, '2017-03-11', lexicons.moods)).toBe('ongoing');
    expect(clause && lastingStatus(clause, 'offensive', 'occurred', past, '2017-03-11', lexicons.moods)).toBe('occurred');
    expect(clause && lastingStatus(clause, 'offensive', 'planned', undated, '2017-03-11', lexicons.moods)).toBe('planned');
  });
});
