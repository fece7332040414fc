import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../../server/explore/to-lucene-query.js';

describe('toLuceneQuery', () => {
  it('requires every word, whole or as a prefix', () => {
    expect(toLuceneQuery('John ker')).toBe('(john^2 OR john*) AND (ker^2 OR ker*)');
  });

  it('keeps AND, OR and NOT as words, not operators', () => {
    expect(toLuceneQuery('NOT')).toBe('(not^2 OR not*)');
  });

  it('splits at syntax characters as the index analyzer splits words', () => {
    expect(toLuceneQuery('al-Assad')).toBe('(al^2 OR al*) AND (assad^2 OR assad*)');
  });

  it('answers null when no word is left', () => {
    expect(toLuceneQuery(' *:* ()" ')).toBeNull();
  });

  it('never lets a Lucene syntax character through', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const query = toLuceneQuery(text);
        const words = query?.replace(/\^2|\*|\(|\)| OR | AND /g, ' ') ?? '';
        expect(words).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
      }),
    );
  });
});
