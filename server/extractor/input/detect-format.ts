/** Decides how to read an input: an explicit format, else the file extension, else the content's first characters. */
export type ArticleFormat = 'json' | 'text' | 'html';

const EXTENSION_FORMATS: ReadonlyArray<readonly [RegExp, ArticleFormat]> = [
  [/\.json$/i, 'json'],
  [/\.(txt|text|md|markdown)$/i, 'text'],
  [/\.x?html?$/i, 'html'],
];

// A document that opens with a doctype or an element name is markup; "<3" or "< 5" is prose.
const LEADING_TAG = /^<(!doctype\b|[a-z][a-z0-9-]*[\s/>])/i;

export function detectFormat(content: string, fileName?: string, format?: ArticleFormat): ArticleFormat {
  if (format) return format;
  const byExtension = fileName && EXTENSION_FORMATS.find(([pattern]) => pattern.test(fileName));
  if (byExtension) return byExtension[1];
  return sniffFormat(content);
}

function sniffFormat(content: string): ArticleFormat {
  const start = content.trimStart();
  if (start.startsWith('{')) return 'json';
  if (LEADING_TAG.test(start)) return 'html';
  return 'text';
}
