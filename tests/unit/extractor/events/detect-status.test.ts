import { describe, expect, it } from 'vitest';
import { detectStatus, readNounStatus } from '../../../../server/extractor/events/detect-status.js';
import { lexicons } from '../../../../server/extractor/lexicons/load-lexicons.js';
import { locateTrigger } from '../../../../server/extractor/events/read-mood.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';

describe('detectStatus', () => {
  it('calls announced events planned', () => {
    expect(detectStatus('The ministers are set to meet in Rome')).toBe('planned');
    expect(detectStatus('evacuations will begin at dawn')).toBe('planned');
  });

  it('calls continuing events ongoing', () => {
    expect(detectStatus('talks over a truce continue')).toBe('ongoing');
    expect(detectStatus('the siege is still in place')).toBe('ongoing');
    expect(detectStatus('sanctions on Sudan would stay in force for now')).toBe('ongoing');
    expect(detectStatus('the truce will remain in place')).toBe('ongoing');
    expect(detectStatus('Chad has shelled the border towns since last month')).toBe('ongoing');
  });

  it('calls an event planned when the actors commit to bringing it about', () => {
    expect(detectStatus('the envoys agreed to convene both delegations by March')).toBe('planned');
    expect(detectStatus('Kenya was preparing to host the displaced families')).toBe('planned');
    expect(detectStatus('a pause between the rival militias should take hold within a week')).toBe('planned');
    expect(detectStatus('a truce beginning Monday')).toBe('planned');
    expect(detectStatus('Moscow would seek talks')).toBe('planned');
    expect(detectStatus('talks between the parties should begin by March')).toBe('planned');
    expect(detectStatus('the envoys should have met earlier')).toBe('occurred');
  });

  it('keeps an agreement to something already named occurred', () => {
    expect(detectStatus('the rebels agreed to a truce')).toBe('occurred');
    expect(detectStatus('the council agreed to link the measures to the accord')).toBe('occurred');
    expect(detectStatus('a summit had agreed to respect a truce', 'a summit'.length)).toBe('occurred');
  });

  it('calls progressive and present-passive states ongoing', () => {
    expect(detectStatus('its air campaign was killing civilians')).toBe('ongoing');
    expect(detectStatus('the town is besieged by militias')).toBe('ongoing');
    expect(detectStatus('the town has been encircled for months by militias')).toBe('ongoing');
    expect(detectStatus('a truce has been agreed')).toBe('occurred');
  });

  it('calls reported past events occurred', () => {
    expect(detectStatus('the envoy met the rebels')).toBe('occurred');
  });
});

describe('readNounStatus', () => {
  /** The status the tree gives the event noun `word` of `text`. */
  function statusOf(text: string, word: string) {
    const start = text.indexOf(word);
    const clause = locateTrigger(annotateRecorded(text), { start, end: start + word.length, text: word, segment: 0, type: 'ceasefire', subtype: null, form: 'noun' });
    return clause && readNounStatus(clause, lexicons.moods);
  }

  it('calls an event noun asked for or threatened planned', () => {
    expect(statusOf('The envoy urged an immediate ceasefire in the north.', 'ceasefire')).toBe('planned');
    expect(statusOf('Ghana and Togo called for talks on the border.', 'talks')).toBe('planned');
    expect(statusOf('The president threatened sanctions against the junta.', 'sanctions')).toBe('planned');
  });

  it('calls an event noun qualified as to come planned', () => {
    expect(statusOf('The mediators announced further talks between the parties.', 'talks')).toBe('planned');
  });

  it('leaves an event convened or held to the other rules', () => {
    expect(statusOf('The chairman had called the summit after the raid.', 'summit')).toBeNull();
    expect(statusOf('The two armies observed the ceasefire.', 'ceasefire')).toBeNull();
  });
});
