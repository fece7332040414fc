import { describe, expect, it } from 'vitest';
import { parseCountryCodes, parseRootRanges } from '../../../scripts/import-gdelt/parse-root-ranges.js';

describe('parseRootRanges', () => {
  it('expands ranges and single roots into two-digit codes', () => {
    expect([...parseRootRanges('01-03,16,19-20')]).toEqual(['01', '02', '03', '16', '19', '20']);
  });

  it.each(['21', '08-02', 'x', ''])('refuses %o', (spec) => {
    expect(() => parseRootRanges(spec)).toThrow(/--roots/);
  });
});

describe('parseCountryCodes', () => {
  it('upper-cases three-letter codes and refuses others', () => {
    expect([...parseCountryCodes('syr, RUS')]).toEqual(['SYR', 'RUS']);
    expect(() => parseCountryCodes('SY')).toThrow('--countries: "SY" is not a three-letter CAMEO country code');
  });
});
