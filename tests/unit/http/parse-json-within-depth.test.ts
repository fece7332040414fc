import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsDepth } from '../../../server/http/parse-json-within-depth.js';

const nest = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;

describe('exceedsDepth', () => {
  it('measures nesting of arrays and objects alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 100 }), (depth, limit) => {
        expect(exceedsDepth(nest(depth), limit)).toBe(depth > limit);
        expect(exceedsDepth('{"a":'.repeat(depth) + '1' + '}'.repeat(depth), limit)).toBe(depth > limit);
      }),
    );
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsDepth(JSON.stringify({ text: '[[[[[[{{{{{{', quote: 'say \\"[[[[" ]' }), 2)).toBe(false);
  });

  it('agrees with JSON.stringify’s nesting on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        expect(exceedsDepth(text, depthOf(value))).toBe(false);
        if (depthOf(value) > 0) expect(exceedsDepth(text, depthOf(value) - 1)).toBe(true);
      }),
    );
  });

  it('scans 5,000 levels without recursion', () => {
    expect(exceedsDepth(nest(5_000), 64)).toBe(true);
  });
});

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Object.values(value as Record<string, unknown>);
  return 1 + Math.max(0, ...children.map(depthOf));
}
