import { describe, expect, it } from 'vitest';
import { findPlace } from '../../../../server/extractor/events/find-place.js';

const placeOf = (sentence: string, trigger: string) => findPlace(sentence, sentence, sentence.indexOf(trigger));

describe('findPlace', () => {
  it('takes the city a trip goes to, but not a country addressed after "to"', () => {
    expect(placeOf('The envoy travelled to Cairo on Monday for a visit.', 'visit')).toBe('Cairo');
    expect(placeOf('The minister appealed to Russia to halt the strikes.', 'appealed')).toBeNull();
  });

  it('takes a place written as one even when the gazetteer does not know it, the one nearest the trigger', () => {
    const sentence = 'They agreed a truce in the port city of Qalat Zor at the end of talks in Norway.';
    expect(placeOf(sentence, 'truce')).toBe('Qalat Zor');
    expect(placeOf(sentence, 'talks')).toBe('Norway');
  });

  it('reads "the Kenyan capital" as the capital of Kenya', () => {
    expect(placeOf('Talks in the Kenyan capital ended on Friday.', 'Talks')).toBe('Nairobi');
  });
});
