/**
 * Separates optional `key: value` header lines (title, published, url, source, id) from the top
 * of a text article. The header must open the input and end with a blank line; anything else
 * ("Envoy: both sides must stop…") is content and is left alone.
 */
export const HEADER_KEYS = ['title', 'published', 'url', 'source', 'id'] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];
export type Header = Partial<Record<HeaderKey, string>>;

const KEYS = HEADER_KEYS.join('|');
const HEADER_BLOCK = new RegExp(`^(?:(?:${KEYS})[ \\t]*:[^\\r\\n]*(?:\\r\\n|\\n|\\r))+[ \\t]*(?:\\r\\n|\\n|\\r|$)`, 'i');
const HEADER_LINE = new RegExp(`^(${KEYS})[ \\t]*:(.*)$`, 'i');

/** The header fields and the body after the header's blank line, byte for byte. */
export function splitHeaderLines(content: string): { header: Header; body: string } {
  const block = HEADER_BLOCK.exec(content);
  if (!block) return { header: {}, body: content };
  const header: Header = {};
  for (const line of block[0].split(/\r\n|\n|\r/)) {
    const field = HEADER_LINE.exec(line);
    if (field) header[field[1]!.toLowerCase() as HeaderKey] = field[2]!.trim();
  }
  return { header, body: content.slice(block[0].length) };
}
