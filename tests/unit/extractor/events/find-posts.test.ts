import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

const extract = (text: string) => extractRecorded(buildArticle(text));
const statementActors = (text: string) => extract(text).events.find((e) => e.type === 'statement')?.participants.map((p) => p.actor);

describe('isPost', () => {
  it('leaves out the body a state\'s ambassador is posted to', () => {
    expect(statementActors('Kenyan Ambassador to the U.N. Ali Omar told the council that Chad had attacked Sudan.')).toEqual(['ali_omar', 'chad', 'kenya']);
  });

  it('keeps the body an envoy serves', () => {
    expect(statementActors('UN envoy Ivan Petrov condemned the attack on Monday.')).toEqual(['ivan_petrov', 'un']);
  });
});
