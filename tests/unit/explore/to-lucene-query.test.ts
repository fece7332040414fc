import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEdits, toLuceneQuery } from '../../../server/explore/to-lucene-query.js';

describe('toLuceneQuery', () => {
  it('requires every word, whole, as a prefix or within a typo', () => {
    expect(toLuceneQuery('John ker')).toBe('(john^3 OR john*^2 OR john~1) AND (ker^3 OR ker*^2 OR ker~1)');
  });

  it('leaves out the stop words the index leaves out, AND, OR and NOT among them', () => {
    expect(toLuceneQuery('the Kerry AND NOT Lavrov')).toBe('(kerry^3 OR kerry*^2 OR kerry~1) AND (lavrov^3 OR lavrov*^2 OR lavrov~2)');
    expect(toLuceneQuery('NOT')).toBeNull();
  });

  it('splits at syntax characters as the index analyzer splits words', () => {
    expect(toLuceneQuery('al-Assad')).toBe('(al^3 OR al*^2) AND (assad^3 OR assad*^2 OR assad~1)');
  });

  it('folds accents, which Lucene would leave on prefix and fuzzy terms', () => {
    expect(toLuceneQuery('Misturá Erdoğan')).toBe('(mistura^3 OR mistura*^2 OR mistura~2) AND (erdogan^3 OR erdogan*^2 OR erdogan~2)');
  });

  it('allows no typo in one or two letters, one up to five letters and two beyond', () => {
    expect(['eu', 'kery', 'lavrv', 'mistura'].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });

  it('answers null when no word is left', () => {
    expect(toLuceneQuery(' *:* ()" ')).toBeNull();
  });

  it('never lets a Lucene syntax character through', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const query = toLuceneQuery(text);
        const words = query?.replace(/\^[23]|\*|~[12]|\(|\)| OR | AND /g, ' ') ?? '';
        expect(words).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
      }),
    );
  });
});
