import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventDetailsSchema, TimelineResponseSchema } from '../../../server/contract/api.js';
import { gdeltCodebook } from '../../../server/gdelt/load-gdelt-codebook.js';
import { mapGdeltRow } from '../../../server/gdelt/map-gdelt-row.js';
import { parseGdeltRow } from '../../../server/gdelt/parse-gdelt-row.js';
import { writeGdeltBatch } from '../../../server/graph/write-gdelt-batch.js';
import { buildGdeltColumns } from '../../support/build-gdelt-row.js';
import { openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp([]);
  const row = parseGdeltRow(buildGdeltColumns({ GLOBALEVENTID: '4242', EventCode: '1123', EventBaseCode: '112', EventRootCode: '11', QuadClass: '3', GoldsteinScale: '-2.0' }));
  await writeGdeltBatch(api.graph.driver, api.graph.database, [mapGdeltRow(row, gdeltCodebook)]);
});
afterAll(() => api?.close());

describe('an event imported from GDELT', () => {
  it('shows in the timeline like an extracted one', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/timeline?from=2019-10-24&to=2019-10-24' });
    const { events } = TimelineResponseSchema.parse(response.json());
    expect(events).toEqual([expect.objectContaining({ id: 'gdelt:4242', type: 'statement', subtype: 'accusation', participants: expect.any(Array) })]);
  });

  it('says in its details that GDELT coded it, with what GDELT measured and its source article', async () => {
    const response = await api.app.inject({ method: 'GET', url: `/api/events/${encodeURIComponent('gdelt:4242')}` });
    expect(response.statusCode).toBe(200);
    const { event, evidence } = EventDetailsSchema.parse(response.json());
    expect(event).toMatchObject({ codedBy: 'gdelt', cameo: '1123', gdelt: { id: 4242, numMentions: 6, numSources: 2, numArticles: 6, goldstein: -2, quadClass: 3 } });
    expect(evidence).toEqual([expect.objectContaining({ article: expect.objectContaining({ url: 'https://news.example.org/2019/10/24/visit', source: 'news.example.org', text: null }) })]);
  });
});
