import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../../../server/extractor/segments/join-wrapped-lines.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';

// A story hard-wrapped at 50 characters, as wire copy and e-mail keep it.
const WRAPPED = [
  'Envoys meet in Tallinn',
  'By Field staff',
  'TALLINN, March 3 The foreign ministers of Estonia',
  'and Finland met on Friday as Swedish Prime Minister',
  'Lena Berg called for a joint patrol of the gulf and',
  'for talks with both coast guards.',
  'The meeting was the first since the spring.',
  '* Ministers agree on a shared patrol of the gulf',
  '* Talks with the coast guards to follow in April',
].join('\n');

const lines = (text: string) => text.split('\n');

describe('joinWrappedLines', () => {
  it('joins the lines of a hard-wrapped paragraph with spaces, keeping every offset', () => {
    const joined = joinWrappedLines(WRAPPED);
    expect(joined).toHaveLength(WRAPPED.length);
    expect(lines(joined)).toContain(
      'TALLINN, March 3 The foreign ministers of Estonia and Finland met on Friday as Swedish Prime Minister Lena Berg called for a joint patrol of the gulf and for talks with both coast guards.',
    );
  });

  it('keeps the break after a short line where the next word would have fitted: the headline, the byline, the paragraph end', () => {
    const kept = lines(joinWrappedLines(WRAPPED));
    expect(kept.slice(0, 2)).toEqual(['Envoys meet in Tallinn', 'By Field staff']);
    expect(kept).toContain('The meeting was the first since the spring.');
  });

  it('keeps the breaks before list items', () => {
    expect(lines(joinWrappedLines(WRAPPED)).slice(-2)).toEqual(['* Ministers agree on a shared patrol of the gulf', '* Talks with the coast guards to follow in April']);
  });

  it('joins a short line whose sentence runs on in lower case', () => {
    const text = `${WRAPPED}\n* Ministers pledge to share radar data with the\nnavies\n* Next round in Helsinki`;
    expect(lines(joinWrappedLines(text)).slice(-2)).toEqual(['* Ministers pledge to share radar data with the navies', '* Next round in Helsinki']);
  });

  it('turns a carriage return before a wrap into a space too', () => {
    const text = WRAPPED.replaceAll('\n', '\r\n');
    const joined = joinWrappedLines(text);
    expect(joined).toHaveLength(text.length);
    expect(joined).toContain('of Estonia  and Finland');
    expect(joined).toContain('Envoys meet in Tallinn\r\nBy Field staff');
  });

  it('leaves an article with a paragraph on each line as it is', () => {
    const text = [
      'Ministers meet',
      'The foreign ministers of Estonia and Finland met in Tallinn on Friday to discuss a shared patrol of the gulf.',
      'Patrols resume',
      'Swedish Prime Minister Lena Berg said her country would join the patrols once the coast guards agreed on the rules.',
      'Talks with the coast guards are due in April.',
    ].join('\n');
    expect(joinWrappedLines(text)).toBe(text);
  });

  it('leaves headings over long paragraphs as they are, however many: lines far longer than theirs show the text is not wrapped', () => {
    const text = [
      'Patrols in the gulf',
      'The foreign ministers of Estonia and Finland met in Tallinn on Friday to discuss a shared patrol of the gulf.',
      'Sweden to join',
      'Swedish Prime Minister Lena Berg said her country would join the patrols once the coast guards agreed on the rules.',
      'Next round in Helsinki',
      'Talks with the coast guards are due in April, when the ministers meet again.',
    ].join('\n');
    expect(joinWrappedLines(text)).toBe(text);
  });

  it('lets the segmenter keep a title with its name across a wrap', () => {
    const sentences = segmentText(joinWrappedLines(WRAPPED)).map((s) => s.text);
    expect(sentences.some((s) => s.includes('Swedish Prime Minister Lena Berg called'))).toBe(true);
    expect(sentences).toContain('Envoys meet in Tallinn');
  });
});
