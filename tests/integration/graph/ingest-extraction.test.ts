import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../server/contract/extraction.js';
import { ingestExtraction } from '../../../server/graph/ingest-extraction.js';
import { buildActor, buildEvent, buildExtraction, buildRelation } from '../../support/build-extraction.js';
import { FIXTURE_NAMES, readFixtureGold } from '../../support/fixture-documents.js';
import { openEmptyTestGraph, queryRows, type TestGraph } from '../../support/open-test-graph.js';
import { snapshotGraph } from '../../support/snapshot-graph.js';

let graph: TestGraph;

beforeEach(async () => {
  await graph?.driver.close();
  graph = await openEmptyTestGraph();
});

afterAll(async () => {
  await graph.driver.close();
});

const ingest = (doc: Extraction, text?: string) => ingestExtraction(graph.driver, graph.database, doc, text);

describe('ingestExtraction', () => {
  it('writes a report of every event of the gold files, and a second ingest changes no count and no property', async () => {
    const docs = await Promise.all(FIXTURE_NAMES.map(readFixtureGold));
    for (const doc of docs) await ingest(doc);
    const first = await snapshotGraph(graph);
    for (const doc of docs) await ingest(doc);
    expect(await snapshotGraph(graph)).toEqual(first);
    const [{ reports, reported }] = (await queryRows(graph, 'MATCH (r:Report) RETURN count(r) AS reports, sum(COUNT { (r)-[:OF]->(:Event) }) AS reported')) as [{ reports: number; reported: number }];
    expect(reports).toBe(docs.reduce((sum, doc) => sum + doc.events.length, 0));
    expect(reported).toBe(reports);
  }, 180_000);

  it('merges the same actor from two articles into one node with the union of its aliases, sorted', async () => {
    const first = buildExtraction('a1', { actors: [buildActor('russia', { aliases: ['Russia', 'Moscow'] }), buildActor('syria')] });
    // Talks a month apart: two events.
    const later = { start: '2016-03-01', end: '2016-03-01', precision: 'day' as const };
    const second = buildExtraction('a2', { actors: [buildActor('russia', { aliases: ['Kremlin', 'Russia'] }), buildActor('iran')], events: [buildEvent('e1', ['russia', 'iran'], { date: later })] });
    await ingest(first);
    await ingest(second);
    const rows = await queryRows(graph, "MATCH (a:Actor {id: 'russia'}) RETURN a.aliases AS aliases");
    expect(rows).toEqual([{ aliases: ['Kremlin', 'Moscow', 'Russia'] }]);
    const participations = await queryRows(graph, "MATCH (:Actor {id: 'russia'})-[p:PARTICIPATED_IN]->(e) RETURN e.id AS id ORDER BY id");
    expect(participations).toEqual([{ id: 'a1:e1' }, { id: 'a2:e1' }]);
  });

  it('stores event dates and the publication date as dates, the ingestion time as a datetime', async () => {
    const doc = buildExtraction('a1', {
      events: [
        buildEvent('e1', ['russia']),
        buildEvent('e2', ['russia'], { date: { start: null, end: null, precision: 'unknown' } }),
      ],
    });
    await ingest(doc);
    const events = await queryRows(graph, 'MATCH (e:Event) RETURN e.id AS id, valueType(e.start) AS start, valueType(e.end) AS end ORDER BY id');
    expect(events).toEqual([
      { id: 'a1:e1', start: 'DATE NOT NULL', end: 'DATE NOT NULL' },
      { id: 'a1:e2', start: 'NULL', end: 'NULL' },
    ]);
    const ranged = await queryRows(graph, "MATCH (e:Event) WHERE e.start >= date('2016-02-01') AND e.end <= date('2016-02-03') RETURN e.id AS id");
    expect(ranged).toEqual([{ id: 'a1:e1' }]);
    const article = await queryRows(graph, 'MATCH (a:Article) RETURN valueType(a.published) AS published, valueType(a.ingestedAt) AS ingestedAt');
    expect(article).toEqual([{ published: 'DATE NOT NULL', ingestedAt: 'ZONED DATETIME NOT NULL' }]);
  });

  it('links each evidence passage to the article with integer offsets into its text, and the event to its place', async () => {
    const text = 'They held talks. Russia backs Syria.';
    const event = buildEvent('e1', ['russia'], {
      evidence: [
        { text: 'They held talks.', start: 0, end: 16 },
        { text: 'Russia backs Syria.', start: 17, end: 36 },
      ],
    });
    await ingest(buildExtraction('a1', { events: [event] }), text);
    const passages = await queryRows(
      graph,
      'MATCH (:Event)-[r:REPORTED_IN]->(a:Article) RETURN substring(a.text, r.start, r.end - r.start) = r.evidence AS sliced, valueType(r.start) AS type',
    );
    expect(passages).toEqual([
      { sliced: true, type: 'INTEGER NOT NULL' },
      { sliced: true, type: 'INTEGER NOT NULL' },
    ]);
    const places = await queryRows(graph, 'MATCH (:Event)-[:AT]->(p:Place) RETURN p.name AS name, p.countryCode AS country, p.latitude IS NOT NULL AS located');
    expect(places).toEqual([{ name: 'Geneva', country: 'CH', located: true }]);
  });

  it("replaces an article's events and relation entries when a changed version is ingested, keeping other articles'", async () => {
    const relation = buildRelation('russia', 'BACKS', 'syrian_government');
    await ingest(buildExtraction('a1', { events: [buildEvent('e1', ['russia']), buildEvent('e2', ['russia'])], relations: [relation] }));
    await ingest(buildExtraction('a2', { relations: [buildRelation('russia', 'BACKS', 'syrian_government', 'Moscow backs Damascus.')] }));
    await ingest(buildExtraction('a1', { events: [buildEvent('e1', ['russia'], { summary: 'changed' })], relations: [] }));
    const events = await queryRows(graph, "MATCH (e:Event {articleId: 'a1'}) RETURN e.id AS id, e.summary AS summary");
    expect(events).toEqual([{ id: 'a1:e1', summary: 'changed' }]);
    const relations = await queryRows(graph, 'MATCH ()-[r:BACKS]->() RETURN r.articleIds AS articleIds, r.evidence AS evidence');
    expect(relations).toEqual([{ articleIds: ['a2'], evidence: ['Moscow backs Damascus.'] }]);
  });

  it('keeps one relationship per actor pair and type, with one entry per passage of every article', async () => {
    await ingest(buildExtraction('b', { relations: [buildRelation('russia', 'BACKS', 'syrian_government', 'second')] }));
    await ingest(buildExtraction('a', { relations: [buildRelation('russia', 'BACKS', 'syrian_government', 'first')] }));
    const relations = await queryRows(graph, 'MATCH ()-[r:BACKS]->() RETURN r.articleIds AS articleIds, r.evidence AS evidence, r.starts AS starts');
    expect(relations).toEqual([{ articleIds: ['a', 'b'], evidence: ['first', 'second'], starts: [0, 0] }]);
  });

  it('leaves nothing of an article when its transaction fails after the actors are written', async () => {
    await ingest(buildExtraction('kept', { actors: [buildActor('iran'), buildActor('iraq')] }));
    const before = await snapshotGraph(graph);
    const failing = ingestExtraction(graph.driver, graph.database, buildExtraction('doomed'), undefined, {
      afterActors: async (tx) => {
        const actors = await tx.run('MATCH (a:Actor) RETURN count(a) AS n');
        expect(actors.records[0]?.get('n')).toBe(4);
        await tx.run('RETURN 1 / 0');
      },
    });
    await expect(failing).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.ArithmeticError' });
    expect(await snapshotGraph(graph)).toEqual(before);
  });
});
