import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleMalformedError, readArticle, readArticleFile } from '../../../server/extractor/read-article.js';

const SEED_PATH = 'seeds/000_6ff62da4ed2f94fb.txt';

function captureError(read: () => unknown): ArticleMalformedError {
  try {
    read();
  } catch (error) {
    return error as ArticleMalformedError;
  }
  throw new Error('expected readArticle to throw');
}

describe('readArticle on the seed article', () => {
  const content = readFileSync(SEED_PATH, 'utf8');
  const article = readArticle(content, { fileName: SEED_PATH });

  it('takes the headline as the title and the dateline as the publication day', () => {
    expect(article.title).toBe('Kerry: Russia must stop bombing women, children in Syria');
    expect(article.published).toBe('2016-02-06');
  });

  it('keeps the text identical to the file, non-breaking spaces included', () => {
    expect(article.text).toBe(content);
    expect(article.text).toContain('has\u00a0urged');
  });

  it('names the article after the file', () => {
    expect(article).toMatchObject({ id: '000_6ff62da4ed2f94fb', source: '', url: '' });
  });
});

describe('readArticle format choice', () => {
  const text = 'Talks resume\n12 March 2019\n\nDiplomats met in Geneva.\n';
  const json = JSON.stringify({ id: 'a1', title: 'T', published: '2019-03-12', url: '', source: '', text: 'Body.' });
  const html = '<html><head><meta property="article:published_time" content="2019-03-12"><title>T</title></head><body><p>Body.</p></body></html>';

  it('sniffs JSON, HTML and text from the content when no file name is given', () => {
    expect(readArticle(json).id).toBe('a1');
    expect(readArticle(html).text).toBe('Body.');
    expect(readArticle(text).text).toBe(text);
  });

  it('follows the file extension over the content', () => {
    const markupNote = '<p>Short note</p>\n6 February, 2016\n';
    expect(readArticle(markupNote, { fileName: 'note.txt' }).text).toBe(markupNote);
    expect(() => readArticle(text, { fileName: 'story.article.json' })).toThrow(ArticleMalformedError);
  });

  it('follows an explicit format over the extension', () => {
    expect(readArticle(text, { fileName: 'x.json', format: 'text' }).title).toBe('Talks resume');
  });

  it('drops a leading byte-order mark before reading the header', () => {
    expect(readArticle('\uFEFFtitle: T\npublished: 2016-02-06\n\nBody')).toMatchObject({ title: 'T', text: 'Body' });
  });

  it('derives a stable 16-hex id from the content when there is no file name', () => {
    const first = readArticle(text).id;
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(readArticle(text).id).toBe(first);
    expect(readArticle(`${text} `).id).not.toBe(first);
  });
});

describe('readArticle rejections', () => {
  it.each([
    ['empty input', ''],
    ['whitespace-only input', ' \n\t\n'],
    ['binary garbage', 'PK\u0003\u0004\u0000\u0000garbage'],
    ['a JSON array', '[1, 2]'],
    ['broken JSON', '{"title": '],
    ['text without any date', 'A headline\n\nSomething happened somewhere.'],
  ])('rejects %s with an ArticleMalformedError', (_, content) => {
    const error = captureError(() => readArticle(content, { fileName: 'bad.txt' }));
    expect(error).toBeInstanceOf(ArticleMalformedError);
    expect(error.name).toBe('ArticleMalformedError');
    expect(error.message).not.toContain('\n');
  });

  it('names the file and the reason in the message', () => {
    const error = captureError(() => readArticle('Headline\n\nNo date here.', { fileName: 'inbox/story.txt' }));
    expect(error.fileName).toBe('inbox/story.txt');
    expect(error.message).toContain('inbox/story.txt');
    expect(error.reason).toContain("add a 'published: YYYY-MM-DD' header line");
  });
});

describe('readArticleFile', () => {
  it('reads a file as UTF-8 and names the article after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-article-'));
    const path = join(dir, 'Geneva Talks.md');
    writeFileSync(path, '# Geneva talks\n\nFeb. 6, 2016 5:03 PM\n\nText.\n');
    await expect(readArticleFile(path)).resolves.toMatchObject({ id: 'geneva_talks', title: 'Geneva talks', published: '2016-02-06' });
  });

  it('rejects a missing file with an ArticleMalformedError naming it', async () => {
    await expect(readArticleFile('/nonexistent/story.txt')).rejects.toMatchObject({
      name: 'ArticleMalformedError',
      fileName: '/nonexistent/story.txt',
    });
  });
});

describe('readArticle text invariant', () => {
  it('keeps header-less text byte for byte', () => {
    // Control characters and U+FFFD are the reader's sign of binary input, which it rightly refuses.
    const line = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\r\n\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/.test(s));
    const body = fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(line, body, (headline, rest) => {
        const content = `${headline}\n6 February, 2016\n${rest}`;
        fc.pre(/\S/.test(headline) && !/^\s*(title|published|url|source|id)\s*:/i.test(headline));
        expect(readArticle(content, { format: 'text' }).text).toBe(content);
      }),
    );
  });
});
