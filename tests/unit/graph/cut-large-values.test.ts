import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutLargeValues } from '../../../server/graph/cut-large-values.js';

const limits = { listItems: 3, stringChars: 4 };

describe('cutLargeValues', () => {
  it('cuts lists and strings at any depth, with a marker saying how much is left out', () => {
    const value = { names: ['Russia', 'Iran', 'Syria', 'Turkey', 'Qatar'], nested: [[1, 2, 3, 4]], n: 7, ok: true, none: null };
    expect(cutLargeValues(value, limits)).toEqual({
      names: ['Russ… (2 more characters)', 'Iran', 'Syri… (1 more characters)', '… 2 more'],
      nested: [[1, 2, 3, '… 1 more']],
      n: 7,
      ok: true,
      none: null,
    });
  });

  it('leaves values within the limits as they are', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }), (list) => {
        expect(cutLargeValues({ list }, limits)).toEqual({ list });
      }),
    );
  });
});
