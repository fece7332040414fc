import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));

describe('assignRoles', () => {
  it('leaves the object of a gerund after an event noun\'s preposition out of the event ("sanctions … for arming rebels in X")', () => {
    const found = extract('The talks failed in May. The African Union renewed sanctions on Mali by six months for arming rebels in Niger.').events.filter((e) => e.type === 'sanctions');
    expect(found.map((e) => e.participants)).toEqual([
      [
        { actor: 'african_union', role: 'source' },
        { actor: 'mali', role: 'target' },
      ],
    ]);
  });

  it('takes whom a meeting is with from the whole "with" phrase, past a title', () => {
    const { events } = extract('The Peruvian envoy met with the Chairman of the African Union Commission Moussa Faki on Sunday.');
    const meeting = events.find((e) => e.type === 'meeting');
    expect(meeting?.participants.map((p) => p.actor)).toContain('african_union');
  });

  it('makes the state a trip verb goes to ("arrived in X", "flew to X") a host of the visit', () => {
    const { events } = extract('Kenyan President Ali Omar arrived in Chile on Monday. Chile said it welcomed the peace effort.');
    expect(events.find((e) => e.type === 'meeting')?.participants.map((p) => p.actor)).toContain('chile');
  });

  it('keeps the state where those who meet are only the setting ("met in X")', () => {
    const { events } = extract('Kenyan and Peruvian envoys met in Chile on Monday. Chile said it welcomed the peace effort.');
    expect(events.find((e) => e.type === 'meeting')?.participants.map((p) => p.actor)).toEqual(['kenya', 'peru']);
  });

  it('gives an event noun after "its" to the actor named last before it', () => {
    const { events } = extract('Canada urged Iran to free the sailors, saying its naval blockade was hurting trade.');
    const blockade = events.find((e) => e.type === 'offensive');
    expect(blockade?.participants).toEqual([{ actor: 'iran', role: 'source' }]);
  });

  it('gives an event noun after "their" to the actors listed last before it', () => {
    const { events } = extract('Peru and Chile ended a long dispute, and their talks resumed in Lima.');
    const talks = events.find((e) => e.type === 'talks');
    expect(talks?.participants.map((p) => p.actor)).toEqual(['peru', 'chile']);
  });

  it('gives a meeting set in another act ("during a visit to X") to the subject of that act', () => {
    const { events } = extract('Kenyan President Ali Omar told reporters during a visit to Peru on Monday.');
    expect(events.find((e) => e.type === 'meeting')?.participants.map((p) => p.actor)).toEqual(['ali_omar', 'peru', 'kenya']);
  });

  it('gives talks "with X" that another act follows to that act\'s subject, across the clause boundary of "after"', () => {
    const { events } = extract("Kenya's president spoke to reporters after talks with Chad on Monday.");
    expect(events.find((e) => e.type === 'talks')?.participants.map((p) => p.actor)).toEqual(['chad', 'kenya']);
  });

  it('makes the subject of a passive verb the one acted upon and its "by" agent the one acting', () => {
    const { events } = extract('Sudan was attacked by Chad on Monday.');
    expect(events[0]?.participants).toEqual([
      { actor: 'sudan', role: 'target' },
      { actor: 'chad', role: 'source' },
    ]);
  });

  it('leaves the actors of a relative clause between commas out of the main event', () => {
    const { events } = extract('Russian President Ivan Orlov, who backs Belarus, spoke by phone with France on Monday.');
    expect(events.find((e) => e.type === 'meeting')?.participants.map((p) => p.actor)).toEqual(['ivan_orlov', 'france', 'russia']);
  });

  it('gives "the X-aligned Y" its role to Y and makes X a participant', () => {
    const { events } = extract('Saudi Arabia attacked the Iran-aligned Houthis on Monday.');
    expect(events[0]?.participants).toEqual([
      { actor: 'saudi_arabia', role: 'source' },
      { actor: 'iran', role: 'participant' },
      { actor: 'houthis', role: 'target' },
    ]);
  });

  it('leaves the backer of a side out of a truce that side agrees to', () => {
    const { events } = extract('Sudan and the Iran-aligned Houthis agreed to a truce on Monday.');
    expect(events.find((e) => e.type === 'ceasefire')?.participants.map((p) => p.actor)).toEqual(['sudan', 'houthis']);
  });

  it('makes the subject of "broker" in its base form the mediator of the event it brokers', () => {
    const { events } = extract('Kenya is trying to broker a meeting between Chad and Sudan in Nairobi.');
    expect(events.find((e) => e.type === 'meeting')?.participants).toEqual([
      { actor: 'kenya', role: 'mediator' },
      { actor: 'chad', role: 'participant' },
      { actor: 'sudan', role: 'participant' },
    ]);
  });

  it('reads an -ing event noun after an auxiliary as a verb with a subject', () => {
    const { events } = extract('Ethiopia has been fighting Eritrea since 1998.');
    expect(events[0]).toMatchObject({ type: 'offensive', status: 'ongoing', participants: [{ actor: 'ethiopia', role: 'source' }, { actor: 'eritrea', role: 'target' }] });
  });

  it('leaves an actor of an event named after a statement verb to that event', () => {
    const { events } = extract('Germany condemned the rocket attacks on Israel.');
    expect(events.filter((e) => e.type === 'statement').map((e) => e.participants)).toEqual([[{ actor: 'germany', role: 'source' }]]);
  });

  it('reads "by" as the agent only after a passive verb', () => {
    const { events } = extract('Chad shelled positions held by Sudan on Monday.');
    expect(events[0]?.participants).toEqual([
      { actor: 'chad', role: 'source' },
      { actor: 'sudan', role: 'target' },
    ]);
  });

  it('takes the subject of a "that" clause as the addressee of a demand', () => {
    const { events } = extract('The European Union demanded that Turkey halt the operation.');
    expect(events[0]).toMatchObject({ subtype: 'demand', participants: [{ actor: 'eu', role: 'source' }, { actor: 'turkey', role: 'target' }] });
  });

  it('gives an event noun that only qualifies another event no subject of its own', () => {
    const { events } = extract('The African Union will hold a meeting on the offensive on Thursday.');
    expect(events.map((e) => e.type)).toEqual(['meeting']);
  });

  it('makes whoever convenes talks between others their mediator', () => {
    const { events } = extract('The African Union will convene talks between Sudan and Chad next week.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'talks', status: 'planned' });
    expect(events[0]?.participants).toEqual([
      { actor: 'african_union', role: 'mediator' },
      { actor: 'sudan', role: 'participant' },
      { actor: 'chad', role: 'participant' },
    ]);
  });

  it('gives an event the speaker reports, with no actor in what was said, to the speaker', () => {
    const { events } = extract('Kenyan President Daniel Omondi said on Friday that a truce had been agreed.');
    expect(events.find((e) => e.type === 'ceasefire')?.participants.map((p) => p.actor)).toEqual(['daniel_omondi', 'kenya']);
  });

  it('leaves a definite event noun the speaker only comments on to its own actors', () => {
    const { events } = extract('Chinese Ambassador Liu Wen said the sanctions ought to end soon.');
    expect(events).toEqual([]);
  });

  it('gives a participle or a second verb the subject of the clause, not the first verb\'s object', () => {
    const accusing = extract('Egypt and Niger severed diplomatic relations with Sudan on Monday, accusing Sudan of arming rebels.').events.find((e) => e.type === 'statement');
    expect(accusing).toMatchObject({ subtype: 'accusation', date: { start: '2017-03-06' } });
    expect(accusing?.participants).toEqual([
      { actor: 'egypt', role: 'source' },
      { actor: 'niger', role: 'source' },
      { actor: 'sudan', role: 'target' },
    ]);
    const { events } = extract("Chad's Foreign Minister Ali Mahamat accused Sudan of arming the rebels and demanded that Libya close its border.");
    expect(events.map((e) => [e.subtype, e.participants.filter((p) => p.role === 'target').map((p) => p.actor)])).toEqual([
      ['accusation', ['sudan']],
      ['demand', ['libya']],
    ]);
  });

  it('keeps the backer of the forces a demand speaks of as its addressee', () => {
    const { events } = extract('Chad accused Sudan of fuelling the war and demanded that Sudanese-backed militias leave its territory.');
    expect(events.find((e) => e.subtype === 'demand')?.participants).toEqual([
      { actor: 'chad', role: 'source' },
      { actor: 'sudan', role: 'target' },
    ]);
  });

  it('takes the speaker of a statement opened by a pronoun from the sentence before', () => {
    const { events } = extract("Chad's Foreign Minister Ali Mahamat met Sudanese officials on Monday. He also accused Sudan of arming rebels.");
    expect(events.find((e) => e.type === 'statement')?.participants).toEqual([
      { actor: 'ali_mahamat', role: 'source' },
      { actor: 'sudan', role: 'target' },
      { actor: 'chad', role: 'source' },
    ]);
  });

  it('makes the agents of "sponsored by" or "were mediated by" after talks their mediators, with no event of their own', () => {
    const mediated = extract('The talks, the first in two years, opened on Monday and were mediated by UN envoy Ivan Petrov.').events;
    expect(mediated).toHaveLength(1);
    expect(mediated[0]).toMatchObject({ type: 'talks', date: { start: '2017-03-06', end: '2017-03-11' } });
    expect(mediated[0]?.participants).toEqual([
      { actor: 'ivan_petrov', role: 'mediator' },
      { actor: 'un', role: 'mediator' },
    ]);
    const sponsored = extract('The talks, sponsored by Moscow and Ankara, who back opposing sides in the war, and by Tehran, were the first of their kind.').events;
    expect(sponsored[0]?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['russia:mediator', 'turkey:mediator', 'iran:mediator']);
  });

  it('gives the deal an appeal asks to implement to the one addressed, not to the speaker', () => {
    const { events } = extract('Chad and Sudan agreed on Thursday to a ceasefire. Kenya urged both sides to implement the agreement.');
    expect(events.find((e) => e.type === 'ceasefire')?.participants.map((p) => p.actor)).toEqual(['chad', 'sudan']);
  });

  it('gives an event noun after a second verb the subject of the clause, not the first verb\'s object', () => {
    const { events } = extract('Chad pulled out of the border pact with Sudan on Monday and restored sanctions on Niger.');
    expect(events.find((e) => e.type === 'sanctions')?.participants).toEqual([
      { actor: 'chad', role: 'source' },
      { actor: 'niger', role: 'target' },
    ]);
  });

  it('gives no actor an event that is only the topic of another act', () => {
    const { events } = extract("Niger summoned Chad's envoy on Monday to protest against the shelling.");
    expect(events.filter((e) => e.type === 'offensive')).toEqual([]);
  });

  it('reads whom talks or a trip are with past a title and a few words', () => {
    const talks = extract('Kenyan President Ali Omar held talks with Somali President Hassan Abdi in Nairobi.').events[0];
    expect(talks?.participants.map((p) => p.actor)).toEqual(['ali_omar', 'hassan_abdi', 'kenya', 'somalia']);
    const trip = extract("Chad's foreign minister travelled to Khartoum on Tuesday for talks with his Sudanese counterpart.").events[0];
    expect(trip).toMatchObject({ type: 'meeting', participants: [{ actor: 'chad' }, { actor: 'sudan' }] });
  });

  it('reads a capital after "called on" or "sanctions on" as the government addressed or targeted', () => {
    const { events } = extract('Russia called on Washington to exercise restraint. The sanctions on Pyongyang remain in force.');
    expect(events.map((e) => e.participants.filter((p) => p.role === 'target').map((p) => p.actor))).toEqual([['united_states'], ['north_korea']]);
  });

  it('makes the agent of "launched by" after an event noun its actor, and "talks on X" no party to the talks', () => {
    expect(extract('The offensive, launched by Chad in early October, has displaced thousands.').events[0]?.participants).toEqual([{ actor: 'chad', role: 'source' }]);
    expect(extract('Chad and Sudan will hold talks on Libya next week.').events[0]?.participants.map((p) => p.actor)).toEqual(['chad', 'sudan']);
  });

  it('addresses a statement on an event to those who took part in it or carried it out', () => {
    const welcomed = extract('Germany welcomed the agreement between Serbia and Kosovo.').events.find((e) => e.type === 'statement');
    expect(welcomed?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['germany:source', 'serbia:target', 'kosovo:target']);
    const condemned = extract('Niger condemned the raid by Chad.').events.find((e) => e.type === 'statement');
    expect(condemned?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['niger:source', 'chad:target']);
  });

  it('makes the parties to a deal the clause opens with parties to the brokered talks that led to it', () => {
    const { events } = extract('Chad and Sudan agreed on Thursday to a ceasefire, at the end of a week of UN-sponsored talks in Doha.');
    expect(events.find((e) => e.type === 'talks')?.participants.map((p) => `${p.actor}:${p.role}`)).toEqual(['un:mediator', 'chad:participant', 'sudan:participant']);
  });

  it('reads a bare event noun after "to" as a verb with its object', () => {
    const { events } = extract('Chinese President Ali Wen accepted an invitation to visit India next year.');
    expect(events[0]).toMatchObject({ type: 'meeting', status: 'planned' });
    expect(events[0]?.participants.map((p) => p.actor)).toEqual(['ali_wen', 'india', 'china']);
  });

  it('gives the act a threat names to the one threatening, against the one threatened', () => {
    const { events } = extract('Chad threatened to attack Sudan.');
    expect(events.map((e) => [e.type, e.status, e.participants.map((p) => `${p.actor}:${p.role}`)])).toEqual([
      ['statement', 'occurred', ['chad:source', 'sudan:target']],
      ['offensive', 'planned', ['chad:source', 'sudan:target']],
    ]);
  });
  it('gives a meeting or talks the actors a verb of inclusion on it names, with those of their whole phrase', () => {
    const { events } = extract('The summit in Paris on Saturday also included Kenyan President Ali Omar and representatives from Chad, Niger and the European Union. Talks that included Peru and Chile ended on Monday.');
    expect(events.find((e) => e.type === 'meeting')?.participants.map((p) => p.actor).sort()).toEqual(['ali_omar', 'chad', 'eu', 'kenya', 'niger']);
    expect(events.find((e) => e.type === 'talks')?.participants.map((p) => p.actor)).toEqual(['peru', 'chile']);
  });
  it('gives a visit its host besides its visitor', () => {
    const { events } = extract('Kenyan Foreign Minister John Odhiambo made a short visit to Chad on Monday.');
    expect(events.find((e) => e.type === 'meeting')?.participants.map((p) => p.actor).sort()).toEqual(['chad', 'john_odhiambo', 'kenya']);
  });
  it('aims a resolution at those the measures it adopts are aimed at', () => {
    const { events } = extract('The Security Council voted on Wednesday to approve new sanctions against Chad.');
    expect(events.find((e) => e.type === 'resolution')?.participants).toEqual([
      { actor: 'unsc', role: 'source' },
      { actor: 'chad', role: 'target' },
    ]);
  });

  it('leaves the body an envoy represents out of the meetings the envoy holds, but not out of what the envoy says', () => {
    const { events } = extract('UN envoy Ivan Petrov met Sudanese rebel leaders in Geneva on Monday. Petrov urged Chad to reopen its border.');
    expect(events.find((e) => e.type === 'meeting')?.participants.map((p) => p.actor)).not.toContain('un');
    expect(events.find((e) => e.type === 'statement')?.participants.map((p) => p.actor)).toContain('un');
  });

  it('keeps the state an ambassador represents in the meetings the ambassador holds', () => {
    const { events } = extract('Kenyan ambassador Ali Omar met Chad on Monday.');
    expect(events.find((e) => e.type === 'meeting')?.participants.map((p) => p.actor)).toEqual(['ali_omar', 'chad', 'kenya']);
  });

  it('gives aid a verb permits to the one the verb is asked of', () => {
    const aid = extract('Opposition leaders want the president to step down, and the Kenyan government to permit humanitarian aid into the north.').events.find((e) => e.type === 'humanitarian');
    expect(aid?.participants.map((p) => p.actor)).toEqual(['kenya']);
  });

  it('gives sanctions or a resolution the subject of a verb that plans, prepares or backs them', () => {
    const sanctions = extract('The European Union was preparing new sanctions against Peru.').events.find((e) => e.type === 'sanctions');
    expect(sanctions?.participants).toEqual([
      { actor: 'eu', role: 'source' },
      { actor: 'peru', role: 'target' },
    ]);
    const resolution = extract('In a close vote, the Security Council backed a French resolution on Chad.').events.find((e) => e.type === 'resolution');
    expect(resolution?.participants.map((p) => p.actor)).toContain('unsc');
  });

  it('gives aid or sanctions the subject of the verb that acts with them, or of the verb that verb complements', () => {
    const aid = extract('The Peruvian president vowed to ease the misery of the fighting with humanitarian aid for the north.').events.find((e) => e.type === 'humanitarian');
    expect(aid?.participants.map((p) => p.actor)).toContain('peru');
    const sanctions = extract('After the attack, the European Union decided to renew the economic sanctions.').events.find((e) => e.type === 'sanctions');
    expect(sanctions?.participants.map((p) => p.actor)).toEqual(['eu']);
  });

  it('gives a gerund event with a possessive owner to that owner, not to the subject of the verb that comments on it', () => {
    const over = extract("Ethiopia protested over Eritrea's shelling of the border town.").events.find((e) => e.type === 'offensive');
    expect(over?.participants).toEqual([{ actor: 'eritrea', role: 'source' }]);
    const condemned = extract("Uganda condemned Kenya's shelling of the border town.").events.find((e) => e.type === 'offensive');
    expect(condemned?.participants).toEqual([{ actor: 'kenya', role: 'source' }]);
  });

  it('makes those a trip sets out to press or meet ("flew in to press X and Y") take part in the visit', () => {
    const { events } = extract('The UN envoy Ali Omar flew in on Thursday to press Chadian President Idriss Bello and Sudanese leader Musa Hilal to sign the deal.');
    const visit = events.find((e) => e.type === 'meeting');
    expect(visit?.participants.map((p) => p.actor)).toEqual(expect.arrayContaining(['ali_omar', 'idriss_bello', 'musa_hilal']));
  });

  it('reads "a Qatari-brokered deal" as brokered by Qatar alone: the one who signs it is a party, not a broker', () => {
    const { events } = extract('Chad signed a Qatari-brokered deal with Sudan on Wednesday that ends the border war.');
    expect(events.find((e) => e.type === 'agreement')?.participants).toEqual([
      { actor: 'chad', role: 'participant' },
      { actor: 'qatar', role: 'mediator' },
      { actor: 'sudan', role: 'participant' },
    ]);
  });
});
