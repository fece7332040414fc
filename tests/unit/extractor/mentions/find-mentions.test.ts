import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';

function mentionsOf(text: string) {
  const { mentions, ties } = findMentions(text, segmentText(text), annotateRecorded(text));
  return { pairs: mentions.map((m) => [m.text, m.entity.id] as const), ties, mentions };
}

describe('findMentions', () => {
  it('merges a country, its demonym, its capital and its government into one actor', () => {
    const { pairs } = mentionsOf('Moscow said Russian officials would attend. Russia denied it.');
    expect(pairs).toEqual([
      ['Moscow', 'russia'],
      ['Russian officials', 'russia'],
      ['Russia', 'russia'],
    ]);
  });

  it("reads a state's capitalised armed forces as the state, and their initials too", () => {
    const { pairs } = mentionsOf('The Kenyan Armed Forces pulled back from the border. Later the KAF and the rebels agreed to talk.');
    expect(pairs).toContainEqual(['Kenyan Armed Forces', 'kenya']);
    expect(pairs).toContainEqual(['KAF', 'kenya']);
  });

  it('reads the initials of an armed group the lexicon knows as that group', () => {
    const { pairs } = mentionsOf('The Popular Mobilization Forces pulled back from the town. Later the PMF agreed to talk.');
    expect(pairs).toContainEqual(['PMF', 'popular_mobilization_forces']);
  });

  it('reads the troika, in either case, and the Quad as groupings of states', () => {
    expect(mentionsOf('Norway, Britain and the US, the troika behind the deal, voiced concern.').pairs).toContainEqual(['troika', 'troika']);
    expect(mentionsOf('The Quad urged both armies to accept a pause in the fighting.').pairs).toContainEqual(['Quad', 'quad']);
  });

  it('reads a breakaway state the world does not recognise as a state actor', () => {
    const { mentions } = mentionsOf('Abkhazia said on Friday that it would boycott the Geneva talks.');
    expect(mentions.map((m) => [m.text, m.entity.id, m.entity.kind])).toContainEqual(['Abkhazia', 'abkhazia', 'state']);
  });

  it('reads a capital after "in" as a place, not a government', () => {
    const { pairs } = mentionsOf('Delegates gathered in Vienna for the talks.');
    expect(pairs).toEqual([]);
  });

  it('reads a capital naming a peace process or its talks as a place, not a government', () => {
    expect(mentionsOf('Leaders discussed the stalled Nairobi peace process.').pairs).toEqual([]);
    expect(mentionsOf('The Nairobi peace talks resumed.').pairs).toEqual([]);
    expect(mentionsOf('Nairobi welcomed the peace talks.').pairs).toEqual([['Nairobi', 'kenya']]);
  });

  it('reads "Egyptian mediators" as Egypt acting, and "opposition politician" as no group', () => {
    expect(mentionsOf('Egyptian mediators secured a truce.').pairs).toEqual([['Egyptian', 'egypt']]);
    expect(mentionsOf('Kenya voted. Opposition politician Ruth Wanjiru objected.').pairs.map(([, id]) => id)).not.toContain('kenyan_opposition');
  });

  it('ties an envoy to the body named before a region ("the United Nations Middle East envoy X")', () => {
    expect(mentionsOf('The United Nations Middle East envoy Karl Ostrom met them.').ties.get('karl_ostrom')).toMatchObject({ affiliation: { id: 'un' } });
  });

  it('does not make "Russia-backed separatists" rebels against Russia, and the bare "rebels" are those', () => {
    const title = 'Russia, Ukraine swap prisoners';
    const text = `${title}\nRussia said Russia-backed separatists freed 50 Ukrainian soldiers. Russia added the rebels would free more.`;
    const { mentions } = findMentions(text, segmentText(text, title), annotateRecorded(text));
    expect(mentions.filter((m) => /separatists|rebels/.test(m.text)).map((m) => m.entity.id)).toEqual(['ukrainian_rebels', 'ukrainian_rebels']);
  });

  it('reads a country at a venue ("at Norway talks") as where the talks are, not as a party', () => {
    const { mentions } = mentionsOf('The rivals agreed a truce at Norway talks.');
    expect(mentions.find((m) => m.text === 'Norway')).toMatchObject({ setting: true });
  });

  it('reads the body that patrols or monitors a place ("a UN-patrolled zone") as where it happens, not as a party', () => {
    const { mentions } = mentionsOf('Ethiopian troops shelled a village in a UN-patrolled buffer zone on Friday. Sudanese troops shelled an AU-monitored village near the border.');
    expect(mentions.filter((m) => m.text === 'UN' || m.text === 'AU').map((m) => m.setting)).toEqual([true, true]);
  });

  it("reads a region's adjective before 'fighters' as the group named after that region, but a state's as the state", () => {
    const { pairs } = mentionsOf('The Ogaden National Liberation Front (ONLF) rejected the offer on Sunday. On Monday Ogadeni fighters attacked an army base. Sudanese forces shelled the Sudan Liberation Movement in Darfur.');
    expect(pairs).toContainEqual(['Ogadeni fighters', 'ogaden_national_liberation_front']);
    expect(pairs.filter(([, id]) => id === 'sudan_liberation_movement').map(([text]) => text)).toEqual(['Sudan Liberation Movement']);
  });

  it("reads a state's coast guard, in either case, as the state acting", () => {
    const { pairs } = mentionsOf('Vietnam Coast Guard ships escorted two fishing boats on Monday. Chinese coast guard vessels blocked them near the reef.');
    expect(pairs).toEqual([
      ['Vietnam Coast Guard', 'vietnam'],
      ['Chinese coast guard', 'china'],
    ]);
  });

  it('reads two peoples named as the sides of a fight as their states, but not a people alone', () => {
    expect(mentionsOf('Clashes between Azeris and Georgians in the valley went on for a week.').pairs).toEqual([
      ['Azeris', 'azerbaijan'],
      ['Georgians', 'georgia'],
    ]);
    expect(mentionsOf('Georgians living in the valley held a vigil on Sunday.').pairs).toEqual([]);
  });

  it('keeps a demonym that only describes something out of the actors', () => {
    const { pairs } = mentionsOf('Thousands of Syrian civilians fled.');
    expect(pairs).toEqual([]);
  });

  it('finds a titled person and ties them to the state before the title', () => {
    const { pairs, ties } = mentionsOf('French Foreign Minister Pierre Lamarque met the envoy. Lamarque said little.');
    expect(pairs).toContainEqual(['Pierre Lamarque', 'pierre_lamarque']);
    expect(pairs).toContainEqual(['Lamarque', 'pierre_lamarque']);
    expect(ties.get('pierre_lamarque')).toMatchObject({ relation: 'REPRESENTS', affiliation: { id: 'france' } });
  });

  it("reads a breakaway region's adjective before a title as the region, and not before other nouns", () => {
    const { pairs, ties } = mentionsOf('Abkhaz Foreign Minister Daur Lakoba met the envoy in Abkhaz villages near the river.');
    expect(pairs).toContainEqual(['Abkhaz', 'abkhazia']);
    expect(pairs.filter(([, id]) => id === 'abkhazia')).toHaveLength(1);
    expect(ties.get('daur_lakoba')).toMatchObject({ relation: 'REPRESENTS', affiliation: { id: 'abkhazia' } });
  });

  it('ties a president to the state they lead', () => {
    const { ties } = mentionsOf('Kenyan President Daniel Omondi arrived on Monday.');
    expect(ties.get('daniel_omondi')).toMatchObject({ relation: 'LEADS', affiliation: { id: 'kenya' } });
  });

  it('resolves "he said" to the last speaker and "the official" to the titled person', () => {
    const text = 'German envoy Karl Brandt said the talks failed. The German official blamed Iran, he said.';
    const { mentions } = mentionsOf(text);
    const he = mentions.find((m) => m.text === 'he');
    const official = mentions.find((m) => m.text.startsWith('The German official'));
    expect(he?.entity.id).toBe('karl_brandt');
    expect(official?.entity.id).toBe('karl_brandt');
  });

  it('names gangs as gangs of their country, and the bare "gangs" as the same group', () => {
    const { mentions } = mentionsOf('Armed gangs have seized most of Honduras. The police promised to fight the Honduran gangs.');
    const gangs = mentions.filter((m) => m.entity.id === 'honduran_gangs');
    expect(gangs.map((m) => m.text)).toEqual(['gangs', 'Honduran gangs']);
    expect(gangs[0]?.entity.kind).toBe('armed_group');
  });

  it('names an opposition after its country and finds known armed groups', () => {
    const { pairs } = mentionsOf('In Yemen, the Yemeni opposition accused Hezbollah of shelling.');
    expect(pairs).toContainEqual(['Yemeni opposition', 'yemeni_opposition']);
    expect(pairs).toContainEqual(['Hezbollah', 'hezbollah']);
  });

  it('lets a state qualify only a titled person of its own sentence', () => {
    const { mentions } = mentionsOf('Kenya and Somalia sign a deal\nKenyan President Daniel Omondi signed it on Monday.');
    expect(mentions.find((m) => m.text === 'Kenya')?.bystander).toBeFalsy();
    expect(mentions.find((m) => m.text === 'Kenyan')?.bystander).toBe(true);
  });

  it('reads "X\'s government" as the state X', () => {
    const { pairs } = mentionsOf("Peru's government rejected the plan.");
    expect(pairs).toEqual([["Peru's government", 'peru']]);
  });

  it('takes the state a headline names as the country whose government "the government" is', () => {
    const title = 'Mali signs truce with rebels';
    const text = `${title}\nThe government met the rebels in Algeria.`;
    const { mentions } = findMentions(text, segmentText(text, title), annotateRecorded(text));
    expect(mentions.map((m) => [m.text, m.entity.id])).toContainEqual(['The government', 'mali']);
  });

  it('keeps a state named after a titled person, beyond an apposition, an actor of its own', () => {
    const { mentions } = mentionsOf('US President Joe Biden said the United States would send aid.');
    expect(mentions.find((m) => m.text === 'United States')?.bystander).toBeFalsy();
    expect(mentions.find((m) => m.text === 'US')?.bystander).toBe(true);
  });

  it('reads "the regime" as the state whose regime the article names, even when another state is named more', () => {
    const text = 'Turkey hosted talks in Turkey. The Syrian regime shelled Idlib. Turkey said the regime must stop. Turkey and Turkey again.';
    const { pairs } = mentionsOf(text);
    expect(pairs).toContainEqual(['the regime', 'syrian_government']);
  });

  it('reads a demonym right before a group\'s name as where the group is from, not an actor', () => {
    const { mentions } = mentionsOf('Fighters of the Lebanese Hezbollah movement shelled the town.');
    expect(mentions.find((m) => m.text === 'Lebanese')).toMatchObject({ bystander: true, setting: true });
  });

  it('reads "al-Shabaab militants" as the known group, not a new group named after a region', () => {
    const { pairs } = mentionsOf('Kenya said al-Shabaab militants attacked a base in Somalia.');
    expect(pairs).toContainEqual(['al-Shabaab', 'al_shabaab']);
    expect(pairs.map(([, id]) => id)).not.toContain('shabaab_rebels');
  });
});
