import { describe, expect, it } from 'vitest';
import { lexicons } from '../../../../server/extractor/lexicons/load-lexicons.js';
import { locateTrigger, readMood } from '../../../../server/extractor/events/read-mood.js';
import type { Trigger } from '../../../../server/extractor/document-model.js';
import { annotateRecorded, extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

/** The mood of the word `word` in `text`, read as a trigger of that form. */
function moodOf(text: string, word: string, form: 'noun' | 'verb') {
  const start = text.indexOf(word);
  const trigger: Trigger = { start, end: start + word.length, text: word, segment: 0, type: 'meeting', subtype: null, form };
  const clause = locateTrigger(annotateRecorded(text), trigger);
  return clause && readMood(clause, lexicons.moods);
}

describe('readMood', () => {
  it('reads a modal only in the clause it governs', () => {
    expect(moodOf('Kenya could attack Somalia, but Sudan met Chad on Friday.', 'attack', 'verb')).toBe('hypothetical');
    expect(moodOf('Kenya could attack Somalia, but Sudan met Chad on Friday.', 'met', 'verb')).toBe('asserted');
  });

  it('reads negation, failure and "yet to" on the verb chain', () => {
    expect(moodOf('No agreement was reached between Chad and Sudan.', 'agreement', 'noun')).toBe('negated');
    expect(moodOf('The warring parties failed to agree upon a ceasefire.', 'ceasefire', 'noun')).toBe('unfulfilled');
    expect(moodOf('Chad has yet to meet Sudan.', 'meet', 'verb')).toBe('unfulfilled');
    expect(moodOf('Norway is trying to mediate between the two parties.', 'mediate', 'verb')).toBe('unfulfilled');
  });

  it('reads a purpose and a condition', () => {
    expect(moodOf('The envoys flew to Doha in an effort to reach a deal with the rebels.', 'deal', 'noun')).toBe('purpose');
    expect(moodOf('Chad and Sudan will meet next week in order to reach a truce.', 'reach', 'verb')).toBe('purpose');
    expect(moodOf('If the army attacked the town again, Niger would recall its envoy.', 'attacked', 'verb')).toBe('conditional');
    expect(moodOf('If the army attacked the town again, Niger would recall its envoy.', 'recall', 'verb')).toBe('asserted');
    expect(moodOf('Sudan said that if the rebels withdrew from the border and the army halted its raids, talks would resume.', 'halted', 'verb')).toBe('conditional');
  });

  it('reads a verb told as a habit as no single event', () => {
    expect(moodOf('Peru has always condemned raids on its neighbours.', 'condemned', 'verb')).toBe('habitual');
    expect(moodOf('Peru condemned the raid on Chile on Monday.', 'condemned', 'verb')).toBe('asserted');
  });

  it('leaves a subject noun asserted whatever its predicate says of it', () => {
    expect(moodOf('The truce between Chad and Sudan can be renewed next month.', 'truce', 'noun')).toBe('asserted');
  });

  it('gives a conjunct the modal of the verb before it only in the same verb form', () => {
    expect(moodOf('The rebels could attack the port and seize the airport.', 'seize', 'verb')).toBe('hypothetical');
  });
});

describe('buildEvents with moods', () => {
  const extract = (text: string) => extractRecorded(buildArticle(text)).events;

  it('keeps a meeting reported beside a hypothetical attack', () => {
    expect(extract('Kenya could attack Somalia, but Sudan met Chad on Friday.').map((e) => e.type)).toEqual(['meeting']);
  });

  it('keeps a truce the parties failed to agree on as planned', () => {
    expect(extract('Chad and Sudan failed to agree upon a ceasefire.').find((e) => e.type === 'ceasefire')?.status).toBe('planned');
  });
});
