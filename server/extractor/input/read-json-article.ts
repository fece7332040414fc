/** Reads an `*.article.json` article; id, url and source may be left out and get the reader's defaults. */
import { ArticleSchema, type Article } from '../../contract/extraction.js';
import { ArticleMalformedError } from './article-malformed-error.js';
import { deriveArticleId } from './derive-article-id.js';
import { describeSchemaIssues } from './describe-schema-issues.js';

export function readJsonArticle(content: string, fileName?: string): Article {
  const value = parseJson(content, fileName);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArticleMalformedError(`JSON is ${Array.isArray(value) ? 'an array' : typeof value}, not an article object`, fileName);
  }
  const defaults = { id: deriveArticleId(content, fileName), url: '', source: '' };
  const parsed = ArticleSchema.safeParse({ ...defaults, ...withoutNulls(value) });
  if (!parsed.success) throw new ArticleMalformedError(`invalid article JSON: ${describeSchemaIssues(parsed.error)}`, fileName);
  return parsed.data;
}

function parseJson(content: string, fileName?: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new ArticleMalformedError(`not valid JSON (${(error as Error).message})`, fileName);
  }
}

// A null id, url or source means "not known", the same as leaving the field out.
function withoutNulls(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null));
}
