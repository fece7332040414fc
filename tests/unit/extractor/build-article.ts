/** Test factory: an article around a text written for the test, published on a chosen day. */
import type { Article } from '../../../server/contract/extraction.js';

export function buildArticle(text: string, published = '2017-03-11', overrides: Partial<Article> = {}): Article {
  return { id: 'test-article', title: '', published, url: '', source: 'test', text, ...overrides };
}
