import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

// Published on Saturday 2017-03-11; sentences written for these tests.
const extract = (text: string) => extractRecorded(buildArticle(text));

describe('lexicon: common diplomacy vocabulary', () => {
  it('reads breaking off ties as sanctions from who breaks them on whom', () => {
    const { events } = extract('Morocco severed diplomatic relations with Iran on Tuesday.');
    expect(events[0]).toMatchObject({ type: 'sanctions', participants: [{ actor: 'morocco', role: 'source' }, { actor: 'iran', role: 'target' }] });
  });

  it('reads traded threats between two states as a threat', () => {
    const { events } = extract('Last year, Ankara traded threats of war with Moscow.');
    expect(events.find((e) => e.subtype === 'threat')).toBeDefined();
  });

  it('knows the national security adviser as a title, not part of the name', () => {
    const { actors, relations } = extract('French National Security Adviser Paul Martin visited Algeria on Monday.');
    expect(actors.map((a) => a.name)).toContain('Paul Martin');
    expect(relations).toContainEqual(expect.objectContaining({ source: 'paul_martin', type: 'REPRESENTS', target: 'france' }));
  });

  it('knows the Saudi-led coalition and the rival Libyan bodies as actors', () => {
    const { actors } = extract('The Saudi-led coalition struck Sanaa as the General National Congress met the Government of National Accord.');
    expect(actors.map((a) => a.id)).toEqual(expect.arrayContaining(['saudi_led_coalition', 'general_national_congress', 'government_of_national_accord']));
  });

  it('reads a trip to a capital as a visit', () => {
    const { events } = extract('Kuwaiti Foreign Minister Ali Hamad travelled to Cairo on Tuesday.');
    expect(events.find((e) => e.type === 'meeting')).toBeDefined();
  });
});
