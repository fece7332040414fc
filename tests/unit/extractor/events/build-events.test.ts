import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));

describe('buildEvents', () => {
  it('reads a verb form after a preposition or determiner as an adjective, not an event', () => {
    expect(extract('Residents of Chad went back to live in captured villages.').events).toEqual([]);
    expect(extract('Aid reached the besieged town, Niger said.').events.filter((e) => e.type === 'offensive')).toEqual([]);
  });

  it('gives a subjectless statement in a dashed list the speakers of the sentence that opens the list', () => {
    const text = 'The leaders of Peru met in Lima and strongly condemned the shelling of the border.\n\n– called on Chile to withdraw its troops;\n\n– stood in solidarity with Ecuador.';
    const listed = extract(text).events.filter((e) => e.subtype === 'appeal' || e.subtype === 'support');
    expect(listed.map((e) => [e.subtype, e.participants.map((p) => `${p.actor}:${p.role}`)])).toEqual([
      ['appeal', ['peru:source', 'chile:target']],
      ['support', ['peru:source', 'ecuador:target']],
    ]);
  });

  it('leaves a statement whose subject names no actor without a speaker, in a list or not, and keeps it for its addressee', () => {
    const statements = extract('Peru spoke first.\n\n– The envoy called on Chile to withdraw its troops.').events.filter((e) => e.type === 'statement');
    expect(statements.map((e) => e.participants)).toEqual([[{ actor: 'chile', role: 'target' }]]);
  });

  it('reads speaking with a counterpart as a meeting, and speaking to reporters as none', () => {
    expect(extract('The Peruvian president spoke with his Chilean counterpart on Monday.').events.map((e) => [e.type, e.participants.map((p) => p.actor)])).toEqual([['meeting', ['peru', 'chile']]]);
    expect(extract('The Peruvian minister spoke to reporters in Lima on Monday.').events).toEqual([]);
  });

  it('reads tense words after an event noun up to a relative clause, not beyond', () => {
    const planned = extract('A truce between Sudan and Chad should be in place within a month.').events[0];
    expect(planned).toMatchObject({ type: 'ceasefire', status: 'planned' });
    const occurred = extract('Sudan and Chad signed a truce that will be monitored by the African Union.').events.find((e) => e.type === 'ceasefire');
    expect(occurred?.status).toBe('occurred');
  });

  it('reports a meeting on two coordinated weekdays as two meetings', () => {
    const meetings = extract('The Kenyan envoy met Somalia on Monday and Thursday.').events.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.date.start)).toEqual(['2017-03-06', '2017-03-09']);
  });

  it('leaves a condition out but keeps the main clause after its comma', () => {
    const { events } = extract('If the truce holds, Chad and Sudan will hold talks in Doha.');
    expect(events.map((e) => e.type)).toEqual(['talks']);
    expect(events[0]?.status).toBe('planned');
  });

  it('calls an event dated after the publication day planned', () => {
    const talks = extract('The envoy set March 20 as the date for talks between Chad and Sudan.').events.find((e) => e.type === 'talks');
    expect(talks).toMatchObject({ status: 'planned', date: { start: '2017-03-20' } });
  });

  it('takes a convoy for aid and a military convoy for none', () => {
    expect(extract('The convoy was organised by the United Nations.').events[0]).toMatchObject({ type: 'humanitarian', participants: [{ actor: 'un', role: 'source' }] });
    expect(extract('A military convoy was organised by Chad.').events).toEqual([]);
  });

  it('dates an undated present perfect on the report day, apart from a dated earlier mention', () => {
    const text = 'The European Union has extended sanctions on Belarus. The EU first imposed sanctions on Belarus on 2 March 2015.';
    const sanctions = extract(text).events.filter((e) => e.type === 'sanctions');
    expect(sanctions.map((e) => e.date.start)).toEqual(['2017-03-11', '2015-03-02']);
  });

  it('reads a plural of earlier or many events as background, not an event', () => {
    expect(extract('Iran tested a missile banned by previous UN resolutions.').events.filter((e) => e.type === 'resolution')).toEqual([]);
    expect(extract('Chad and Sudan signed several earlier agreements.').events).toEqual([]);
  });

  it('takes an event\'s status and date from its own verb phrase, not from one coordinated after or before it', () => {
    const { events } = extract("Kenya's president urged Chad to give the talks time and was expected to travel to Khartoum on Tuesday.");
    expect(events.find((e) => e.type === 'statement')).toMatchObject({ status: 'occurred', date: { start: '2017-03-11' } });
    expect(events.find((e) => e.type === 'meeting')).toMatchObject({ status: 'planned', date: { start: '2017-03-14' }, participants: [{ actor: 'kenya', role: 'participant' }] });
    const accusation = extract('Britain said it would expel Russian diplomats and accused Russia of the poisoning.').events.find((e) => e.type === 'statement');
    expect(accusation?.status).toBe('occurred');
  });

  it('gives a participle the date of the verb it follows', () => {
    const accusation = extract('Chad cut ties with Sudan on Monday, accusing Khartoum of arming rebels.').events.find((e) => e.type === 'statement');
    expect(accusation).toMatchObject({ status: 'occurred', date: { start: '2017-03-06' } });
  });

  it('leaves an actor after a second verb to that verb\'s event', () => {
    const { events } = extract('Chad cut ties with Sudan and attacked Niger on Monday.');
    expect(events.map((e) => [e.type, e.participants.map((p) => p.actor)])).toEqual([
      ['sanctions', ['chad', 'sudan']],
      ['offensive', ['chad', 'niger']],
    ]);
  });

  it('dates "a week of talks" as the week up to the day the clause gives, not that day alone', () => {
    const talks = extract('Chad and Sudan signed a deal on Thursday at the end of a week of UN-sponsored talks in Doha.').events.find((e) => e.type === 'talks');
    expect(talks?.date).toEqual({ start: '2017-03-03', end: '2017-03-09', precision: 'day' });
  });

  it('dates undated hours of talks from the day of the article\'s news, not the report day alone', () => {
    const text = 'Chad and Sudan agreed on Thursday to reopen their border. The Chadian president announced the deal after six hours of talks with his Sudanese counterpart.';
    const talks = extract(text).events.find((e) => e.type === 'talks');
    expect(talks?.date).toEqual({ start: '2017-03-09', end: '2017-03-11', precision: 'day' });
  });

  it('keeps a parenthetical\'s date and tense to itself and gives its events the actor it describes', () => {
    const appeal = extract('Niger, which fought a border war with Chad in 2008, urged Chad to release prisoners.').events.find((e) => e.type === 'statement');
    expect(appeal).toMatchObject({ status: 'occurred', date: { start: '2017-03-11' } });
    const { events } = extract("Chad's President Ali Omar, who met Sudan's president on Monday, said the border would reopen.");
    expect(events.find((e) => e.type === 'meeting')).toMatchObject({ date: { start: '2017-03-06' }, participants: [{ actor: 'ali_omar' }, { actor: 'sudan' }, { actor: 'chad' }] });
  });

  it('addresses a statement on an event named before to that event\'s parties, not to the speaker', () => {
    const { events } = extract('Chad and Sudan signed a peace agreement on Monday. The UN welcomed the accord. Chad hailed the deal.');
    const statements = events.filter((e) => e.type === 'statement').map((e) => e.participants.map((p) => `${p.actor}:${p.role}`));
    expect(statements).toEqual([
      ['un:source', 'chad:target', 'sudan:target'],
      ['chad:source', 'sudan:target'],
    ]);
  });

  it('addresses a statement on "the demands" to those who made the last demand, not to the last speaker', () => {
    const { events } = extract('Egypt and Jordan demanded on Monday that Qatar close the base. Oman urged Qatar to talk with its neighbours. Kuwait criticised the demands.');
    const kuwait = events.find((e) => e.type === 'statement' && e.participants.some((p) => p.actor === 'kuwait'));
    expect(kuwait?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['kuwait:source', 'egypt:target', 'jordan:target']);
  });

  it('addresses a statement on "the announcement" or "it" to the parties of the event told before', () => {
    const { events } = extract('Chad and Sudan agreed on a two-week truce on Monday. Kenya welcomed the announcement. It was also welcomed by Niger.');
    const statements = events.filter((e) => e.type === 'statement').map((e) => e.participants.map((p) => `${p.actor}:${p.role}`));
    expect(statements).toEqual([
      ['kenya:source', 'chad:target', 'sudan:target'],
      ['niger:source', 'chad:target', 'sudan:target'],
    ]);
  });

  it('addresses a welcome of "it" or "the decision" to the last event told before that is no attack', () => {
    const { events } = extract('Chad and Sudan agreed on a truce on Monday. Sudanese troops shelled a Chadian border town on Tuesday. Kenya welcomed it. Niger hailed the decision.');
    const statements = events.filter((e) => e.type === 'statement').map((e) => e.participants.map((p) => `${p.actor}:${p.role}`));
    expect(statements).toEqual([
      ['kenya:source', 'chad:target', 'sudan:target'],
      ['niger:source', 'chad:target', 'sudan:target'],
    ]);
  });

  it('reads a participle after an event noun as what that event does', () => {
    const { events } = extract('Chad signed a truce on Monday. The UN will vote on a resolution endorsing the truce.');
    expect(events.filter((e) => e.type === 'statement')).toEqual([]);
  });

  it('addresses "both sides" to the parties of the last event between parties', () => {
    const { events } = extract('Chad and Sudan agreed on Thursday to a ceasefire. Kenya urged both sides to respect it.');
    expect(events.find((e) => e.type === 'statement')?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['kenya:source', 'chad:target', 'sudan:target']);
  });

  it('addresses "them" to the actors last named together: an appeal\'s addressees, or the parties of a deal', () => {
    const asked = extract('Kenya pressed Ethiopia and Eritrea to sign the peace deal, while the Nigerian president phoned to urge them to compromise.');
    const nigeria = asked.events.find((e) => e.type === 'statement' && e.participants.some((p) => p.actor === 'nigeria' && p.role === 'source'));
    expect(nigeria?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['nigeria:source', 'ethiopia:target', 'eritrea:target']);
    const agreed = extract('Peru and Chile agreed on Monday to end the border dispute. Brazil urged them to keep their word.');
    expect(agreed.events.find((e) => e.type === 'statement')?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['brazil:source', 'peru:target', 'chile:target']);
  });

  it('reads "told them" as words reported to a group, not aimed at it', () => {
    const { events } = extract('Peru and Chile agreed on Monday to end the border dispute. "You have made history," the Brazilian president told them.');
    expect(events.filter((e) => e.type === 'statement').flatMap((e) => e.participants.filter((p) => p.role === 'target'))).toEqual([]);
  });

  it('reads "accuses the government of" stalling as aimed at the home government, not at another state\'s', () => {
    const { events } = extract('Congolese troops fought M23 rebels near Goma. M23 accuses the government of trying to centralize power.');
    expect(events.find((e) => e.type === 'statement')?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['m23:source', 'dr_congo:target']);
  });

  it('gives an act asked of someone to the one asked, as planned', () => {
    const { events } = extract('Kenya urged Chad to withdraw its troops. Niger called on the two leaders to meet.');
    expect(events.filter((e) => e.type !== 'statement').map((e) => [e.type, e.status, e.participants.map((p) => p.actor)])).toEqual([['ceasefire', 'planned', ['chad']]]);
  });

  it('reads sanctions threatened after another verb as planned, undated by that verb\'s day, with the clause\'s subject', () => {
    const { events } = extract('The UN Security Council voted on Thursday to extend its mission in Mali, and threatened sanctions against those obstructing the peace deal.');
    expect(events.find((e) => e.type === 'sanctions')).toMatchObject({ status: 'planned', date: { precision: 'unknown' }, participants: [{ actor: 'unsc', role: 'source' }] });
  });

  it('reads "accused each other" and "traded threats" as one statement each way', () => {
    const each = extract('Both Chad and Sudan accused each other of breaking the truce.').events.filter((e) => e.type === 'statement');
    expect(each.map((e) => e.participants.map((p) => `${p.actor}:${p.role}`))).toEqual([
      ['chad:source', 'sudan:target'],
      ['sudan:source', 'chad:target'],
    ]);
    const traded = extract('Last year, Chad and Sudan traded threats of war.').events;
    expect(traded.map((e) => [e.subtype, e.date.start, e.participants[0]?.actor])).toEqual([
      ['threat', '2016-01-01', 'chad'],
      ['threat', '2016-01-01', 'sudan'],
    ]);
  });

  it('reads a visit during which someone spoke as a meeting, after a quotation that ends in the sentence', () => {
    const text = '"We want peace. The border must reopen," the Peruvian president told reporters during a visit to Chile.';
    const meetings = extract(text).events.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.participants.map((p) => p.actor))).toEqual([['peru', 'chile']]);
  });

  it('gives a relative clause that "which" opens after a comma to the actor named right before it, as one who acts, not a go-between', () => {
    const { events } = extract('The talks were hosted by Chile, which attacked Bolivia in May.');
    expect(events.find((e) => e.type === 'offensive')?.participants).toEqual([
      { actor: 'chile', role: 'source' },
      { actor: 'bolivia', role: 'target' },
    ]);
  });

  it('keeps an event a quotation announces for later, and no other event it tells of', () => {
    const text = '"After the vote, the foreign ministers of Peru and Chile will meet to discuss the border," the Peruvian president said. "Peru and Chile met last year in Lima to discuss it," he added.';
    const meetings = extract(text).events.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => [e.status, e.participants.map((p) => p.actor)])).toEqual([['planned', ['peru', 'chile']]]);
  });
});
