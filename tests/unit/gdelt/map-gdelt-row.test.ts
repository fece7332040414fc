import { describe, expect, it } from 'vitest';
import { EventTypeSchema } from '../../../server/contract/extraction.js';
import { gdeltCodebook } from '../../../server/gdelt/load-gdelt-codebook.js';
import { mapCameoCode } from '../../../server/gdelt/map-cameo-code.js';
import { mapGdeltRow } from '../../../server/gdelt/map-gdelt-row.js';
import { parseGdeltRow } from '../../../server/gdelt/parse-gdelt-row.js';
import { buildGdeltColumns } from '../../support/build-gdelt-row.js';

const map = (columns: Record<string, string> = {}) => mapGdeltRow(parseGdeltRow(buildGdeltColumns(columns)), gdeltCodebook);

describe('mapCameoCode', () => {
  it('gives each of the twenty CAMEO roots one of our event types', () => {
    for (let root = 1; root <= 20; root += 1) {
      const code = String(root).padStart(2, '0');
      expect(EventTypeSchema.options).toContain(mapCameoCode(`${code}0`, code, gdeltCodebook).type);
    }
  });

  it('refines a root by the longest listed prefix of the code', () => {
    expect(mapCameoCode('042', '04', gdeltCodebook)).toMatchObject({ type: 'meeting' });
    expect(mapCameoCode('040', '04', gdeltCodebook)).toMatchObject({ type: 'talks' });
    expect(mapCameoCode('0874', '08', gdeltCodebook)).toMatchObject({ type: 'ceasefire' });
    expect(mapCameoCode('1633', '16', gdeltCodebook)).toMatchObject({ type: 'sanctions' });
    expect(mapCameoCode('1041', '10', gdeltCodebook)).toMatchObject({ type: 'statement', subtype: 'demand' });
    expect(mapCameoCode('112', '11', gdeltCodebook)).toMatchObject({ type: 'statement', subtype: 'accusation' });
    expect(mapCameoCode('193', '19', gdeltCodebook)).toMatchObject({ type: 'offensive' });
  });
});

describe('mapGdeltRow', () => {
  it('keys the event by GLOBALEVENTID and keeps its CAMEO code, day, counts and scores', () => {
    expect(map().event).toEqual({
      id: 'gdelt:900000001',
      gdeltId: 900000001,
      articleId: expect.stringMatching(/^gdelt-[0-9a-f]{16}$/),
      type: 'meeting',
      subtype: null,
      cameo: '042',
      day: '2019-10-24',
      place: 'Berlin, Berlin, Germany',
      summary: 'Make a visit: France → Germany',
      confidence: 0.8,
      numMentions: 6,
      numSources: 2,
      numArticles: 6,
      goldstein: 1.9,
      quadClass: 1,
    });
  });

  it('makes Actor1 the source and Actor2 the target', () => {
    expect(map().participants).toEqual([{ actor: 'france', role: 'source' }, { actor: 'germany', role: 'target' }]);
    expect(map({ Actor1Code: '', Actor1Name: '', Actor1CountryCode: '', Actor1Type1Code: '' }).participants).toEqual([{ actor: 'germany', role: 'target' }]);
  });

  it('makes the source url the article, with its domain and the day GDELT added it', () => {
    const { article } = map({ SOURCEURL: 'https://www.paper.example.com/a?b=1', DATEADDED: '20191025010000' });
    expect(article).toMatchObject({ url: 'https://www.paper.example.com/a?b=1', source: 'paper.example.com', published: '2019-10-25' });
    expect(map({ SOURCEURL: 'BBC Monitoring' }).article).toMatchObject({ url: '', source: 'BBC Monitoring' });
  });

  it('gives the place the country named last in its full name, not its FIPS code', () => {
    expect(map({ ActionGeo_FullName: 'Minsk, Minsk, Belarus', ActionGeo_CountryCode: 'BO' }).place).toMatchObject({ name: 'Minsk, Minsk, Belarus', countryCode: 'BY' });
  });
});
