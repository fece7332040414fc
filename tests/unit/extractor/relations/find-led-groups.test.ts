import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../server/extractor/mentions/find-mentions.js';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';
import { buildArticle } from '../build-article.js';

const idsAt = (text: string, surface: string) => {
  const { mentions } = findMentions(text, segmentText(text), annotateRecorded(text));
  return mentions.filter((m) => m.text === surface).map((m) => m.entity.id);
};

describe('coalitions led by a state', () => {
  it('names a coalition after the state leading it, the state being its member', () => {
    const text = 'The Chilean-led coalition shelled the port on Monday. Bolivia accused the coalition of breaking the truce.';
    expect(idsAt(text, 'Chilean-led coalition')).toEqual(['chilean_led_coalition']);
    expect(idsAt(text, 'coalition')).toEqual(['chilean_led_coalition']);
    const { relations, actors } = extractRecorded(buildArticle(text));
    expect(actors.find((a) => a.id === 'chilean_led_coalition')?.kind).toBe('armed_group');
    expect(relations).toContainEqual(expect.objectContaining({ source: 'chile', type: 'MEMBER_OF', target: 'chilean_led_coalition' }));
  });

  it('finds the leading state inside a known coalition name', () => {
    const { relations, actors } = extractRecorded(buildArticle('The Saudi-led coalition struck the port on Monday.'));
    expect(actors.map((a) => a.id)).toContain('saudi_arabia');
    expect(relations).toContainEqual(expect.objectContaining({ source: 'saudi_arabia', type: 'MEMBER_OF', target: 'saudi_led_coalition' }));
  });

  it('reads two qualifiers before the force, and makes later "-led" forces of that state the same one', () => {
    const text = 'The council voted to send a Ghanaian-led multinational security force to Togo. The Ghanaian-led force will arrive in May.';
    const { relations, actors } = extractRecorded(buildArticle(text));
    const forces = actors.filter((a) => a.id.startsWith('ghanaian_led'));
    expect(forces.map((a) => a.id)).toEqual(['ghanaian_led_multinational_security_force']);
    expect(relations).toContainEqual(expect.objectContaining({ source: 'ghana', type: 'MEMBER_OF', target: 'ghanaian_led_multinational_security_force' }));
  });
});
