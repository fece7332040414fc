import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));
const actorsOf = (text: string, type: string) =>
  extract(text)
    .events.filter((e) => e.type === type)
    .map((e) => e.participants.map((p) => p.actor).sort());

const WAR = 'Chadian rebels have fought the government of Chad since 2019.';

describe('findConflictSides', () => {
  it("gives a truce that names one side of the article's war the other side too", () => {
    expect(actorsOf(`${WAR} Last Monday the rebels accepted a truce proposed by Kenya.`, 'ceasefire')).toEqual([['chad', 'chadian_rebels', 'kenya']]);
  });

  it('addresses a statement on that truce to both sides', () => {
    const statement = extract(`${WAR} Last Monday the rebels accepted a truce. Kenya welcomed the truce on Tuesday.`).events.find((e) => e.type === 'statement' && e.summary.includes('welcomed'));
    expect(statement?.participants.filter((p) => p.role === 'target').map((p) => p.actor).sort()).toEqual(['chad', 'chadian_rebels']);
  });

  it('gives a truce the other side of an attack the article tells after it', () => {
    const text = 'On Monday Chad violated the armistice. Chad fired rockets at Niger on Monday.';
    expect(actorsOf(text, 'ceasefire')).toEqual([['chad', 'niger']]);
  });

  it('adds no side to a truce between others', () => {
    expect(actorsOf(`${WAR} Last Monday Kenya and Uganda agreed to a truce.`, 'ceasefire')).toEqual([['kenya', 'uganda']]);
  });

  it('makes the other side the target of an attack by one side that names no target', () => {
    const attack = extract('Chadian rebels are at war with the government of Chad. On Monday the rebels shelled the town of Abeche.').events.find((e) => e.type === 'offensive' && e.summary.includes('shelled'));
    expect(attack?.participants).toEqual([
      { actor: 'chadian_rebels', role: 'source' },
      { actor: 'chad', role: 'target' },
    ]);
  });

  it('adds no side to an attack on someone else', () => {
    expect(actorsOf(`${WAR} Last Monday the rebels attacked Kenya.`, 'offensive').at(-1)).toEqual(['chadian_rebels', 'kenya']);
  });

  it("makes a deal that names no party, in an article on one war, a deal between the war's two sides", () => {
    expect(actorsOf(`${WAR} A peace accord was signed in Nairobi in 2021.`, 'agreement')).toEqual([['chad', 'chadian_rebels']]);
  });

  it('gives no sides to a deal that names no party when the article tells of no war', () => {
    expect(actorsOf('A peace accord was signed in Nairobi in 2021.', 'agreement')).toEqual([]);
  });
});
