import { describe, expect, it } from 'vitest';
import { buildIngestParameters } from '../../../server/graph/ingest-parameters.js';
import { buildEvent, buildExtraction, buildRelation } from '../../support/build-extraction.js';

describe('buildIngestParameters', () => {
  it("makes event ids global by prefixing the article's id", () => {
    const params = buildIngestParameters(buildExtraction('art'), null);
    expect(params.eventIds).toEqual(['art:e1']);
    expect(params.participations.map((p) => p.event)).toEqual(['art:e1', 'art:e1']);
  });

  it('gives one report per evidence passage', () => {
    const event = buildEvent('e1', ['russia'], {
      evidence: [
        { text: 'one', start: 0, end: 3 },
        { text: 'two', start: 4, end: 7 },
      ],
    });
    const params = buildIngestParameters(buildExtraction('art', { events: [event] }), 'one two');
    expect(params.reports).toEqual([
      { event: 'art:e1', evidence: 'one', start: 0, end: 3 },
      { event: 'art:e1', evidence: 'two', start: 4, end: 7 },
    ]);
  });

  it('locates places with the gazetteer and keeps unknown ones without coordinates', () => {
    const events = [buildEvent('e1', ['russia'], { place: 'Vienna' }), buildEvent('e2', ['russia'], { place: 'Nowhere-on-Sea' }), buildEvent('e3', ['russia'], { place: null })];
    const params = buildIngestParameters(buildExtraction('art', { events }), null);
    expect(params.placements).toEqual([
      { event: 'art:e1', name: 'Vienna', latitude: expect.closeTo(48.2, 0), longitude: expect.closeTo(16.4, 0), countryCode: 'AT' },
      { event: 'art:e2', name: 'Nowhere-on-Sea', latitude: null, longitude: null, countryCode: null },
    ]);
  });

  it('groups relations per source, type and target, with one entry per passage', () => {
    const relations = [
      buildRelation('russia', 'BACKS', 'syrian_government', 'first'),
      buildRelation('russia', 'BACKS', 'syrian_government', 'second'),
      { source: 'russia', type: 'OPPOSES' as const, target: 'syrian_government', evidence: [] },
    ];
    const params = buildIngestParameters(buildExtraction('art', { relations }), null);
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
    const hash = buildIngestParameters(doc, 'text').article.contentHash;
    expect(buildIngestParameters(structuredClone(doc), 'text').article.contentHash).toBe(hash);
    expect(buildIngestParameters(doc, 'other text').article.contentHash).not.toBe(hash);
  });
});
