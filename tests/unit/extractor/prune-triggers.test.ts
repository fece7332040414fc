import { describe, expect, it } from 'vitest';
import { compileExclusions, compileTriggers, findTriggers } from '../../../server/extractor/find-triggers.js';
import { lexicons } from '../../../server/extractor/lexicons/load-lexicons.js';
import { pruneTriggers } from '../../../server/extractor/prune-triggers.js';
import { segmentText } from '../../../server/extractor/segment-text.js';

function prunedTypes(text: string): string[] {
  const patterns = compileTriggers(lexicons.triggers);
  const exclusions = compileExclusions(lexicons.triggers);
  const triggers = segmentText(text).flatMap((s) => findTriggers(s, patterns, exclusions));
  return pruneTriggers(triggers, text).map((t) => `${t.type}:${t.text}`);
}

describe('pruneTriggers', () => {
  it('folds "agreed to a ceasefire" into the ceasefire', () => {
    expect(prunedTypes('Both sides agreed to a ceasefire.')).toEqual(['ceasefire:ceasefire']);
  });

  it('drops "agreed that", a shared view rather than a deal', () => {
    expect(prunedTypes('Lima and Quito agreed that the border should stay open.')).toEqual([]);
  });

  it('keeps a bare "agreed" as the agreement', () => {
    expect(prunedTypes('Lima and Quito agreed on Monday.')).toEqual(['agreement:agreed']);
  });
});
