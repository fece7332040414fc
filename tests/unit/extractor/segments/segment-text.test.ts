import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';

describe('segmentText', () => {
  it('splits sentences but not at abbreviations, initials or "U.S."', () => {
    const text = 'The U.S. envoy met Mr. Haddad on Feb. 3 in Oslo. John F. Smith said talks went well.';
    const kinds = segmentText(text).map((s) => s.text);
    expect(kinds).toEqual(['The U.S. envoy met Mr. Haddad on Feb. 3 in Oslo.', 'John F. Smith said talks went well.']);
  });

  it('keeps offsets that slice back to each sentence', () => {
    const text = 'Headline here\n\n  First sentence. Second one!\nThird?';
    for (const s of segmentText(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks the title line as headline and its repetition as noise', () => {
    const text = 'Rebels agree truce\n\nRebels agree truce\nThe rebels agreed a truce with the army on Monday.';
    expect(segmentText(text, 'Rebels agree truce').map((s) => s.kind)).toEqual(['headline', 'noise', 'body']);
  });

  it('marks read times, datelines and photo credits as noise and captions as captions', () => {
    const text = 'Title\n3 min read\n14 March, 2017\nPhoto: Jane Roe / AFP\nMinisters meet in Oslo [Getty]\nThe ministers met.';
    const kinds = segmentText(text, 'Title').map((s) => s.kind);
    expect(kinds).toEqual(['headline', 'noise', 'noise', 'noise', 'caption', 'body']);
  });

  it('marks a pull quote that repeats a body passage as noise', () => {
    const text = 'Title\nShe said the blockade of the port must end before any talks begin, and repeated it.\nthe blockade of the port must end before any talks begin';
    expect(segmentText(text, 'Title').at(-1)?.kind).toBe('noise');
  });

  it('sets a place dateline apart as noise, so the country it names is no actor and the lead sentence starts after it', () => {
    const text = 'Envoys meet\nLUSAKA, Zambia (Wire) - The two envoys met on Monday.\nOSLO/BERGEN - Talks resumed.\nHarare (AP) -- The talks ended.';
    const segments = segmentText(text, 'Envoys meet');
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['headline', 'Envoys meet'],
      ['noise', 'LUSAKA, Zambia (Wire) -'],
      ['body', 'The two envoys met on Monday.'],
      ['noise', 'OSLO/BERGEN -'],
      ['body', 'Talks resumed.'],
      ['noise', 'Harare (AP) --'],
      ['body', 'The talks ended.'],
    ]);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('takes an all-caps place ending in a colon for a dateline, but not a mixed-case label', () => {
    const text = 'Title\nUNITED NATIONS: The council voted.\nNote: The council voted again.';
    expect(segmentText(text, 'Title').map((s) => s.kind)).toEqual(['headline', 'noise', 'body', 'body']);
  });

  it('does not take a name followed by a dash for a dateline', () => {
    const text = 'Title\nMs Okafor - who chaired the talks - left early.';
    expect(segmentText(text, 'Title').map((s) => s.kind)).toEqual(['headline', 'body']);
  });

  it('marks bylines, credits and page furniture as noise but not a sentence opening with "By"', () => {
    const text = [
      'Title', 'By Field staff', 'By Tuesday the envoys had left.', 'Share this article', 'Related: Markets slip on truce news',
      'Writing by the Lima bureau; Editing by Jo Park', 'Advertisement', 'Listen to this story', 'Our Standards: The Trust Principles.',
      'Wire writer Ana Gil in Quito contributed to this report.',
    ].join('\n');
    const kinds = segmentText(text, 'Title').map((s) => s.kind);
    expect(kinds).toEqual(['headline', 'noise', 'body', 'noise', 'noise', 'noise', 'noise', 'noise', 'noise', 'noise']);
  });

  it('marks a byline with name particles as noise and a "Caption:" line as a caption', () => {
    const text = 'Title\nBy Omar al-Masri and Ines de la Cruz\nCaption: Envoys in Doha.';
    expect(segmentText(text, 'Title').map((s) => s.kind)).toEqual(['headline', 'noise', 'caption']);
  });
});
