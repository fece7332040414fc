/** Gives an article a deterministic id when its input names none: the file's slugged base name, else a content hash. */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

const ARTICLE_EXTENSIONS = /(\.article)?\.(json|txt|text|md|markdown|x?html?)$/i;
const HASH_LENGTH = 16;

export function deriveArticleId(content: string, fileName?: string): string {
  const slug = fileName ? slugFileName(fileName) : '';
  return slug || hashContent(content);
}

function slugFileName(fileName: string): string {
  const base = basename(fileName);
  const stem = ARTICLE_EXTENSIONS.test(base) ? base.replace(ARTICLE_EXTENSIONS, '') : base.replace(/\.[^.]*$/, '');
  return stem
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '');
}

function hashContent(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
