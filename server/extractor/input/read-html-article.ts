/**
 * Reads a saved news page: Readability finds the article body, the page's own metadata gives
 * title, date, url and site; a dateline in the readable text is the fallback date.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../../contract/extraction.js';
import { ArticleMalformedError } from './article-malformed-error.js';
import { collectParagraphs } from './collect-paragraphs.js';
import { deriveArticleId } from './derive-article-id.js';
import { findDatelineDay, parseExplicitDay } from './find-published-date.js';
import { readHtmlMetadata } from './read-html-metadata.js';
import { findTitleLine } from './read-text-article.js';

// A fragment ("<p>…</p>") gets the html and body elements Readability expects.
const WHOLE_DOCUMENT = /<(html|body)[\s>]/i;

export function readHtmlArticle(content: string, fileName?: string): Article {
  const { document } = parseHTML(WHOLE_DOCUMENT.test(content) ? content : `<html><body>${content}</body></html>`);
  const metadata = readHtmlMetadata(document);
  const documentTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  const firstHeading = document.querySelector('h1')?.textContent?.trim() ?? '';
  const readable = new Readability(document, { serializer: (node: Node) => node }).parse();
  const body = readable?.content ?? document.body;
  const text = body ? collectParagraphs(body) : '';
  if (text.trim() === '') throw new ArticleMalformedError('no readable text in the HTML', fileName);
  const published = parseExplicitDay(metadata.published) ?? findDatelineDay(text);
  if (!published) throw new ArticleMalformedError("no publication date: add <meta property=\"article:published_time\"> or a dateline", fileName);
  return {
    id: deriveArticleId(content, fileName),
    title: collapseSpaces(metadata.title || readable?.title || documentTitle || firstHeading || findTitleLine(text)),
    published,
    source: metadata.source || readable?.siteName?.trim() || '',
    url: metadata.url,
    text,
  };
}

function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
