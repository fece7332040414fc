/**
 * Reads what a news page declares about itself in its markup: Open Graph tags, the canonical
 * link, `<time datetime>` and JSON-LD. Runs before Readability, which strips scripts and meta.
 */
export interface HtmlMetadata {
  title: string;
  published: string;
  url: string;
  source: string;
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'date'];

export function readHtmlMetadata(document: Document): HtmlMetadata {
  return {
    title: readMeta(document, 'og:title') || readMeta(document, 'twitter:title'),
    published: PUBLISHED_META.map((key) => readMeta(document, key)).find(Boolean) || readTimeElement(document) || readJsonLdPublished(document),
    url: readMeta(document, 'og:url') || readAttribute(document, 'link[rel="canonical"]', 'href'),
    source: readMeta(document, 'og:site_name'),
  };
}

function readMeta(document: Document, key: string): string {
  const selector = `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`;
  return readAttribute(document, selector, 'content');
}

function readAttribute(document: Document, selector: string, attribute: string): string {
  return document.querySelector(selector)?.getAttribute(attribute)?.trim() ?? '';
}

function readTimeElement(document: Document): string {
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return time?.getAttribute('datetime')?.trim() ?? '';
}

function readJsonLdPublished(document: Document): string {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const published = findDatePublished(parseJsonOrNull(script.textContent ?? ''));
    if (published) return published;
  }
  return '';
}

// JSON-LD nests its objects in arrays and `@graph` lists; the article is any node with datePublished.
function findDatePublished(node: unknown): string {
  if (Array.isArray(node)) return node.map(findDatePublished).find(Boolean) ?? '';
  if (typeof node !== 'object' || node === null) return '';
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished.trim();
  return findDatePublished(record['@graph']);
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
