import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../support/extract-recorded.js';
import { buildArticle } from './build-article.js';
import { ownedArticles } from './owned-articles.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));

describe('extractArticle: events and roles', () => {
  it('makes an appeal from the speaker to the addressee, with the speaker\'s state', () => {
    const { events } = extract('Italian Foreign Minister Marco Neri urged Turkey on Thursday to reopen the border.');
    const appeal = events.find((e) => e.subtype === 'appeal');
    expect(appeal?.participants).toEqual([
      { actor: 'marco_neri', role: 'source' },
      { actor: 'turkey', role: 'target' },
      { actor: 'italy', role: 'source' },
    ]);
    expect(appeal?.date).toEqual({ start: '2017-03-09', end: '2017-03-09', precision: 'day' });
  });

  it('keeps a title with its name across the line break of a hard-wrapped article', () => {
    const text = [
      'Envoys meet in Tallinn',
      'TALLINN, March 9 The Estonian Foreign Minister',
      'Karin Tamm urged Russia on Thursday to release the',
      'two fishing boats its coast guard held last week.',
      'Finland backed the call.',
    ].join('\n');
    const appeal = extract(text).events.find((e) => e.subtype === 'appeal');
    expect(appeal?.participants).toEqual(expect.arrayContaining([{ actor: 'karin_tamm', role: 'source' }, { actor: 'estonia', role: 'source' }, { actor: 'russia', role: 'target' }]));
    expect(appeal?.evidence[0]?.text).toContain('Minister\nKarin Tamm');
  });

  it('plans a meeting announced for next week, with its place', () => {
    const { events } = extract('The Japanese Prime Minister Ken Sato is set to meet Chinese and South Korean officials in Tokyo next week.');
    const meeting = events.find((e) => e.type === 'meeting');
    expect(meeting).toMatchObject({ status: 'planned', place: 'Tokyo', date: { start: '2017-03-13', end: '2017-03-19', precision: 'week' } });
    expect(meeting?.participants.map((p) => p.actor)).toEqual(expect.arrayContaining(['ken_sato', 'china', 'south_korea']));
  });

  it('credits a mediator for brokered talks', () => {
    const { events } = extract('UN-brokered talks in Oslo collapsed earlier this week.');
    expect(events[0]).toMatchObject({ type: 'talks', participants: [{ actor: 'un', role: 'mediator' }], place: 'Oslo' });
  });

  it('makes sanctions run from who imposes them to who they target', () => {
    const { events } = extract('The European Union imposed new sanctions on Belarus on Friday.');
    expect(events[0]).toMatchObject({ type: 'sanctions', participants: [{ actor: 'eu', role: 'source' }, { actor: 'belarus', role: 'target' }] });
  });

  it('leaves negated and hypothetical mentions out', () => {
    expect(extract('Egypt did not attack Libya.').events).toEqual([]);
    expect(extract('If Egypt attacked Libya, Algeria would respond.').events).toEqual([]);
  });

  it('makes one event of one offensive mentioned twice', () => {
    const { events } = extract('Iraqi troops launched an offensive on Mosul on Monday. The offensive by Iraqi troops continued.');
    expect(events.filter((e) => e.type === 'offensive')).toHaveLength(1);
  });
});

describe('extractArticle: actors and relations', () => {
  it('lists every surface form of an actor as an alias', () => {
    const { actors } = extract('Iran rejected the plan. Tehran said Iranian diplomats would stay home.');
    expect(actors.find((a) => a.id === 'iran')?.aliases).toEqual(expect.arrayContaining(['Iran', 'Tehran', 'Iranian diplomats']));
  });

  it('derives LEADS, REPRESENTS and BACKS from titles and "X-backed"', () => {
    const text = 'Peruvian President Ana Ruiz met Chilean Foreign Minister Luis Soto. Venezuelan-backed Colombian rebels attacked the army.';
    const relations = extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(relations).toEqual(expect.arrayContaining(['ana_ruiz LEADS peru', 'luis_soto REPRESENTS chile', 'venezuela BACKS colombian_rebels']));
  });

  it('has every participant and relation end point among the actors', () => {
    const doc = extract('Russian-backed separatists shelled Ukrainian positions, Kiev said on Tuesday.');
    const ids = new Set(doc.actors.map((a) => a.id));
    for (const e of doc.events) for (const p of e.participants) expect(ids.has(p.actor)).toBe(true);
    for (const r of doc.relations) expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
  });
});

describe('extractArticle: invariants', () => {
  // Every article the project owns (the demo's seeds, the hand-annotated fixtures), annotated once by the real CoreNLP.
  const articles = ownedArticles();

  it.each(articles.map((a) => [a.id, a] as const))('gives evidence offsets that slice back to the evidence text (%s)', (_id, article) => {
    const doc = extractRecorded(article);
    const evidence = [...doc.events.flatMap((e) => e.evidence), ...doc.relations.flatMap((r) => r.evidence)];
    for (const e of evidence) expect(article.text.slice(e.start, e.end)).toBe(e.text);
  });

  it.each(articles.map((a) => [a.id, a] as const))('returns the same document for the same article (%s)', (_id, article) => {
    expect(JSON.stringify(extractRecorded(article))).toBe(JSON.stringify(extractRecorded(article)));
  });
});
