import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const eventsOf = (text: string) => extractRecorded(buildArticle(text)).events;

describe('undated events of a news report', () => {
  it('happened between the day the lead names and publication', () => {
    const events = eventsOf('The African Union on Thursday suspended Mali. Kenya condemned the suspension of Mali.');
    expect(events.find((e) => e.type === 'statement')?.date).toEqual({ start: '2017-03-09', end: '2017-03-11', precision: 'day' });
  });

  it('takes the day of the news from the first sentence of the story, not from a byline above it', () => {
    const events = eventsOf('By our Nairobi correspondent\n\nThe African Union on Thursday suspended Mali. Kenya condemned the suspension of Mali.');
    expect(events.find((e) => e.type === 'statement')?.date).toEqual({ start: '2017-03-09', end: '2017-03-11', precision: 'day' });
  });

  it('dates an undated statement on the day the article says its statements were made', () => {
    const events = eventsOf('Kenya has condemned Somalia over the raid. "This must stop," the Kenyan envoy told reporters on Friday.');
    expect(events.find((e) => e.type === 'statement')?.date).toEqual({ start: '2017-03-10', end: '2017-03-10', precision: 'day' });
  });

  it('happened on the publication day when the article names no recent day', () => {
    const events = eventsOf('Kenya condemned Somalia over the raid.');
    expect(events.find((e) => e.type === 'statement')?.date).toEqual({ start: '2017-03-11', end: '2017-03-11', precision: 'day' });
  });
});
