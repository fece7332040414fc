import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../../server/extractor/input/read-html-article.js';

const PARAGRAPHS = [
  'Chilean Foreign Minister Luis Soto&nbsp;urged Peru to reopen the border crossing, saying the closure was hurting farmers.',
  'The coming weeks will show whether the talks on trade and fishing rights can succeed, Soto said in Lima.',
  'Talks between the two neighbours stalled last month after a dispute over the maritime boundary.',
];

const HEADLINE = 'Chile presses Peru to reopen the border';

interface PageParts {
  head?: string;
  beforeArticle?: string;
  articleExtra?: string;
}

function buildPage({ head = '', beforeArticle = '', articleExtra = '' }: PageParts = {}): string {
  const body = PARAGRAPHS.map((p) => `<p>\n  ${p}\n</p>`).join('\n');
  return `<!doctype html><html><head><title>${HEADLINE} | The Wire</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${beforeArticle}
<article><h1>${HEADLINE}</h1>${articleExtra}${body}</article>
<footer>Copyright 2016 The Wire. All rights reserved.</footer></body></html>`;
}

const PUBLISHED_META = '<meta property="article:published_time" content="2016-02-06T17:03:00+00:00">';

describe('readHtmlArticle', () => {
  it('keeps the readable paragraphs, separated by blank lines, without navigation or footer', () => {
    const { text } = readHtmlArticle(buildPage({ head: PUBLISHED_META }));
    expect(text.split('\n\n')).toEqual(PARAGRAPHS.map((p) => p.replace('&nbsp;', '\u00a0')));
  });

  it('takes title, url and source from Open Graph tags', () => {
    const head = `${PUBLISHED_META}<meta property="og:title" content="Soto: Peru must reopen border">
      <meta property="og:url" content="https://thewire.example/soto"><meta property="og:site_name" content="The Wire">`;
    expect(readHtmlArticle(buildPage({ head }), 'soto.html')).toMatchObject({
      id: 'soto',
      title: 'Soto: Peru must reopen border',
      published: '2016-02-06',
      url: 'https://thewire.example/soto',
      source: 'The Wire',
    });
  });

  it('falls back to the document title without the site name and to the canonical link', () => {
    const head = `${PUBLISHED_META}<link rel="canonical" href="https://thewire.example/c">`;
    expect(readHtmlArticle(buildPage({ head }))).toMatchObject({ title: HEADLINE, url: 'https://thewire.example/c', source: '' });
  });

  it('reads the publication day from a <time datetime> element', () => {
    const page = buildPage({ articleExtra: '<time datetime="2016-02-05T23:10:00-05:00">Friday night</time>' });
    expect(readHtmlArticle(page).published).toBe('2016-02-05');
  });

  it('reads the publication day from JSON-LD inside an @graph', () => {
    const jsonLd = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2016-02-04' }] };
    const head = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
    expect(readHtmlArticle(buildPage({ head })).published).toBe('2016-02-04');
  });

  it('falls back to a dateline in the readable text', () => {
    const page = buildPage({ articleExtra: '<p class="dateline">Feb. 3, 2016 5:03 PM</p>' });
    expect(readHtmlArticle(page).published).toBe('2016-02-03');
  });

  it('reads a bare fragment and titles it with its first line when the markup names no title', () => {
    const article = readHtmlArticle('<p>Envoys meet in Vienna</p><p>6 February 2016</p><p>Talks began.</p>');
    expect(article).toMatchObject({ title: 'Envoys meet in Vienna', published: '2016-02-06', text: 'Envoys meet in Vienna\n\n6 February 2016\n\nTalks began.' });
  });

  it('rejects a page with no publication date', () => {
    expect(() => readHtmlArticle(buildPage(), 'undated.html')).toThrow(expect.objectContaining({ name: 'ArticleMalformedError', fileName: 'undated.html' }));
  });

  it('rejects a page with no text', () => {
    expect(() => readHtmlArticle(`<html><head>${PUBLISHED_META}</head><body><img src="x.png"></body></html>`)).toThrow(
      expect.objectContaining({ name: 'ArticleMalformedError' }),
    );
  });
});
