import { describe, expect, it } from 'vitest';
import { splitHeaderLines } from '../../../../server/extractor/input/split-header-lines.js';

describe('splitHeaderLines', () => {
  it('reads key: value lines up to the blank line and keeps the body byte for byte', () => {
    const body = '  Indented first line\u00a0with NBSP\n\nSecond paragraph.  \n';
    const content = `Title: Talks in Geneva\npublished: 2016-02-06\nURL: https://example.org/x\nsource:  The Wire \nid: geneva-1\n\n${body}`;
    expect(splitHeaderLines(content)).toEqual({
      header: { title: 'Talks in Geneva', published: '2016-02-06', url: 'https://example.org/x', source: 'The Wire', id: 'geneva-1' },
      body,
    });
  });

  it('accepts Windows line endings', () => {
    expect(splitHeaderLines('title: T\r\n\r\nBody\r\n')).toEqual({ header: { title: 'T' }, body: 'Body\r\n' });
  });

  it('treats a headline with a colon as content, not a header', () => {
    const content = 'Envoy: Both sides must stop shelling\n\nText.';
    expect(splitHeaderLines(content)).toEqual({ header: {}, body: content });
  });

  it('ignores key lines that are not closed by a blank line', () => {
    const content = 'Source: Reuters\nDiplomats met on Friday.\n';
    expect(splitHeaderLines(content)).toEqual({ header: {}, body: content });
  });

  it('ignores header lines that do not open the input', () => {
    const content = '\ntitle: T\n\nBody';
    expect(splitHeaderLines(content)).toEqual({ header: {}, body: content });
  });
});
