/**
 * Flattens an HTML subtree into readable text: one paragraph per block element, paragraphs
 * separated by blank lines, runs of markup whitespace collapsed as a browser would render them.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// Markup whitespace only: a non-breaking space is content and survives.
const MARKUP_SPACE = /[ \t\r\n\f]+/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function collectParagraphs(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current.replace(MARKUP_SPACE, ' ').replace(/ ?\0 ?/g, '\n').replace(/^[ \n]+|[ \n]+$/g, '');
    if (paragraph.trim() !== '') paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) current += node.nodeValue ?? '';
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    // HTML parsers never leave a NUL in text, so it can stand for a line break until spaces collapse.
    if (tag === 'BR') current += '\0';
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    node.childNodes.forEach(visit);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n\n');
}
