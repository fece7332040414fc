import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';

function personsOf(text: string) {
  const { mentions, ties } = findMentions(text, segmentText(text), annotateRecorded(text));
  return { ids: [...new Set(mentions.filter((m) => m.entity.kind === 'person').map((m) => m.entity.id))], ties };
}

describe('persons tagged by NER', () => {
  it('finds a person introduced by an occupation and ties them to the body they are named to head', () => {
    const { ids, ties } = personsOf('The accord names businessman Karim Haddad as prime minister of a Government of National Accord.');
    expect(ids).toEqual(['karim_haddad']);
    expect(ties.get('karim_haddad')).toMatchObject({ relation: 'LEADS', affiliation: { id: 'government_of_national_accord' } });
  });

  it('finds each name of a list after a plural title', () => {
    const { ids, ties } = personsOf('The leaders of both factions, Omar Tahir and Salim Bakr, met in Tunis on Monday.');
    expect(ids).toEqual(['omar_tahir', 'salim_bakr']);
    expect(ties.get('salim_bakr')).toMatchObject({ relation: 'LEADS' });
  });

  it('finds the ruler of a past era and a person described after their name', () => {
    expect(personsOf('Exports collapsed under Idris al-Kamal, who ruled for decades.').ids).toEqual(['idris_al_kamal']);
    expect(personsOf('Under Idris al-Kamal, exports collapsed.').ids).toEqual(['idris_al_kamal']);
    expect(personsOf('Nadia Farouk, a veteran activist, was freed.').ids).toEqual(['nadia_farouk']);
  });

  it('takes no state, place or organisation in those positions for a person', () => {
    expect(personsOf('The envoys of both states, New Zealand and South Africa, signed the text.').ids).toEqual([]);
    expect(personsOf('Talks resumed under United Nations auspices and under Security Council pressure.').ids).toEqual([]);
    expect(personsOf('Trade grew under Buenos Aires rules.').ids).toEqual([]);
    expect(personsOf('Troops acted under Chapter Seven and under Operation Desert Shield.').ids).toEqual([]);
  });

  it('finds a full name written with no title or speech verb, and joins the surname alone to it', () => {
    expect(personsOf('Talks between Marta Okonjo and the rebels stalled. Later Okonjo flew home to rest.').ids).toEqual(['marta_okonjo']);
    expect(personsOf('Envoy Marta Okonjo arrived on Monday. Speaking to reporters, Mr Okonjo said the talks would resume.').ids).toEqual(['marta_okonjo']);
  });

  it('joins a surname with a particle or a generational suffix to the full name', () => {
    expect(personsOf('Envoy Paolo di Sarno met the ministers on Friday. Di Sarno then left for Rome.').ids).toEqual(['paolo_di_sarno']);
    expect(personsOf('Senator Robert Hale Jr. opposed the bill. Hale said it would fail.').ids).toEqual(['robert_hale_jr']);
  });

  it('takes no photographer or writer credit for an actor', () => {
    expect(personsOf('The envoys met in Oslo on Monday. (Writing by Tom Reyes; editing by Ana Lind)').ids).toEqual([]);
    expect(personsOf('A convoy crossed the border on Monday. REUTERS/Jan Kowal').ids).toEqual([]);
  });
});
