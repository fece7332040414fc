import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const appealOf = (text: string) => extractRecorded(buildArticle(text)).events.find((e) => e.type === 'statement')?.date;

describe('narrative time', () => {
  it('dates an undated act on the day of the act of the same actors told just before', () => {
    expect(appealOf('The president of Chad met the foreign minister of Sudan in Ndjamena on Monday. Chad urged Sudan to reopen the border.')).toEqual({ start: '2017-03-06', end: '2017-03-06', precision: 'day' });
  });

  it('leaves a present perfect, and an act of other actors, to the span from the day of the news to the report', () => {
    const news = { start: '2017-03-06', end: '2017-03-11', precision: 'day' };
    expect(appealOf('The president of Chad met the foreign minister of Sudan in Ndjamena on Monday. Chad has urged Sudan to reopen the border.')).toEqual(news);
    expect(appealOf('The president of Chad met the foreign minister of Sudan in Ndjamena on Monday. Kenya urged Niger to reopen the border.')).toEqual(news);
  });
});
