import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../server/contract/extraction.js';
import { rebuildIdentity } from '../../../server/graph/identity/rebuild-identity.js';
import { ingestExtraction } from '../../../server/graph/ingest-extraction.js';
import { IDENTITY_RULE } from '../../../server/identity/identity-rule.js';
import { buildActor, buildEvent, buildExtraction } from '../../support/build-extraction.js';
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

const actors = [buildActor('russia'), buildActor('united_states'), buildActor('iran')];

// One meeting of Russia and the United States in Geneva on 1–2 February 2016, as an article reports it.
function reportMeeting(articleId: string, source: string, localId: string, overrides: Parameters<typeof buildEvent>[2] = {}): Extraction {
  const doc = buildExtraction(articleId, { actors, relations: [], events: [buildEvent(localId, ['russia', 'united_states'], overrides)] });
  return { ...doc, article: { ...doc.article, source } };
}

const readEvents = () =>
  queryRows(
    graph,
    `MATCH (e:Event)
     RETURN e.id AS id, e.type AS type, e.status AS status, toString(e.start) AS start, toString(e.end) AS end, e.precision AS precision,
       e.reportCount AS reportCount, e.sourceCount AS sourceCount,
       COLLECT { MATCH (r:Report)-[:OF]->(e) RETURN r.key ORDER BY r.key } AS reports
     ORDER BY id`,
  );

describe('event identity at ingest', () => {
  it('makes two articles reporting one meeting one event with two reports, each passage keeping its local id and date', async () => {
    await ingest(reportMeeting('b', 'Wire', 'e4', { type: 'meeting', status: 'planned', date: { start: '2016-02-01', end: '2016-02-29', precision: 'month' } }));
    await ingest(reportMeeting('a', 'Daily', 'e2'));
    expect(await readEvents()).toEqual([
      { id: 'a:e2', type: 'talks', status: 'occurred', start: '2016-02-01', end: '2016-02-03', precision: 'day', reportCount: 2, sourceCount: 2, reports: ['a:e2', 'b:e4'] },
    ]);
    const passages = await queryRows(
      graph,
      'MATCH (:Event)-[p:REPORTED_IN]->(a:Article) RETURN a.id AS article, p.localId AS localId, toString(p.dateStart) AS dateStart, p.precision AS precision, p.status AS status ORDER BY article',
    );
    expect(passages).toEqual([
      { article: 'a', localId: 'e2', dateStart: '2016-02-01', precision: 'day', status: 'occurred' },
      { article: 'b', localId: 'e4', dateStart: '2016-02-01', precision: 'month', status: 'planned' },
    ]);
    const participants = await queryRows(graph, 'MATCH (a:Actor)-[p:PARTICIPATED_IN]->(:Event) RETURN a.id AS actor, p.role AS role ORDER BY actor');
    expect(participants).toEqual([
      { actor: 'russia', role: 'participant' },
      { actor: 'united_states', role: 'participant' },
    ]);
  });

  it('leaves one report when one article is ingested again without the event, and the event takes the remaining report key', async () => {
    await ingest(reportMeeting('a', 'Daily', 'e1'));
    await ingest(reportMeeting('b', 'Wire', 'e1'));
    await ingest({ ...reportMeeting('a', 'Daily', 'e1'), events: [buildEvent('e2', ['iran'], { type: 'statement', subtype: 'appeal' })] });
    const events = await readEvents();
    expect(events.map(({ id, reportCount, sourceCount, reports }) => ({ id, reportCount, sourceCount, reports }))).toEqual([
      { id: 'a:e2', reportCount: 1, sourceCount: 1, reports: ['a:e2'] },
      { id: 'b:e1', reportCount: 1, sourceCount: 1, reports: ['b:e1'] },
    ]);
    const passages = await queryRows(graph, "MATCH (e:Event {id: 'b:e1'})-[p:REPORTED_IN]->(a:Article) RETURN a.id AS article");
    expect(passages).toEqual([{ article: 'b' }]);
  });

  it('splits an event again when the report that joined it is replaced by one of the same key that no longer matches', async () => {
    await ingest(reportMeeting('a', 'Daily', 'e1', { type: 'statement', participants: [{ actor: 'iran', role: 'source' }] }));
    await ingest(reportMeeting('b', 'Wire', 'e1'));
    await ingest(reportMeeting('a', 'Daily', 'e1'));
    expect((await readEvents()).map(({ id, reports }) => ({ id, reports }))).toEqual([{ id: 'a:e1', reports: ['a:e1', 'b:e1'] }]);
    await ingest(reportMeeting('a', 'Daily', 'e1', { type: 'statement', participants: [{ actor: 'iran', role: 'source' }] }));
    expect((await readEvents()).map(({ id, type, reports }) => ({ id, type, reports }))).toEqual([
      { id: 'a:e1', type: 'statement', reports: ['a:e1'] },
      { id: 'b:e1', type: 'talks', reports: ['b:e1'] },
    ]);
    const passages = await queryRows(graph, 'MATCH (e:Event)-[p:REPORTED_IN]->(a:Article) RETURN e.id AS event, a.id AS article ORDER BY event');
    expect(passages).toEqual([
      { event: 'a:e1', article: 'a' },
      { event: 'b:e1', article: 'b' },
    ]);
  });

  it('deletes an event whose only report leaves', async () => {
    await ingest(reportMeeting('a', 'Daily', 'e1'));
    await ingest({ ...reportMeeting('a', 'Daily', 'e1'), events: [] });
    expect(await readEvents()).toEqual([]);
    expect(await queryRows(graph, 'MATCH (r:Report) RETURN r.key AS key')).toEqual([]);
  });

  it('counts the sources of an event, not its articles', async () => {
    await ingest(reportMeeting('a', 'Daily', 'e1'));
    await ingest(reportMeeting('b', 'Daily', 'e1'));
    await ingest(reportMeeting('c', 'Wire', 'e1'));
    expect(await readEvents()).toMatchObject([{ id: 'a:e1', reportCount: 3, sourceCount: 2 }]);
  });

  it('keeps two rounds of talks a week apart as two events', async () => {
    await ingest(reportMeeting('a', 'Daily', 'e1'));
    await ingest(reportMeeting('b', 'Wire', 'e1', { date: { start: '2016-02-10', end: '2016-02-10', precision: 'day' } }));
    expect((await readEvents()).map((event) => event.id)).toEqual(['a:e1', 'b:e1']);
  });

  it('rebuilds identity over the whole graph: a stricter rule splits the meeting, the rule in force joins it again', async () => {
    await ingest(reportMeeting('a', 'Daily', 'e1'));
    await ingest(reportMeeting('b', 'Wire', 'e1'));
    await ingest(reportMeeting('c', 'Wire', 'e1', { date: { start: '2016-02-10', end: '2016-02-10', precision: 'day' } }));
    const joined = await snapshotGraph(graph);
    const split = await rebuildIdentity(graph.driver, graph.database, { rule: { ...IDENTITY_RULE, minScore: 2 }, pageReports: 2 });
    expect(split).toEqual({ reports: 3, events: 3 });
    expect((await readEvents()).map((event) => event.reports)).toEqual([['a:e1'], ['b:e1'], ['c:e1']]);
    expect(await rebuildIdentity(graph.driver, graph.database, { pageReports: 2 })).toEqual({ reports: 3, events: 2 });
    expect(await snapshotGraph(graph)).toEqual(joined);
  });
});
