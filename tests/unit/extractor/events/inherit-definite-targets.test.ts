import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const sanctionsOf = (text: string) => extractRecorded(buildArticle(text)).events.filter((e) => e.type === 'sanctions');

describe('inheritDefiniteTargets', () => {
  it('aims "the sanctions" that name no target where the sanctions told before were aimed', () => {
    const text = 'The European Union imposed sanctions on Belarus in 2020. In March 2021 the European Council decided to keep the sanctions in place until political prisoners are freed.';
    const found = sanctionsOf(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.participants.some((p) => p.actor === 'belarus' && p.role === 'target'))).toBe(true);
  });

  it('leaves "new sanctions" without the earlier target', () => {
    const text = 'The European Union imposed sanctions on Belarus in 2020. On Friday the European Council prepared new sanctions.';
    const later = sanctionsOf(text).filter((e) => e.evidence.some((v) => v.text.includes('new sanctions')));
    expect(later).toHaveLength(1);
    expect(later[0]?.participants.map((p) => p.actor)).toEqual(['eu']);
  });
});
