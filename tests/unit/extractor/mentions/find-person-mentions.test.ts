import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';

const tiesOf = (text: string) => findMentions(text, segmentText(text), annotateRecorded(text)).ties;

describe('person ties', () => {
  it('reads a lone name the article calls a town as a place, not a person, wherever it acts', () => {
    const text = 'Aid trucks reached the town of Zabadani on Monday. Zabadani is encircled by Syrian government forces, UN officials said.';
    const { mentions } = findMentions(text, segmentText(text), annotateRecorded(text));
    expect(mentions.filter((m) => m.entity.kind === 'person')).toEqual([]);
  });

  it('keeps a military rank between a title and the name out of the name, so the person carries the tie', () => {
    const text = 'The talks failed in May. Kenyan army spokesman Col. Paul Njuguna said on Friday that the convoy had been attacked.';
    const { mentions, ties } = findMentions(text, segmentText(text), annotateRecorded(text));
    expect(mentions.filter((m) => m.entity.kind === 'person').map((m) => m.entity.id)).toEqual(['paul_njuguna']);
    expect(ties.get('paul_njuguna')).toMatchObject({ relation: 'REPRESENTS', affiliation: { id: 'kenya' } });
  });

  it('ties a title after a possessive state and before a comma to that state', () => {
    expect(tiesOf("Oman's sultan, Haitham Said, urged calm.").get('haitham_said')).toMatchObject({ relation: 'LEADS', affiliation: { id: 'oman' } });
  });

  it('ties an appositive title to the body named after "of"', () => {
    const ties = tiesOf('Omar Nasser, a leader of the Ahrar al-Sham group, rejected the plan.');
    expect(ties.get('omar_nasser')).toMatchObject({ relation: 'LEADS', affiliation: { id: 'ahrar_al_sham' } });
  });

  it('keeps a hyphenated title out of the name, so the mention carries the tie', () => {
    const text = 'UN Secretary-General Lina Okoro announced the deal.';
    const { mentions, ties } = findMentions(text, segmentText(text), annotateRecorded(text));
    expect(mentions.find((m) => m.entity.id === 'lina_okoro')).toMatchObject({ text: 'Lina Okoro', tie: { relation: 'LEADS' } });
    expect(ties.get('lina_okoro')).toMatchObject({ affiliation: { id: 'un' } });
  });

  it('ties "X, who heads the Y" to Y: leading a body, serving a state', () => {
    expect(tiesOf('Juan Perez, who heads the National Assembly, called on the army to defect.').get('juan_perez')).toMatchObject({
      relation: 'LEADS',
      affiliation: { id: 'national_assembly' },
    });
    expect(tiesOf("Omar Said, who led Chad's delegation, left early.").get('omar_said')).toMatchObject({ relation: 'REPRESENTS', affiliation: { id: 'chad' } });
  });

  it('ties a title to the group whose mention takes it in ("Rebel leader X") and "led by X" to the actor right before', () => {
    expect(tiesOf('Fighting flared in Syria on Monday. Rebel leader Omar Haddad said the rebels would hold.').get('omar_haddad')).toMatchObject({ affiliation: { id: 'syrian_rebels' } });
    expect(tiesOf('Talks with the Sovereign Council, led by General Ali Barre, resumed.').get('ali_barre')).toMatchObject({
      relation: 'LEADS',
      affiliation: { id: 'sovereign_council' },
    });
  });

  it('makes a prime minister lead the state whose qualified government the article names', () => {
    const text = "Chad's transitional government met rebels. Prime Minister Omar Brahim said talks would go on.";
    expect(tiesOf(text).get('omar_brahim')).toMatchObject({ relation: 'LEADS', affiliation: { id: 'chad' } });
  });

  it('reads past qualifiers after "leader of the" and gives the second of a titled pair the first one\'s employer', () => {
    const ties = tiesOf("Ivan Petrov, the leader of the self-proclaimed Luhansk People's Republic, spoke. U.S. Senator Ann Lee and Senator Bo Park left.");
    expect(ties.get('ivan_petrov')).toMatchObject({ relation: 'LEADS', affiliation: { id: 'luhansk_peoples_republic' } });
    expect(ties.get('bo_park')).toMatchObject({ relation: 'REPRESENTS', affiliation: { id: 'united_states' } });
  });

  it('reads past a rank between an actor and the title ("Taliban political chief X") and gives "Defense Secretary" its usual state', () => {
    expect(tiesOf('Taliban political chief Omar Zaki signed it.').get('omar_zaki')).toMatchObject({ relation: 'LEADS', affiliation: { id: 'taliban' } });
    expect(tiesOf('Defense Secretary Ray Cole warned on Monday.').get('ray_cole')).toMatchObject({ affiliation: { id: 'united_states' } });
  });
});
