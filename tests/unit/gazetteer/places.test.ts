import { describe, expect, it } from 'vitest';
import { locatePlace } from '../../../server/gazetteer/places.js';

describe('locatePlace', () => {
  it('locates a city with its country', () => {
    expect(locatePlace('Geneva')).toMatchObject({ name: 'Geneva', countryCode: 'CH' });
    expect(locatePlace('Geneva')?.latitude).toBeCloseTo(46.2, 1);
  });

  it('prefers the most populous city of a name', () => {
    expect(locatePlace('Paris')?.countryCode).toBe('FR');
  });

  it('locates countries at their centre and ignores case and accents', () => {
    expect(locatePlace('norway')).toMatchObject({ countryCode: 'NO' });
    expect(locatePlace('Bogotá')?.countryCode).toBe('CO');
  });

  it('knows exonyms and spellings from its alias file', () => {
    expect(locatePlace('Kyiv')).toMatchObject({ name: 'Kyiv', countryCode: 'UA' });
  });

  it('returns null for names it does not know', () => {
    expect(locatePlace('Nowhereville')).toBeNull();
    expect(locatePlace('  ')).toBeNull();
  });
});
