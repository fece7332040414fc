import { describe, expect, it } from 'vitest';
import { gdeltCodebook } from '../../../server/gdelt/load-gdelt-codebook.js';
import { mapGdeltActor } from '../../../server/gdelt/map-gdelt-actor.js';
import { parseGdeltRow } from '../../../server/gdelt/parse-gdelt-row.js';
import { buildGdeltColumns } from '../../support/build-gdelt-row.js';

/** Actor1 of a row with these actor columns (Code, Name, CountryCode, KnownGroupCode, …). */
function actor(columns: Record<string, string>) {
  const prefixed = Object.fromEntries(Object.entries({ Type1Code: '', ...columns }).map(([name, value]) => [`Actor1${name}`, value]));
  return mapGdeltActor(parseGdeltRow(buildGdeltColumns(prefixed)).actor1!, gdeltCodebook);
}

describe('mapGdeltActor', () => {
  it('makes a country code alone the state, with the id the extractor gives it', () => {
    expect(actor({ Code: 'USA', Name: 'UNITED STATES', CountryCode: 'USA' })).toMatchObject({ id: 'united_states', name: 'United States', kind: 'state', gdeltCode: 'USA' });
  });

  it("makes a country's government or military the state, with the lexicon's override", () => {
    expect(actor({ Code: 'SYRGOV', Name: 'DAMASCUS', CountryCode: 'SYR', Type1Code: 'GOV' })).toMatchObject({ id: 'syrian_government', kind: 'state' });
    expect(actor({ Code: 'RUSMIL', Name: 'RUSSIAN ARMY', CountryCode: 'RUS', Type1Code: 'MIL' })).toMatchObject({ id: 'russia', kind: 'state' });
  });

  it('makes a known group the organisation the extractor knows', () => {
    expect(actor({ Code: 'IGOEUREEC', Name: 'THE EU', CountryCode: 'EUR', KnownGroupCode: 'EEC', Type1Code: 'IGO' })).toMatchObject({ id: 'eu', name: 'European Union', kind: 'organization', gdeltCode: 'EEC' });
    expect(actor({ Code: 'NAT', Name: 'NATO', KnownGroupCode: 'NAT' })).toMatchObject({ id: 'nato' });
    expect(actor({ Code: 'AFGTAL', Name: 'TALIBAN', CountryCode: 'AFG', KnownGroupCode: 'TAL', Type1Code: 'REB' })).toMatchObject({ id: 'taliban', kind: 'armed_group' });
  });

  it("names a country's rebels and opposition as the extractor does", () => {
    expect(actor({ Code: 'SYRREB', Name: 'REBEL', CountryCode: 'SYR', Type1Code: 'REB' })).toMatchObject({ id: 'syrian_rebels', name: 'Syrian rebels', kind: 'armed_group' });
    expect(actor({ Code: 'VENOPP', Name: 'OPPOSITION', CountryCode: 'VEN', Type1Code: 'OPP' })).toMatchObject({ id: 'venezuelan_opposition', kind: 'organization' });
  });

  it('keeps the name and code of anyone else, with a kind from the first type code that gives one', () => {
    expect(actor({ Code: 'USABUS', Name: 'COMPANY', CountryCode: 'USA', Type1Code: 'BUS' })).toEqual({
      id: 'gdelt_usabus', name: 'COMPANY', kind: 'organization', aliases: ['COMPANY'], gdeltCode: 'USABUS',
    });
    expect(actor({ Code: 'CVL', Name: 'PROTESTER', Type1Code: 'CVL' })).toMatchObject({ kind: 'other' });
    expect(actor({ Code: 'UAF', Name: 'GUNMAN', Type1Code: 'UAF' })).toMatchObject({ kind: 'armed_group' });
  });

  it('does not take a religious or ethnic group of a country for its state', () => {
    expect(actor({ Code: 'IRQSHI', Name: 'SHIITE', CountryCode: 'IRQ', Religion1Code: 'SHI' })).toMatchObject({ id: 'gdelt_irqshi', kind: 'other' });
  });

  it('does not take a region code for a state', () => {
    expect(actor({ Code: 'AFR', Name: 'AFRICA', CountryCode: 'AFR' })).toMatchObject({ id: 'gdelt_afr', name: 'AFRICA' });
  });
});
