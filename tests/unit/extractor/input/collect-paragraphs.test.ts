import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../../../server/extractor/input/collect-paragraphs.js';

function collect(html: string): string {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  return collectParagraphs(document.getElementById('root')!);
}

describe('collectParagraphs', () => {
  it('puts one blank line between block elements and collapses markup whitespace', () => {
    expect(collect('<h2> Title\n </h2><p>First   <b>bold</b>\n sentence.</p><ul><li>one</li><li><p>two</p></li></ul>')).toBe(
      'Title\n\nFirst bold sentence.\n\none\n\ntwo',
    );
  });

  it('keeps a line break and non-breaking spaces inside a paragraph', () => {
    expect(collect('<p>Line one <br> line&nbsp;two</p>')).toBe('Line one\nline\u00a0two');
  });

  it('keeps loose text between blocks as its own paragraph and drops scripts', () => {
    expect(collect('Intro text<script>var x = 1;</script><p>Body</p>Outro')).toBe('Intro text\n\nBody\n\nOutro');
  });
});
