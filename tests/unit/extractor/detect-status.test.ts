import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../server/extractor/detect-status.js';

describe('detectStatus', () => {
  it('calls announced events planned', () => {
    expect(detectStatus('The ministers are set to meet in Rome')).toBe('planned');
    expect(detectStatus('evacuations will begin at dawn')).toBe('planned');
  });

  it('calls continuing events ongoing', () => {
    expect(detectStatus('talks over a truce continue')).toBe('ongoing');
    expect(detectStatus('the siege is still in place')).toBe('ongoing');
  });

  it('calls reported past events occurred', () => {
    expect(detectStatus('the envoy met the rebels')).toBe('occurred');
  });
});
