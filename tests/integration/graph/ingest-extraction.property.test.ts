import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema, type Actor, type Extraction } from '../../../server/contract/extraction.js';
import { ingestExtraction } from '../../../server/graph/ingest-extraction.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';
import { snapshotGraph } from '../../support/snapshot-graph.js';

let graph: TestGraph;

beforeAll(async () => {
  graph = await openEmptyTestGraph();
});

afterAll(async () => {
  await graph.driver.close();
});

// Small pools, so that documents share actors, places and relations and the merges are exercised.
const actorArbitrary = fc.record({
  id: fc.constantFrom('russia', 'syria', 'iran', 'turkey', 'john_kerry'),
  name: fc.constantFrom('Russia', 'Syria', 'Kerry'),
  kind: fc.constantFrom('state' as const, 'person' as const),
  aliases: fc.uniqueArray(fc.constantFrom('Moscow', 'Damascus', 'Kremlin', 'Tehran'), { maxLength: 3 }),
});

const evidenceArbitrary = fc
  .tuple(fc.nat({ max: 50 }), fc.nat({ max: 20 }), fc.constantFrom('They met.', 'Talks began.', ''))
  .map(([start, length, text]) => ({ text, start, end: start + length }));

function eventArbitrary(actors: Actor[]) {
  return fc.record({
    id: fc.constantFrom('e1', 'e2', 'e3'),
    type: fc.constantFrom('talks' as const, 'statement' as const),
    subtype: fc.constant(null),
    cameo: fc.constantFrom('046', null),
    status: fc.constant('occurred' as const),
    date: fc.constantFrom(
      { start: '2016-02-01', end: '2016-02-01', precision: 'day' as const },
      { start: '2016-02-01', end: '2016-02-29', precision: 'month' as const },
      { start: null, end: null, precision: 'unknown' as const },
    ),
    participants: fc.uniqueArray(
      fc.record({ actor: fc.constantFrom(...actors.map((a) => a.id)), role: fc.constantFrom('source' as const, 'target' as const) }),
      { minLength: 1, maxLength: 3, selector: (p) => `${p.actor}/${p.role}` },
    ),
    place: fc.constantFrom('Geneva', 'Vienna', 'Atlantis', null),
    summary: fc.constantFrom('talks', 'a statement'),
    evidence: fc.array(evidenceArbitrary, { minLength: 1, maxLength: 2 }),
    confidence: fc.constantFrom(0.5, 1),
  });
}

function relationArbitrary(actors: Actor[]) {
  const actorId = fc.constantFrom(...actors.map((a) => a.id));
  return fc.record({
    source: actorId,
    type: fc.constantFrom('BACKS' as const, 'OPPOSES' as const),
    target: actorId,
    evidence: fc.array(evidenceArbitrary, { maxLength: 2 }),
  });
}

function extractionArbitrary(articleId: string): fc.Arbitrary<Extraction> {
  return fc.uniqueArray(actorArbitrary, { minLength: 1, maxLength: 4, selector: (a) => a.id }).chain((actors) =>
    fc
      .record({
        article: fc.constant({ id: articleId, title: articleId, published: '2016-02-06', url: '', source: 'Test' }),
        actors: fc.constant(actors),
        events: fc.uniqueArray(eventArbitrary(actors), { maxLength: 3, selector: (e) => e.id }),
        relations: fc.array(relationArbitrary(actors), { maxLength: 3 }),
      })
      .map((doc) => ExtractionSchema.parse(doc)),
  );
}

const documentsArbitrary = fc.subarray(['a1', 'a2', 'a3'], { minLength: 1 }).chain((ids) => fc.tuple(...ids.map(extractionArbitrary)));


// What an article says (its events, its article node, every relationship), leaving out what a
// re-ingest keeps by design: merged actors, places, and the time of the latest change.
async function snapshotClaims(): Promise<string[]> {
  const graphRows = await snapshotGraph(graph);
  return graphRows
    .filter((row) => !row.includes('"labels":["Actor"]') && !row.includes('"labels":["Place"]'))
    .map((row) => row.replace(/"(ingestedAt|contentHash)":"[^"]*"/g, ''))
    .sort();
}

async function ingestAll(docs: Extraction[]): Promise<void> {
  for (const doc of docs) await ingestExtraction(graph.driver, graph.database, doc);
}

async function resetGraph(): Promise<void> {
  await queryRows(graph, 'MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
}

describe('ingestExtraction, for any documents', () => {
  it('changes nothing when any of them is ingested again, in any order', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentsArbitrary.chain((docs) => fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs))),
        async ([docs, again]) => {
          await resetGraph();
          await ingestAll(docs);
          const first = await snapshotGraph(graph);
          await ingestAll(again);
          expect(await snapshotGraph(graph)).toEqual(first);
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);

  it("replaces everything an article said when another version of it comes in between", async () => {
    await fc.assert(
      fc.asyncProperty(documentsArbitrary, extractionArbitrary('a1'), async (docs, variant) => {
        await resetGraph();
        await ingestAll(docs);
        const first = await snapshotClaims();
        const original = docs.find((doc) => doc.article.id === 'a1');
        await ingestAll(original ? [variant, original] : []);
        expect(await snapshotClaims()).toEqual(first);
      }),
      { numRuns: 10 },
    );
  }, 300_000);
});
