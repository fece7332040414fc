import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportJsonSchema } from '../../../server/contract/api.js';
import type { Extraction } from '../../../server/contract/extraction.js';
import { ingestExtraction } from '../../../server/graph/ingest-extraction.js';
import { buildActor, buildEvent, buildExtraction } from '../../support/build-extraction.js';
import { snapshotGraph } from '../../support/snapshot-graph.js';
import { openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;

const TEXT = 'Lavrov and Kerry met in Geneva.';
// One meeting two outlets report, each in its own words: the second gives the month it was planned for.
const documents: Extraction[] = [
  buildExtraction('daily', { actors: [buildActor('russia'), buildActor('united_states')], relations: [], events: [buildEvent('e3', ['russia', 'united_states'], { evidence: [{ text: TEXT, start: 0, end: TEXT.length }] })] }),
  buildExtraction('wire', {
    actors: [buildActor('russia'), buildActor('united_states')],
    relations: [],
    events: [buildEvent('e1', ['russia', 'united_states'], { type: 'meeting', status: 'planned', place: null, summary: 'a meeting is planned', date: { start: '2016-02-01', end: '2016-02-29', precision: 'month' }, evidence: [{ text: 'Kerry', start: 11, end: 16 }] })],
  }),
];

beforeAll(async () => {
  api = await openApiTestApp([]);
  for (const doc of documents) await ingestExtraction(api.graph.driver, api.graph.database, doc, TEXT);
});
afterAll(() => api?.close());

describe('GET /api/export?format=json with an event two articles report', () => {
  it("gives each article's document its own report of the event, with its own passages, and ingesting them again changes nothing", async () => {
    const exported = ExportJsonSchema.parse((await api.app.inject({ method: 'GET', url: '/api/export?format=json' })).json());
    expect(exported.map((doc) => doc.events)).toEqual(documents.map((doc) => doc.events));
    const before = await snapshotGraph(api.graph);
    for (const doc of exported) await ingestExtraction(api.graph.driver, api.graph.database, doc, TEXT);
    expect(await snapshotGraph(api.graph)).toEqual(before);
  });
});
