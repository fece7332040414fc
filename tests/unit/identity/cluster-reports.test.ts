import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterReports } from '../../../server/identity/cluster-reports.js';
import type { IdentityReport } from '../../../server/identity/identity-report.js';
import { buildIdentityReport as report } from '../../support/build-identity-report.js';

const day = (iso: string) => ({ start: iso, end: iso, precision: 'day' as const });

// Small pools, so that random reports often are one event and the article constraint bites.
const reportArbitrary = fc
  .record({
    articleId: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
    localId: fc.constantFrom('e1', 'e2', 'e3'),
    type: fc.constantFrom('talks' as const, 'meeting' as const, 'ceasefire' as const),
    day: fc.constantFrom('2016-02-01', '2016-02-02', '2016-02-03', '2016-02-10'),
    place: fc.constantFrom('Geneva', 'Vienna', null),
    actors: fc.subarray(['russia', 'united_states', 'iran', 'turkey'], { minLength: 1 }),
  })
  .map(({ articleId, localId, type, day: iso, place, actors }) =>
    report(articleId, localId, { type, ...day(iso), place, placeCountry: null, participants: actors.map((actor) => ({ actor, role: 'participant' as const })) }),
  );

const reportsArbitrary = fc.uniqueArray(reportArbitrary, { maxLength: 14, selector: (r) => r.key });

describe('clusterReports', () => {
  it('gives the same events whatever order the reports come in', () => {
    fc.assert(
      fc.property(reportsArbitrary.chain((reports) => fc.tuple(fc.constant(reports), fc.shuffledSubarray(reports, { minLength: reports.length }))), ([reports, shuffled]) => {
        expect(clusterReports(shuffled)).toEqual(clusterReports(reports));
      }),
      { numRuns: 300 },
    );
  });

  it('puts every report in exactly one event, and never two reports of one article in one', () => {
    fc.assert(
      fc.property(reportsArbitrary, (reports) => {
        const clusters = clusterReports(reports);
        expect(clusters.flat().sort()).toEqual(reports.map((r) => r.key).sort());
        for (const cluster of clusters) {
          const articles = cluster.map((key) => key.split(':')[0]);
          expect(new Set(articles).size).toBe(articles.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('joins three reports of one meeting and leaves the next round apart', () => {
    const reports: IdentityReport[] = [
      report('a', 'e1'),
      report('b', 'e2', { type: 'meeting' }),
      report('c', 'e1', day('2016-02-02')),
      report('c', 'e2', day('2016-02-15')),
    ];
    expect(clusterReports(reports)).toEqual([['a:e1', 'b:e2', 'c:e1'], ['c:e2']]);
  });

  it('keeps the better match when one article reports two candidates for an event', () => {
    const reports = [report('a', 'e1'), report('b', 'e1', day('2016-02-02')), report('b', 'e2')];
    expect(clusterReports(reports)).toEqual([['a:e1', 'b:e2'], ['b:e1']]);
  });

  it('does not chain reports on successive days into one event', () => {
    const reports = ['2016-02-01', '2016-02-02', '2016-02-03'].map((iso, i) => report(`a${i}`, 'e1', day(iso)));
    const clusters = clusterReports(reports);
    expect(clusters).toHaveLength(2);
    expect(clusters.every((cluster) => cluster.length <= 2)).toBe(true);
  });
});
