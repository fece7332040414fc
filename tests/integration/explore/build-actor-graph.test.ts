import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticExtractions } from '../../../scripts/bench/generate-synthetic-graph.js';
import { GraphQuerySchema, type GraphQuery } from '../../../server/contract/api.js';
import type { Extraction } from '../../../server/contract/extraction.js';
import { buildActorGraph } from '../../../server/explore/build-actor-graph.js';
import { ingestExtractions } from '../../../server/graph/ingest-extraction.js';
import { openEmptyTestGraph, type TestGraph } from '../../support/open-test-graph.js';

let graph: TestGraph;

// Events a year or several months long, which the month aggregates key by their first and last month; their
// actors take part in no synthetic event, so no other article's report joins them (cross-article identity).
const LONG_EVENTS: Extraction = {
  article: { id: 'long-events', title: 'Long events', published: '2013-01-10', url: '', source: 'Test' },
  actors: ['long_0', 'long_1', 'long_2'].map((id) => ({ id, name: id, kind: 'state' as const, aliases: [id] })),
  events: [
    ['y1', '2012-01-01', '2012-12-31', 'year'],
    ['r1', '2012-11-15', '2013-02-10', 'day'],
    ['m1', '2013-01-01', '2013-01-31', 'month'],
  ].map(([id, start, end, precision]) => ({
    id: id!, type: 'talks' as const, subtype: null, cameo: null, status: 'occurred' as const,
    date: { start: start!, end: end!, precision: precision as 'day' },
    participants: [{ actor: 'long_0', role: 'source' as const }, { actor: 'long_1', role: 'target' as const }, { actor: 'long_2', role: 'participant' as const }],
    place: null, summary: 'long talks', evidence: [{ text: 'Long talks.', start: 0, end: 11 }], confidence: 1,
  })),
  relations: [],
};

beforeAll(async () => {
  graph = await openEmptyTestGraph();
  const docs = [...generateSyntheticExtractions({ events: 1_000, actors: 40, eventsPerArticle: 100, seed: 7 }), LONG_EVENTS];
  await ingestExtractions(graph.driver, graph.database, docs.map((doc) => ({ doc, text: null })));
}, 120_000);

afterAll(async () => {
  await graph.driver.close();
});

const dayArbitrary = fc.tuple(fc.integer({ min: 2009, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 15, 28, 31))
  .map(([year, month, day]) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10));
const endOfMonthArbitrary = fc.tuple(fc.integer({ min: 2009, max: 2020 }), fc.integer({ min: 1, max: 12 }))
  .map(([year, month]) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10));

const queryArbitrary = fc
  .record({
    from: fc.option(dayArbitrary, { nil: undefined }),
    to: fc.option(fc.oneof(dayArbitrary, endOfMonthArbitrary), { nil: undefined }),
    types: fc.option(fc.subarray(['talks', 'meeting', 'offensive', 'statement'], { minLength: 1 }), { nil: undefined }),
    kinds: fc.option(fc.subarray(['state', 'person', 'organization'], { minLength: 1 }), { nil: undefined }),
    actors: fc.option(fc.subarray(['actor_0', 'actor_3', 'actor_17'], { minLength: 1 }), { nil: undefined }),
    minWeight: fc.constantFrom('1', '2', '4'),
    limit: fc.constantFrom('5', '2000'),
  })
  .filter(({ from, to }) => from === undefined || to === undefined || from <= to)
  .map((raw): GraphQuery => GraphQuerySchema.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]))));

describe('the actor graph read from the year and month aggregates', () => {
  it('is the graph read from the events, for any window and filters', async () => {
    await fc.assert(
      fc.asyncProperty(queryArbitrary, async (query) => {
        const fromEvents = await buildActorGraph(graph.driver, graph.database, query, { aggregates: false });
        expect(await buildActorGraph(graph.driver, graph.database, query)).toEqual(fromEvents);
      }),
      { numRuns: 30 },
    );
  }, 240_000);

  it('counts an event spanning months once, in a window of whole months or years and in one cut mid-month', async () => {
    const windows = [['2012-12-01', '2013-01-31'], ['2012-12-20', '2013-01-05'], ['2012-06-01', '2012-06-30'], ['2012-01-01', '2012-12-31'], ['2011-11-15', '2013-02-20'], ['2012-01-01', '2013-12-31']];
    for (const [from, to] of windows) {
      const { edges } = await buildActorGraph(graph.driver, graph.database, GraphQuerySchema.parse({ from, to, actors: 'long_0,long_1', types: 'talks' }));
      const { edges: expected } = await buildActorGraph(graph.driver, graph.database, GraphQuerySchema.parse({ from, to, actors: 'long_0,long_1', types: 'talks' }), { aggregates: false });
      expect(edges).toEqual(expected);
      expect(edges.length).toBeGreaterThan(0);
    }
  });

  it('reads the whole history, one whole year or one whole month heaviest first, as the events give them, capped or not', async () => {
    const windows = [{}, { from: '2012-01-01', to: '2012-12-31' }, { from: '2013-01-01', to: '2013-12-31' }, { from: '2013-01-01', to: '2013-01-31' }, { from: '2012-06-01', to: '2012-06-30' }, { from: '2016-02-01', to: '2016-02-29' }];
    const filters = [{}, { actors: 'long_0,long_1', types: 'talks' }, { kinds: 'state,organization' }, { actors: 'actor_3', minWeight: '2' }];
    for (const window of windows) {
      for (const filter of filters) {
        for (const limit of ['1', '5', '2000']) {
          const query = GraphQuerySchema.parse({ ...window, ...filter, limit });
          expect(await buildActorGraph(graph.driver, graph.database, query)).toEqual(await buildActorGraph(graph.driver, graph.database, query, { aggregates: false }));
        }
      }
    }
  }, 240_000);
});
