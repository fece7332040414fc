import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11.
const extract = (text: string) => extractRecorded(buildArticle(text));
const statements = (text: string) => extract(text).events.filter((e) => e.type === 'statement');

describe('readStatementParties', () => {
  it('gives each of two coordinated accusations its own subject and object', () => {
    const found = statements('Chad accuses Niger of arming the rebels and Niger accuses Chad of sheltering them.');
    expect(found.map((e) => e.participants)).toEqual([
      [
        { actor: 'chad', role: 'source' },
        { actor: 'niger', role: 'target' },
      ],
      [
        { actor: 'niger', role: 'source' },
        { actor: 'chad', role: 'target' },
      ],
    ]);
  });

  it('makes an appeal in quotes the statement of the one the tree says reports it', () => {
    const found = statements('"We urge Mali to open the border crossings without delay," Algeria said in a statement on Friday.');
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual([
      { actor: 'algeria', role: 'source' },
      { actor: 'mali', role: 'target' },
    ]);
  });

  it('makes no statement of another actor out of what a speaker tells of it in quotes', () => {
    const text = 'Ghana blamed the delay on Togo, telling reporters that "the delegation of Togo arrived late and rejected the agenda of the Benin mediators."';
    expect(statements(text).map((e) => e.subtype)).toEqual(['accusation']);
  });

  it('reads the addressee of "called on" and "appealed to"', () => {
    const found = statements('Kenya called on Uganda to withdraw. Ghana appealed to Togo for calm.');
    expect(found.map((e) => e.participants.map((p) => `${p.actor}:${p.role}`))).toEqual([
      ['kenya:source', 'uganda:target'],
      ['ghana:source', 'togo:target'],
    ]);
  });

  it('gives a participle its governing verb\'s subject as the speaker', () => {
    const found = statements('Peru recalled its ambassador from Bolivia on Monday, accusing Bolivia of meddling in the vote.');
    expect(found[0]?.participants).toEqual([
      { actor: 'peru', role: 'source' },
      { actor: 'bolivia', role: 'target' },
    ]);
  });

  it('addresses "X was to blame" to X and gives it the speaker of the verb that reports it', () => {
    const found = statements('Kenya said Uganda was to blame for the clashes. Ghana said on Monday that Togo alone was to blame for the crisis.');
    expect(found.map((e) => e.participants.map((p) => `${p.actor}:${p.role}`))).toEqual([
      ['kenya:source', 'uganda:target'],
      ['ghana:source', 'togo:target'],
    ]);
  });

  it('makes a statement of a named speaker whose addressee stays implicit', () => {
    const found = statements('Norway condemned the bombing of the hospital.');
    expect(found.map((e) => e.participants)).toEqual([[{ actor: 'norway', role: 'source' }]]);
  });

  it('gives a statement noun carried by a verb that verb\'s subject as speaker and its "to" phrase as addressee', () => {
    const found = statements('Benin issued a stern warning to Niger on Monday.');
    expect(found.map((e) => e.participants)).toEqual([
      [
        { actor: 'benin', role: 'source' },
        { actor: 'niger', role: 'target' },
      ],
    ]);
  });

  it('addresses a denial to the one whose accusation it answers', () => {
    const found = statements('Gabon accused Cameroon of sheltering the smugglers on Monday. Cameroon denies the charge.');
    expect(found.map((e) => e.participants.map((p) => `${p.actor}:${p.role}`))).toEqual([
      ['gabon:source', 'cameroon:target'],
      ['cameroon:source', 'gabon:target'],
    ]);
  });

  it('reads a statement noun\'s speaker from its owner or "by" phrase and its addressee from the phrase its subtype aims through', () => {
    const found = statements("Ecuador's criticism of Peru's conduct at the border angered Lima. Bolivia answered a list of demands by Chile on Tuesday.");
    expect(found.map((e) => [e.subtype, ...e.participants.map((p) => `${p.actor}:${p.role}`)])).toEqual([
      ['accusation', 'ecuador:source', 'peru:target'],
      ['demand', 'chile:source'],
    ]);
  });

  it('makes the parties of an earlier event the speakers of a statement whose subject is "both sides"', () => {
    const found = statements('Mali and Niger signed a border agreement in Niamey on Monday. Both sides hailed the compromise on Tuesday.');
    expect(found.map((e) => [e.subtype, ...e.participants.filter((p) => p.role === 'source').map((p) => p.actor).sort()])).toEqual([['support', 'mali', 'niger']]);
  });

  it('gives a verb coordinated with a passive one the passive\'s subject as speaker, not its agent', () => {
    const found = statements('The ambassador of Gabon was summoned by Cameroon on Monday and lodged a formal protest.');
    expect(found.map((e) => e.participants.filter((p) => p.role === 'source').map((p) => p.actor))).toEqual([['gabon']]);
  });

  it('makes the subject that a statement noun\'s possessive pronoun points to its speaker', () => {
    const found = statements('Chad first called on Sudan to hold talks but has since upped its demands to include a withdrawal of Sudanese troops.');
    expect(found.map((e) => [e.subtype, ...e.participants.map((p) => `${p.actor}:${p.role}`)])).toEqual([
      ['appeal', 'chad:source', 'sudan:target'],
      ['demand', 'chad:source'],
    ]);
  });

  it('addresses pressure to the one under it', () => {
    const found = statements('Gabon has been under strong pressure from France to hold the vote in May.');
    expect(found.map((e) => [e.subtype, ...e.participants.map((p) => `${p.actor}:${p.role}`)])).toEqual([['appeal', 'france:source', 'gabon:target']]);
  });

  it('reads neither backing as a statement nor an actor that does not stand right before the noun as its speaker', () => {
    expect(statements("Chile's support for the Bolivian rebels grew in May.")).toEqual([]);
    const found = statements('Peru rejected Ecuadorian border demands on Monday.');
    expect(found.map((e) => e.participants.map((p) => `${p.actor}:${p.role}`))).not.toContainEqual(expect.arrayContaining(['ecuador:source']));
  });
});

describe('findReportedDemands', () => {
  it('reads "wants X to" and "says X must" as demands addressed to X', () => {
    const found = statements('Liberia wants Guinea to reopen the border. Ghana says Togo must withdraw its troops from the region.');
    expect(found.map((e) => [e.subtype, ...e.participants.map((p) => `${p.actor}:${p.role}`)])).toEqual([
      ['demand', 'liberia:source', 'guinea:target'],
      ['demand', 'ghana:source', 'togo:target'],
    ]);
  });

  it('makes no demand of what a speaker says its own side should do', () => {
    const found = statements("Ghana's foreign minister Kofi Mensah said Ghanaian troops should arrive in Togo by May.");
    expect(found).toEqual([]);
  });

  it('reads wanting an act of another actor, named in the act\'s own phrase, as a demand', () => {
    const found = statements('Liberia wants a full withdrawal of Guinean troops from the border.');
    expect(found.map((e) => [e.subtype, ...e.participants.map((p) => `${p.actor}:${p.role}`)])).toEqual([['demand', 'liberia:source', 'guinea:target']]);
    expect(statements('Liberia wants peace talks soon.')).toEqual([]);
  });

  it('addresses a warning made beside a meeting ("met with X and warned") to those met', () => {
    const found = statements('The talks continued in Juba. On Sunday, the UN envoy met with President Salva Kiir in Juba and warned of renewed fighting.');
    expect(found.map((e) => e.participants.map((p) => `${p.actor}:${p.role}`))).toEqual([['un:source', 'salva_kiir:target']]);
  });

  it('leaves a statement beside a meeting with an addressee of its own to that addressee', () => {
    const found = statements('The talks continued in Juba. On Sunday, the UN envoy met with President Salva Kiir in Juba and urged the rebels to lay down their arms.');
    expect(found.flatMap((e) => e.participants.map((p) => p.actor))).not.toContain('salva_kiir');
  });

  it("never addresses a statement to the state its speaker serves, wherever the words name that state", () => {
    const text = 'Chad and Niger presented Mali with a list of demands on June 22. Malian Foreign Minister Abdoulaye Diop visited Algeria on Monday. No details were given, but the foreign minister said on Saturday that the demands were unacceptable.';
    const rejection = statements(text).find((e) => e.evidence.some((v) => v.text.includes('unacceptable')));
    expect(rejection?.participants.filter((p) => p.actor === 'mali')).toEqual([{ actor: 'mali', role: 'source' }]);
  });

  it('addresses an appeal "for" an act "to" oust someone to the one it would oust', () => {
    const found = statements('The talks failed in May. Rebel commander John Garang called for a popular revolt to topple President Omar al-Bashir.');
    expect(found.map((e) => e.participants.map((p) => `${p.actor}:${p.role}`))).toEqual([['john_garang:source', 'omar_al_bashir:target']]);
  });
});
