import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));
// The state must be an actor of the article: a demonym alone names none.
const attacks = (text: string) => extract(`Relations between Chad and Sudan are tense. ${text}`).events.filter((e) => e.type === 'offensive').map((e) => e.participants);

describe('attackedStates', () => {
  it('makes the state whose place an attack strikes its target', () => {
    expect(attacks('Chad shelled the Sudanese border town of Tine on Monday.')).toEqual([
      [
        { actor: 'chad', role: 'source' },
        { actor: 'sudan', role: 'target' },
      ],
    ]);
    expect(attacks('Chad fired rockets at two Sudanese border posts on Monday.')).toEqual([
      [
        { actor: 'chad', role: 'source' },
        { actor: 'sudan', role: 'target' },
      ],
    ]);
  });

  it('leaves out the state of the people an attack kills', () => {
    expect(attacks('Chad killed Sudanese civilians on Monday.')).toEqual([[{ actor: 'chad', role: 'source' }]]);
  });
});
