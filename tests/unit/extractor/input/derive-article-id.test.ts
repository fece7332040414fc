import { describe, expect, it } from 'vitest';
import { deriveArticleId } from '../../../../server/extractor/input/derive-article-id.js';

describe('deriveArticleId', () => {
  it.each([
    ['seeds/000_6ff62da4ed2f94fb.txt', '000_6ff62da4ed2f94fb'],
    ['/tmp/bench/kerry-geneva.article.json', 'kerry-geneva'],
    ['Geneva Talks (Feb 2016).html', 'geneva_talks_feb_2016'],
    ['report.v2.pdf', 'report_v2'],
  ])('slugs %s to %s', (fileName, id) => {
    expect(deriveArticleId('content', fileName)).toBe(id);
  });

  it('hashes the content when there is no usable file name', () => {
    const id = deriveArticleId('some body');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(deriveArticleId('some body', '....txt')).toBe(id);
    expect(deriveArticleId('other body')).not.toBe(id);
  });
});
