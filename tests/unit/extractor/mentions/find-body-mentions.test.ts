import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';

function bodiesOf(text: string) {
  const { mentions } = findMentions(text, segmentText(text), annotateRecorded(text));
  return mentions.filter((m) => m.entity.kind === 'organization' || m.entity.kind === 'armed_group').map((m) => [m.text, m.entity.id, m.entity.kind]);
}

describe('bodies the lexicon does not know', () => {
  it('reads a mission named for where it serves, after its parent body, as its own organisation when it defines an acronym', () => {
    const mission = ['UNAMS', 'un_assistance_mission_in_somalia', 'organization'];
    expect(bodiesOf('The UN Assistance Mission in Somalia (UNAMS) met the elders on Friday. Later UNAMS praised the talks.')).toContainEqual(mission);
    expect(bodiesOf('The UN Assistance Mission in Somalia (UNAMS) met the elders on Friday.')).toContainEqual(['UN Assistance Mission in Somalia', 'un_assistance_mission_in_somalia', 'organization']);
    expect(bodiesOf('The UN Security Council Committee met on Friday.').map((b) => b[1])).not.toContain('un_security_council_committee');
  });

  it('reads the one proper noun of an armed group\'s name alone as that group, but not a generic word', () => {
    const bodies = bodiesOf('The Karvani Front attacked a border post on Monday. Later Karvani fighters withdrew and a Karvani envoy urged talks.');
    expect(bodies.filter((b) => b[1] === 'karvani_front').map((b) => b[0])).toEqual(['Karvani Front', 'Karvani', 'Karvani']);
    expect(bodiesOf('The Popular Front attacked a border post. Popular anger grew.').map((b) => b[0])).toEqual(['Popular Front']);
  });

  it('reads an acronym the article names as a party or group as that body, wherever it recurs', () => {
    const bodies = bodiesOf("Zambia's ruling PFZ-RC party met its rivals on Monday. The PFZ-RC said it would join the talks.");
    expect(bodies).toContainEqual(['PFZ-RC', 'pfz_rc', 'organization']);
    expect(bodies.filter((b) => b[0] === 'PFZ-RC')).toHaveLength(2);
    expect(bodiesOf('Fighters of the KLMA militia attacked the town.')).toContainEqual(['KLMA', 'klma', 'armed_group']);
  });

  it('reads a capitalised community of states as a body', () => {
    expect(bodiesOf('The Western Pacific Island Community (WPIC) named an envoy on Monday.')).toContainEqual(['Western Pacific Island Community', 'western_pacific_island_community', 'organization']);
  });

  it('reads a negotiating format named by its count of parties as one body', () => {
    const format = bodiesOf('The envoys met in the 3+2 format on Monday. The 3+2 format will meet again in May.').filter((b) => b[1] === '3_2_format');
    expect(format).toEqual([
      ['3+2 format', '3_2_format', 'organization'],
      ['3+2 format', '3_2_format', 'organization'],
    ]);
  });

  it('reads a capitalised name ending in a body noun, and its acronym, as one organisation', () => {
    const tfc = ['TFC', 'transitional_federal_council', 'organization'];
    expect(bodiesOf('The Transitional Federal Council (TFC) rejected the plan. Later the TFC walked out.')).toEqual([
      ['Transitional Federal Council', 'transitional_federal_council', 'organization'],
      tfc,
      tfc,
    ]);
  });

  it('reads a body NER tags whole, however long its name, with the kind of its head noun', () => {
    const text = 'The Supreme Council for Coastal Peace (SCCP) met the Popular Movement for the Unity of Korvana on Monday.';
    expect(bodiesOf(text)).toEqual([
      ['Supreme Council for Coastal Peace', 'supreme_council_for_coastal_peace', 'organization'],
      ['SCCP', 'supreme_council_for_coastal_peace', 'organization'],
      ['Popular Movement for the Unity of Korvana', 'popular_movement_for_the_unity_of_korvana', 'armed_group'],
    ]);
  });

  it('reads "X of Y" bodies and armed units', () => {
    expect(bodiesOf('The Chamber of Deputies backed the Northern Lakes Brigade.')).toEqual([
      ['Chamber of Deputies', 'chamber_of_deputies', 'organization'],
      ['Northern Lakes Brigade', 'northern_lakes_brigade', 'armed_group'],
    ]);
  });

  it("leaves a state's own organs, buildings and known organisations alone", () => {
    expect(bodiesOf('The Iraqi Parliament thanked the Turkish Armed Forces at the Peace House.')).toEqual([]);
    expect(bodiesOf('Israel Defense Forces and the Ukrainian National Guard took part.')).toEqual([]);
    expect(bodiesOf('The UN Security Council met.')).toEqual([['UN Security Council', 'unsc', 'organization']]);
  });

  it('gives an acronym to the fullest name defining it, not to the part NER cut at a possessive', () => {
    const ids = bodiesOf('Fighting erupted between the Sahel People’s Liberation Front (SPLF) and Togo. The SPLF said on Monday it would hold the town.').map((b) => b[1]);
    expect(new Set(ids)).toEqual(new Set(['sahel_peoples_liberation_front']));
  });

  it('knows a body by the initials of its name', () => {
    const ids = bodiesOf('The World Customs Organization met in Lima. Chile joined the WCO in 1990.').map((b) => b[1]);
    expect(ids).toEqual(['world_customs_organization', 'world_customs_organization']);
  });
});
