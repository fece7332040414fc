import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../server/extractor/detect-status.js';

describe('detectStatus', () => {
  it('calls announced events planned', () => {
    expect(detectStatus('The ministers are set to meet in Rome')).toBe('planned');
    expect(detectStatus('evacuations will begin at dawn')).toBe('planned');
  });

  it('calls an event asked for planned', () => {
    expect(detectStatus('Britain and France called for an emergency meeting')).toBe('planned');
    expect(detectStatus('the envoy urged a ceasefire')).toBe('planned');
    expect(detectStatus('Kenya urged Chad to withdraw')).toBe('planned');
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
    expect(detectStatus('a truce between the two armies should be in place within a month')).toBe('planned');
    expect(detectStatus('a truce beginning Monday')).toBe('planned');
    expect(detectStatus('Moscow would seek talks')).toBe('planned');
    expect(detectStatus('talks between the parties should begin by March')).toBe('planned');
    expect(detectStatus('the envoys should have met earlier')).toBe('occurred');
  });

  it('keeps an agreement to something already named occurred', () => {
    expect(detectStatus('the rebels agreed to a truce')).toBe('occurred');
    expect(detectStatus('the council agreed to link the measures to the accord')).toBe('occurred');
    expect(detectStatus('a meeting had agreed to implement a truce', 'a meeting'.length)).toBe('occurred');
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
