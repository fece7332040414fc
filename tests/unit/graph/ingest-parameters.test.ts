import { describe, expect, it } from 'vitest';
import { buildIngestParameters, hashDocument } from '../../../server/graph/ingest-parameters.js';
import type { Extraction } from '../../../server/contract/extraction.js';
import { buildActor, buildEvent, buildExtraction, buildRelation } from '../../support/build-extraction.js';

const paramsOf = (doc: Extraction, text: string | null = null) => buildIngestParameters([{ doc, text }]);

describe('buildIngestParameters', () => {
  it("keys each event's report by its article's id and its local id, with its participants as parallel lists", () => {
    const params = paramsOf(buildExtraction('art'), null);
    expect(params.reports).toMatchObject([
      { key: 'art:e1', articleId: 'art', localId: 'e1', actors: ['russia', 'syrian_government'], roles: ['participant', 'participant'], spanBucket: 2 },
    ]);
  });

  it('marks a place that is a country, with its country code', () => {
    const events = [buildEvent('e1', ['russia'], { place: 'Switzerland' }), buildEvent('e2', ['russia'], { place: 'Geneva' })];
    const params = paramsOf(buildExtraction('art', { events }), null);
    expect(params.reports.map(({ placeCountry, placeIsCountry }) => ({ placeCountry, placeIsCountry }))).toEqual([
      { placeCountry: 'CH', placeIsCountry: true },
      { placeCountry: 'CH', placeIsCountry: false },
    ]);
  });

  it('gives one passage per evidence passage', () => {
    const event = buildEvent('e1', ['russia'], {
      evidence: [
        { text: 'one', start: 0, end: 3 },
        { text: 'two', start: 4, end: 7 },
      ],
    });
    const params = paramsOf(buildExtraction('art', { events: [event] }), 'one two');
    expect(params.passages).toEqual([
      { reportKey: 'art:e1', articleId: 'art', localId: 'e1', evidence: 'one', start: 0, end: 3 },
      { reportKey: 'art:e1', articleId: 'art', localId: 'e1', evidence: 'two', start: 4, end: 7 },
    ]);
  });

  it('locates places with the gazetteer and keeps unknown ones without coordinates', () => {
    const events = [buildEvent('e1', ['russia'], { place: 'Vienna' }), buildEvent('e2', ['russia'], { place: 'Nowhere-on-Sea' }), buildEvent('e3', ['russia'], { place: null })];
    const params = paramsOf(buildExtraction('art', { events }), null);
    expect(params.places).toEqual([
      { name: 'Vienna', latitude: expect.closeTo(48.2, 0), longitude: expect.closeTo(16.4, 0), countryCode: 'AT' },
      { name: 'Nowhere-on-Sea', latitude: null, longitude: null, countryCode: null },
    ]);
  });

  it('groups relations per source, type and target, with one entry per passage', () => {
    const relations = [
      buildRelation('russia', 'BACKS', 'syrian_government', 'first'),
      buildRelation('russia', 'BACKS', 'syrian_government', 'second'),
      { source: 'russia', type: 'OPPOSES' as const, target: 'syrian_government', evidence: [] },
    ];
    const params = paramsOf(buildExtraction('art', { relations }), null);
    expect(params.relations).toEqual([
      {
        source: 'russia',
        type: 'BACKS',
        target: 'syrian_government',
        entries: [
          { articleId: 'art', evidence: 'first', start: 0, end: 5 },
          { articleId: 'art', evidence: 'second', start: 0, end: 6 },
        ],
      },
      { source: 'russia', type: 'OPPOSES', target: 'syrian_government', entries: [{ articleId: 'art', evidence: '', start: 0, end: 0 }] },
    ]);
  });

  it('hashes the same document the same way, and a changed one differently', () => {
    const doc = buildExtraction('art');
    const hash = hashDocument({ doc, text: 'text' });
    expect(paramsOf(doc, 'text').articles[0]!.contentHash).toBe(hash);
    expect(hashDocument({ doc: structuredClone(doc), text: 'text' })).toBe(hash);
    expect(hashDocument({ doc, text: 'other text' })).not.toBe(hash);
  });

  it('writes an actor several documents of a batch name once, with the aliases of all', () => {
    const first = buildExtraction('a1', { actors: [buildActor('russia', { aliases: ['Russia', 'Moscow'] }), buildActor('syria')] });
    const second = buildExtraction('a2', { actors: [buildActor('russia', { name: 'Kremlin', aliases: ['Kremlin'] }), buildActor('iran')] });
    const { actors } = buildIngestParameters([{ doc: first, text: null }, { doc: second, text: null }]);
    expect(actors.map((actor) => actor.id)).toEqual(['russia', 'syria', 'iran']);
    expect(actors[0]).toMatchObject({ name: 'russia', aliases: ['Russia', 'Moscow', 'Kremlin'] });
  });

  it('groups one relation stated by two documents of a batch into one entry list', () => {
    const batch = ['a1', 'a2'].map((id) => ({ doc: buildExtraction(id, { relations: [buildRelation('russia', 'BACKS', 'syrian_government', `said in ${id}`)] }), text: null }));
    expect(buildIngestParameters(batch).relations).toEqual([
      expect.objectContaining({ entries: [expect.objectContaining({ articleId: 'a1' }), expect.objectContaining({ articleId: 'a2' })] }),
    ]);
  });
});
