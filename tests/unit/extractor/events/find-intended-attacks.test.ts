import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

const extract = (text: string) => extractRecorded(buildArticle(text));
const threats = (text: string) => extract(text).events.filter((e) => e.subtype === 'threat');

describe('findIntendedAttacks', () => {
  it('reads a vow to keep attacking as a threat by its subject, and keeps the attack', () => {
    const { events } = extract('Peru vowed to continue fighting Chile.');
    expect(events.find((e) => e.subtype === 'threat')?.participants[0]).toEqual({ actor: 'peru', role: 'source' });
    expect(events.some((e) => e.type === 'offensive')).toBe(true);
  });

  it('reads a plan to retake a town as a threat', () => {
    expect(threats('Peru said it planned to recapture the border town held by Chile.').map((e) => e.participants[0]?.actor)).toEqual(['peru']);
  });

  it('reads a vow to do anything but attack as no threat', () => {
    expect(threats('Peru vowed to continue talks with Chile.')).toEqual([]);
  });

  it('reads being ready to attack as a threat', () => {
    expect(threats('Peru is ready to wage war against Chile.').map((e) => e.participants[0]?.actor)).toEqual(['peru']);
    expect(threats('Peru is ready to resume talks with Chile.')).toEqual([]);
  });
});
