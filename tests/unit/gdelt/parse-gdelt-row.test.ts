import { describe, expect, it } from 'vitest';
import { GdeltRowError, parseGdeltRow } from '../../../server/gdelt/parse-gdelt-row.js';
import { buildGdeltColumns } from '../../support/build-gdelt-row.js';

describe('parseGdeltRow', () => {
  it('reads the event, both actors, the action place and the source of a row', () => {
    const row = parseGdeltRow(buildGdeltColumns({ Actor2Code: 'IGOEUREEC', Actor2Name: 'THE EU', Actor2CountryCode: 'EUR', Actor2KnownGroupCode: 'EEC', Actor2Type1Code: 'IGO' }));
    expect(row).toMatchObject({
      globalEventId: 900000001,
      day: '2019-10-24',
      eventCode: '042',
      rootCode: '04',
      quadClass: 1,
      goldstein: 1.9,
      numMentions: 6,
      numSources: 2,
      numArticles: 6,
      dayAdded: '2019-10-24',
      sourceUrl: 'https://news.example.org/2019/10/24/visit',
      actionGeo: { name: 'Berlin, Berlin, Germany', latitude: 52.5167, longitude: 13.4 },
    });
    expect(row.actor1).toMatchObject({ code: 'FRAGOV', name: 'FRANCE', countryCode: 'FRA', typeCodes: ['GOV'] });
    expect(row.actor2).toMatchObject({ code: 'IGOEUREEC', knownGroupCode: 'EEC', typeCodes: ['IGO'] });
  });

  it('leaves out an actor with no code and a place of geo type 0', () => {
    const row = parseGdeltRow(buildGdeltColumns({ Actor1Code: '', Actor1Name: '', Actor1CountryCode: '', Actor1Type1Code: '', ActionGeo_Type: '0' }));
    expect(row.actor1).toBeNull();
    expect(row.actionGeo).toBeNull();
  });

  it('keeps a place whose coordinates are garbled, without them', () => {
    expect(parseGdeltRow(buildGdeltColumns({ ActionGeo_Lat: 'north' })).actionGeo).toEqual({ name: 'Berlin, Berlin, Germany', latitude: null, longitude: 13.4 });
  });

  it.each([
    [{ SQLDATE: '20190231' }, /SQLDATE "20190231" is not a calendar day/],
    [{ GLOBALEVENTID: 'x12' }, /GLOBALEVENTID/],
    [{ EventCode: '051', EventRootCode: '04' }, /EventCode "051" is not under EventRootCode "04"/],
    [{ EventRootCode: '21', EventCode: '210' }, /EventRootCode "21"/],
    [{ QuadClass: '5' }, /QuadClass/],
    [{ GoldsteinScale: '12' }, /GoldsteinScale "12" is not a number from -10 to 10/],
    [{ NumSources: '-1' }, /NumSources/],
    [{ SOURCEURL: '' }, /SOURCEURL is empty/],
  ])('rejects a row breaking the codebook: %o', (columns, message) => {
    expect(() => parseGdeltRow(buildGdeltColumns(columns))).toThrow(message);
    expect(() => parseGdeltRow(buildGdeltColumns(columns))).toThrow(GdeltRowError);
  });

  it('names the column count of a row cut short, such as a GDELT 1.0 row', () => {
    expect(() => parseGdeltRow(buildGdeltColumns().slice(0, 57))).toThrow('expected 61 tab-separated columns, found 57');
  });
});
