import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';

const actingStates = (text: string) => [...new Set(findMentions(text, segmentText(text), annotateRecorded(text)).mentions.filter((m) => m.entity.kind === 'state' && !m.setting).map((m) => m.text))];

describe('capitals: the city or its government', () => {
  it('reads a capital after "in", "from" or "at" as the city', () => {
    expect(actingStates('The mediators gathered in Oslo for a second round on Tuesday.')).toEqual([]);
    expect(actingStates('Reports from Cairo suggested the convoy had stopped.')).toEqual([]);
    expect(actingStates('The ministers will sign the text at a ceremony at Ankara next week.')).toEqual([]);
  });

  it('reads a capital as a modifier or a dateline as the city', () => {
    expect(actingStates('The Oslo declaration was welcomed by the rebels.')).toEqual([]);
    expect(actingStates('CAIRO: The rebels welcomed the plan.')).toEqual([]);
  });

  it('reads a capital that acts, owns or is addressed as the state', () => {
    expect(actingStates('Ankara imposed new tariffs on Monday.')).toEqual(['Ankara']);
    expect(actingStates("The rebels rejected Cairo's plan and appealed to Oslo.")).toEqual(['Cairo', 'Oslo']);
    expect(actingStates('Delegates from Ankara walked out of the hall.')).toEqual(['Ankara']);
  });

  it('reads a capital after a verb of travel and "to" as the city', () => {
    expect(actingStates('The envoy flew to Ankara on Sunday.')).toEqual([]);
  });
});
