import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));
const roles = (e: { participants: Array<{ actor: string; role: string }> } | undefined) => e?.participants.map((p) => `${p.actor}:${p.role}`).sort();

describe('findMediators', () => {
  it('makes an actor said to act as a mediator the mediator of the talks and truces of the article', () => {
    const { events } = extract('Chad and Sudan held talks in Doha on Monday. Qatar, which is acting as a mediator, said the mood was good. Chad and Sudan agreed to a truce on Friday.');
    expect(roles(events.find((e) => e.type === 'talks'))).toEqual(['chad:participant', 'qatar:mediator', 'sudan:participant']);
    expect(roles(events.find((e) => e.type === 'ceasefire'))).toEqual(['chad:participant', 'qatar:mediator', 'sudan:participant']);
  });

  it('makes the subject of a mediating verb whose object is an event its mediator, but not of a verb on something else', () => {
    const { events } = extract('Oman hosted talks between Chad and Sudan on Monday. Kenya hosted refugees from Chad on Tuesday.');
    expect(roles(events.find((e) => e.type === 'talks'))).toEqual(['chad:participant', 'oman:mediator', 'sudan:participant']);
    expect(events.some((e) => e.participants.some((p) => p.actor === 'kenya' && p.role === 'mediator'))).toBe(false);
  });
});
