import { describe, expect, it } from 'vitest';
import { datesOfEvent } from '../../../../server/extractor/dates/attach-dates.js';
import type { Trigger } from '../../../../server/extractor/document-model.js';
import { locateTrigger } from '../../../../server/extractor/events/read-mood.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';

// 2017-03-11 is a Saturday.
const PUBLISHED = '2017-03-11';

/** The days the tree gives the event word `word` of `text`, the other listed words being the article's other event words. */
function daysOf(text: string, word: string, form: 'noun' | 'verb', others: string[] = [], direction: 'past' | 'future' = 'past') {
  const at = (w: string): Trigger => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, segment: 0, type: 'meeting', subtype: null, form });
  const clause = locateTrigger(annotateRecorded(text), at(word));
  if (!clause) throw new Error(`no token for ${word}`);
  return datesOfEvent(clause, { text, published: PUBLISHED, triggers: [word, ...others].map(at) }, direction).map((d) => d.start);
}

describe('datesOfEvent', () => {
  it('gives a date to the verb that governs it, not to every event of the sentence', () => {
    const text = 'The minister said on Thursday that the rebels had attacked the convoy.';
    expect(daysOf(text, 'said', 'verb', ['attacked'])).toEqual(['2017-03-09']);
    expect(daysOf(text, 'attacked', 'verb', ['said'])).toEqual([]);
  });

  it('dates an undated act by the statement that tells it', () => {
    expect(daysOf('The minister said on Thursday that the rebels attacked the convoy.', 'attacked', 'verb', ['said'])).toEqual(['2017-03-09']);
  });

  it('dates an event noun by the verb acting on it or the participle describing it', () => {
    expect(daysOf('Chad and Sudan held talks in Doha on Monday.', 'talks', 'noun')).toEqual(['2017-03-06']);
    expect(daysOf('The envoys praised the accord signed by both sides in 2015.', 'accord', 'noun', ['praised'])).toEqual(['2015-01-01']);
  });

  it('leaves a date hung from another event noun to that event', () => {
    const text = 'Kenya convened the summit after the bombing of the market last month.';
    expect(daysOf(text, 'convened', 'verb', ['bombing'])).toEqual([]);
    expect(daysOf(text, 'bombing', 'noun', ['convened'])).toEqual(['2017-02-01']);
  });

  it('leaves the date of an act set under an event noun to that act', () => {
    const text = 'Under the truce, the convoys will leave the town on Friday.';
    expect(daysOf(text, 'truce', 'noun', ['leave'], 'future')).toEqual([]);
    expect(daysOf(text, 'leave', 'verb', ['truce'], 'future')).toEqual(['2017-03-17']);
  });

  it('gives one day per weekday of a coordinated list', () => {
    expect(daysOf('The envoy met both sides on Monday and on Thursday.', 'met', 'verb')).toEqual(['2017-03-06', '2017-03-09']);
  });

  it('gives one date per year of a coordinated list, also when the participle hangs from the noun the event completes', () => {
    expect(daysOf('Chad and Sudan signed peace deals in 2009 and 2012.', 'deals', 'noun')).toEqual(['2009-01-01', '2012-01-01']);
    expect(daysOf('The rebels urged Chad to respect the terms of peace deals signed in 2009 and 2012.', 'deals', 'noun')).toEqual(['2009-01-01', '2012-01-01']);
  });

  it('gives a coordinated verb under one subject the date of the first', () => {
    expect(daysOf('The delegations met on Tuesday and discussed a truce.', 'discussed', 'verb', ['met'])).toEqual(['2017-03-07']);
  });

  it('dates an event noun by the complement of the participle that describes it', () => {
    expect(daysOf('The envoy will oversee negotiations set to open on Tuesday in Accra.', 'negotiations', 'noun', ['oversee'], 'future')).toEqual(['2017-03-14']);
  });

  it('dates an event noun called recent by the days before publication, and no other event of the sentence', () => {
    const text = 'The cabinet met after the minister was briefed on a recent attack on the convoy.';
    expect(daysOf(text, 'attack', 'noun', ['met'])).toEqual(['2017-03-04']);
    expect(daysOf(text, 'met', 'verb', ['attack'])).toEqual([]);
  });

  it('dates a clause relative to a date by that date, not by the span a "since" opens', () => {
    const text = 'Thousands of villagers have fled since early February, when the army shelled the border towns.';
    const at = (w: string): Trigger => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, segment: 0, type: 'offensive', subtype: null, form: 'verb' });
    const clause = locateTrigger(annotateRecorded(text), at('shelled'));
    expect(clause && datesOfEvent(clause, { text, published: PUBLISHED, triggers: [at('shelled')] }, 'past')).toEqual([{ start: '2017-02-01', end: '2017-02-10', precision: 'month' }]);
  });

  it('counts "the same day" from the date of the main clause of the sentence before, not of a clause inside it', () => {
    const text = 'The government of Chad met Sudanese envoys in Doha on Monday, days after it accused Sudan on Thursday of shelling Abeche. The same day, Niger condemned Sudan over the shelling.';
    const at = (w: string): Trigger => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, segment: 0, type: 'statement', subtype: null, form: 'verb' });
    const nlp = annotateRecorded(text);
    const clause = locateTrigger(nlp, at('condemned'));
    expect(clause && datesOfEvent(clause, { text, published: PUBLISHED, triggers: [at('condemned')], nlp }, 'past').map((d) => d.start)).toEqual(['2017-03-06']);
  });
});
