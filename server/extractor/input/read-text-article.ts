/**
 * Reads a text or markdown article as a reader copies it from a web page. The text after the
 * optional header is kept byte for byte: evidence offsets index into it, and the extractor,
 * not the reader, decides what is noise.
 */
import type { Article } from '../../contract/extraction.js';
import { ArticleMalformedError } from './article-malformed-error.js';
import { deriveArticleId } from './derive-article-id.js';
import { findDatelineDay, parseExplicitDay } from './find-published-date.js';
import { splitHeaderLines } from './split-header-lines.js';

const MARKDOWN_HEADING = /^\s*#{1,6}\s+/;

export function readTextArticle(content: string, fileName?: string): Article {
  const { header, body } = splitHeaderLines(content);
  if (body.trim() === '') throw new ArticleMalformedError('no article text', fileName);
  return {
    id: header.id || deriveArticleId(content, fileName),
    title: header.title || findTitleLine(body),
    published: readPublished(header.published, body, fileName),
    source: header.source ?? '',
    url: header.url ?? '',
    text: body,
  };
}

/** The first non-empty line, without a markdown heading marker. */
export function findTitleLine(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((candidate) => candidate.trim() !== '') ?? '';
  return line.replace(MARKDOWN_HEADING, '').trim();
}

function readPublished(headerValue: string | undefined, body: string, fileName?: string): string {
  if (headerValue) {
    const day = parseExplicitDay(headerValue);
    if (!day) throw new ArticleMalformedError(`header 'published: ${headerValue}' is not a date (use YYYY-MM-DD)`, fileName);
    return day;
  }
  const day = findDatelineDay(body);
  if (!day) throw new ArticleMalformedError("no publication date: add a 'published: YYYY-MM-DD' header line", fileName);
  return day;
}
