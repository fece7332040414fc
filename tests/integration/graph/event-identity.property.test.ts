import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema, type Extraction } from '../../../server/contract/extraction.js';
import { ingestExtractions } from '../../../server/graph/ingest-extraction.js';
import { buildActor } from '../../support/build-extraction.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';
import { snapshotGraph } from '../../support/snapshot-graph.js';

let graph: TestGraph;

beforeAll(async () => {
  graph = await openEmptyTestGraph();
});

afterAll(async () => {
  await graph.driver.close();
});

const ACTORS = ['russia', 'united_states', 'iran', 'turkey'];
const DATES = [
  { start: '2016-02-01', end: '2016-02-01', precision: 'day' as const },
  { start: '2016-02-02', end: '2016-02-02', precision: 'day' as const },
  { start: '2016-02-01', end: '2016-02-02', precision: 'day' as const },
  { start: '2016-02-09', end: '2016-02-09', precision: 'day' as const },
  { start: '2016-02-01', end: '2016-02-29', precision: 'month' as const },
  { start: null, end: null, precision: 'unknown' as const },
];

// Small pools of the same week's events, so that articles often report one event and identity has work to do.
const eventArbitrary = fc.record({
  type: fc.constantFrom('talks' as const, 'meeting' as const, 'ceasefire' as const, 'agreement' as const),
  status: fc.constantFrom('planned' as const, 'occurred' as const),
  date: fc.constantFrom(...DATES),
  participants: fc.subarray(ACTORS, { minLength: 1, maxLength: 3 }).map((actors) => actors.map((actor) => ({ actor, role: 'participant' as const }))),
  place: fc.constantFrom('Geneva', 'Switzerland', 'Vienna', null),
  summary: fc.constantFrom('they met', 'a truce'),
});

function documentArbitrary(articleId: string): fc.Arbitrary<Extraction> {
  return fc.record({ events: fc.array(eventArbitrary, { minLength: 1, maxLength: 3 }), source: fc.constantFrom('Daily', 'Wire') }).map(({ events, source }) =>
    ExtractionSchema.parse({
      article: { id: articleId, title: articleId, published: '2016-02-10', url: '', source },
      actors: ACTORS.map((id) => buildActor(id)),
      events: events.map((event, i) => ({ ...event, id: `e${i + 1}`, subtype: null, cameo: null, evidence: [{ text: 'They met.', start: 0, end: 9 }], confidence: 0.8 })),
      relations: [],
    }),
  );
}

const documentsArbitrary = fc.tuple(...['a1', 'a2', 'a3', 'a4', 'a5'].map(documentArbitrary));

/** The documents in an order and cut into batches (each written in one transaction). */
const orderingArbitrary = (docs: Extraction[]) =>
  fc.tuple(fc.shuffledSubarray(docs, { minLength: docs.length }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: docs.length, maxLength: docs.length }));

async function ingestInBatches([ordered, sizes]: [Extraction[], number[]]): Promise<void> {
  for (let i = 0, b = 0; i < ordered.length; i += sizes[b++]!) {
    await ingestExtractions(graph.driver, graph.database, ordered.slice(i, i + sizes[b]!).map((doc) => ({ doc, text: null })));
  }
}

// Everything but what depends on time or order by design: an actor's name and kind as first ingested, the ingest time.
async function snapshotIdentity(): Promise<string[]> {
  return (await snapshotGraph(graph))
    .filter((row) => !row.includes('"labels":["Actor"]'))
    .map((row) => row.replace(/"ingestedAt":"[^"]*"/g, ''));
}

describe('event identity, for any documents', () => {
  it('gives the same events (ids, reports, dates, status) whatever order and batches the articles come in', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentsArbitrary.chain((docs) => fc.tuple(orderingArbitrary(docs), orderingArbitrary(docs))),
        async ([first, second]) => {
          await queryRows(graph, 'MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
          await ingestInBatches(first);
          const expected = await snapshotIdentity();
          await queryRows(graph, 'MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
          await ingestInBatches(second);
          expect(await snapshotIdentity()).toEqual(expected);
        },
      ),
      { numRuns: 8 },
    );
  }, 600_000);
});
