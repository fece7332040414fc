import { describe, expect, it } from 'vitest';
import { readJsonArticle } from '../../../../server/extractor/input/read-json-article.js';

const ARTICLE = { id: 'a1', title: 'Talks', published: '2016-02-06', url: 'https://example.org', source: 'Wire', text: 'Body.' };

describe('readJsonArticle', () => {
  it('returns a complete article as given', () => {
    expect(readJsonArticle(JSON.stringify(ARTICLE))).toEqual(ARTICLE);
  });

  it('defaults a missing id to the file name and missing url and source to empty strings', () => {
    const { title, published, text } = ARTICLE;
    expect(readJsonArticle(JSON.stringify({ title, published, text, url: null }), 'in/talks.article.json')).toEqual({
      id: 'talks',
      title,
      published,
      text,
      url: '',
      source: '',
    });
  });

  it('lists every invalid field in one message', () => {
    const bad = JSON.stringify({ ...ARTICLE, published: '06/02/2016', text: '' });
    expect(() => readJsonArticle(bad, 'x.json')).toThrow(/published: .*; text: /);
  });

  it.each(['"a string"', '42', 'null', '[]'])('rejects the non-object JSON %s', (content) => {
    expect(() => readJsonArticle(content)).toThrow(expect.objectContaining({ name: 'ArticleMalformedError' }));
  });
});
