import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema, type Extraction } from '../../../../server/contract/extraction.js';
import { gdeltCodebook } from '../../../../server/gdelt/load-gdelt-codebook.js';
import { mapGdeltRow, type GdeltRecord } from '../../../../server/gdelt/map-gdelt-row.js';
import { parseGdeltRow } from '../../../../server/gdelt/parse-gdelt-row.js';
import { rebuildAggregates } from '../../../../server/graph/aggregates/rebuild-aggregates.js';
import { applyMigrations } from '../../../../server/graph/apply-migrations.js';
import { ingestExtractions } from '../../../../server/graph/ingest-extraction.js';
import { writeGdeltBatch } from '../../../../server/graph/write-gdelt-batch.js';
import { buildGdeltColumns } from '../../../support/build-gdelt-row.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../../support/open-test-graph.js';
import { readStoredAggregates, recountAggregates } from '../../../support/read-aggregates.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openEmptyTestGraph();
});
afterAll(async () => {
  await graph.driver.close();
});

// Small pools, so that writes share actors, rows and keys, and re-ingests move events between rows.
const ACTORS = ['russia', 'syria', 'iran', 'turkey'];
const DATES = [
  { start: '2015-12-28', end: '2016-01-03', precision: 'week' as const },
  { start: '2016-02-01', end: '2016-02-01', precision: 'day' as const },
  { start: '2016-02-29', end: '2016-02-29', precision: 'day' as const },
  { start: '2016-02-29', end: '2016-03-06', precision: 'week' as const },
  { start: '2016-03-01', end: '2016-03-31', precision: 'month' as const },
  { start: '2016-01-01', end: '2016-12-31', precision: 'year' as const },
  { start: null, end: null, precision: 'unknown' as const },
];

const eventArbitrary = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3'),
  type: fc.constantFrom('talks' as const, 'offensive' as const, 'statement' as const, 'resolution' as const),
  subtype: fc.constant(null),
  cameo: fc.constantFrom('046', '190', null),
  status: fc.constant('occurred' as const),
  date: fc.constantFrom(...DATES),
  participants: fc.uniqueArray(
    fc.record({ actor: fc.constantFrom(...ACTORS), role: fc.constantFrom('source' as const, 'target' as const, 'participant' as const) }),
    { minLength: 1, maxLength: 4, selector: (p) => `${p.actor}/${p.role}` },
  ),
  place: fc.constant(null),
  summary: fc.constant('something happened'),
  evidence: fc.constant([{ text: 'Something happened.', start: 0, end: 19 }]),
  confidence: fc.constant(1),
});

function extractionArbitrary(articleId: string): fc.Arbitrary<Extraction> {
  return fc.uniqueArray(eventArbitrary, { maxLength: 3, selector: (e) => e.id }).map((events) =>
    ExtractionSchema.parse({
      article: { id: articleId, title: articleId, published: '2016-03-01', url: '', source: 'Test' },
      actors: ACTORS.map((id) => ({ id, name: id, kind: 'state', aliases: [id] })),
      events,
      relations: [],
    }),
  );
}

const COUNTRIES = ['RUS', 'SYR', 'IRN', 'TUR'];
const gdeltRecordArbitrary: fc.Arbitrary<GdeltRecord> = fc
  .record({
    id: fc.constantFrom('901', '902', '903'),
    day: fc.constantFrom('20151231', '20160201', '20160229', '20160301'),
    code: fc.constantFrom({ eventCode: '042', root: '04', quadClass: '1' }, { eventCode: '190', root: '19', quadClass: '4' }, { eventCode: '1123', root: '11', quadClass: '3' }),
    actor1: fc.constantFrom(...COUNTRIES),
    actor2: fc.constantFrom(...COUNTRIES, ''),
  })
  .map(({ id, day, code: { eventCode, root, quadClass }, actor1, actor2 }) =>
    mapGdeltRow(parseGdeltRow(buildGdeltColumns({
      GLOBALEVENTID: id, SQLDATE: day, EventCode: eventCode, EventBaseCode: eventCode.slice(0, 3), EventRootCode: root, QuadClass: quadClass,
      Actor1Code: actor1, Actor1Name: actor1, Actor1CountryCode: actor1, Actor1Type1Code: '',
      Actor2Code: actor2, Actor2Name: actor2, Actor2CountryCode: actor2,
    })), gdeltCodebook));

/** One write: a batch of extraction documents (new or changed versions of a few articles) or a batch of GDELT rows. */
const writeArbitrary = fc.oneof(
  fc.subarray(['a1', 'a2', 'a3'], { minLength: 1 }).chain((ids) => fc.tuple(...ids.map(extractionArbitrary))).map((docs) => ({ kind: 'ingest' as const, docs })),
  fc.uniqueArray(gdeltRecordArbitrary, { minLength: 1, maxLength: 3, selector: (r) => r.event.id }).map((records) => ({ kind: 'gdelt' as const, records })),
);

describe('the aggregates, after any ingests, re-ingests and GDELT imports', () => {
  it('equal a recount from the events', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(writeArbitrary, { minLength: 1, maxLength: 6 }), async (writes) => {
        await queryRows(graph, 'MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
        for (const write of writes) {
          if (write.kind === 'ingest') await ingestExtractions(graph.driver, graph.database, write.docs.map((doc) => ({ doc, text: null })));
          else await writeGdeltBatch(graph.driver, graph.database, write.records);
        }
        expect(await readStoredAggregates(graph)).toEqual(await recountAggregates(graph));
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});

describe('rebuildAggregates', () => {
  it('recounts every row from the events, whatever the rows held before', async () => {
    await queryRows(graph, 'MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
    const [docs, records] = fc.sample(fc.tuple(writeArbitrary, gdeltRecordArbitrary), { numRuns: 1, seed: 11 })[0]!;
    if (docs.kind === 'ingest') await ingestExtractions(graph.driver, graph.database, docs.docs.map((doc) => ({ doc, text: null })));
    await writeGdeltBatch(graph.driver, graph.database, [records]);
    await queryRows(graph, "MATCH (c:DayCount) SET c.count = c.count + 5 CREATE (:DayCount {type: 'talks', start: date('1999-01-01'), end: date('1999-01-01'), count: 2, cooperation: 0, conflict: 0})");
    await rebuildAggregates(graph.driver, graph.database);
    expect(await readStoredAggregates(graph)).toEqual(await recountAggregates(graph));
    expect((await readStoredAggregates(graph)).days.length).toBeGreaterThan(0);
  });

  it('runs when the aggregates\' migration first applies to a graph that holds events', async () => {
    await queryRows(graph, 'MATCH (c:PairMonthCount|ActorMonthCount|PairYearCount|ActorYearCount|DayCount|ActorDayCount) DELETE c');
    await queryRows(graph, "MATCH (m:Migration {id: '020-pair-month-count-key-unique'}) DELETE m");
    await applyMigrations(graph.driver, graph.database);
    expect((await readStoredAggregates(graph)).days.length).toBeGreaterThan(0);
    expect(await readStoredAggregates(graph)).toEqual(await recountAggregates(graph));
  });

  it('runs when the year rows\' migration first applies to a graph whose month rows exist', async () => {
    await queryRows(graph, 'MATCH (c:PairYearCount|ActorYearCount) DELETE c');
    await queryRows(graph, "MATCH (m:Migration {id: '030-pair-year-count-key-unique'}) DELETE m");
    await applyMigrations(graph.driver, graph.database);
    expect((await readStoredAggregates(graph)).actorYears.length).toBeGreaterThan(0);
    expect(await readStoredAggregates(graph)).toEqual(await recountAggregates(graph));
  });
});
