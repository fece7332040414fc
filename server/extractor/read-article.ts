/**
 * The article reader: turns whatever an analyst drops in (article JSON, text or markdown copied
 * from a page, a saved HTML page) into an `Article`, or throws `ArticleMalformedError`.
 */
import { readFile } from 'node:fs/promises';
import { ArticleSchema, type Article } from '../contract/extraction.js';
import { ArticleMalformedError } from './input/article-malformed-error.js';
import { describeSchemaIssues } from './input/describe-schema-issues.js';
import { detectFormat, type ArticleFormat } from './input/detect-format.js';
import { readHtmlArticle } from './input/read-html-article.js';
import { readJsonArticle } from './input/read-json-article.js';
import { readTextArticle } from './input/read-text-article.js';

export { ArticleMalformedError } from './input/article-malformed-error.js';
export type { ArticleFormat } from './input/detect-format.js';

export interface ReadArticleOptions {
  fileName?: string;
  format?: ArticleFormat;
}

const READERS: Record<ArticleFormat, (content: string, fileName?: string) => Article> = {
  json: readJsonArticle,
  text: readTextArticle,
  html: readHtmlArticle,
};

const BYTE_ORDER_MARK = '\uFEFF';
// C0 controls other than tab, line feed, form feed and carriage return, and U+FFFD (bytes that were not UTF-8).
const BINARY_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/g;
// A few stray characters survive copy and paste; past this share the input is not text at all.
const MAX_BINARY_SHARE = 0.01;

/** Reads one article from its content; the format comes from `format`, the file extension or the content. */
export function readArticle(content: string, options: ReadArticleOptions = {}): Article {
  const { fileName, format } = options;
  if (typeof content !== 'string' || content.trim() === '') throw new ArticleMalformedError('empty input', fileName);
  if (looksBinary(content)) throw new ArticleMalformedError('binary content, not text', fileName);
  // A leading byte-order mark says how the file was encoded; it is not part of the article.
  const text = content.startsWith(BYTE_ORDER_MARK) ? content.slice(1) : content;
  const article = READERS[detectFormat(text, fileName, format)](text, fileName);
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) throw new ArticleMalformedError(describeSchemaIssues(checked.error), fileName);
  return checked.data;
}

/** Reads an article file as UTF-8; a missing or unreadable file is an `ArticleMalformedError` naming it. */
export async function readArticleFile(path: string): Promise<Article> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArticleMalformedError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`, path);
  }
  return readArticle(content, { fileName: path });
}

function looksBinary(content: string): boolean {
  if (content.includes('\u0000')) return true;
  const suspicious = content.match(BINARY_CHARACTER)?.length ?? 0;
  return suspicious / content.length > MAX_BINARY_SHARE;
}
