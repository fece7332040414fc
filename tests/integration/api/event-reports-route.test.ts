import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventDetailsSchema, TimelineResponseSchema } from '../../../server/contract/api.js';
import type { Extraction } from '../../../server/contract/extraction.js';
import { ingestExtraction } from '../../../server/graph/ingest-extraction.js';
import { buildActor, buildEvent, buildExtraction } from '../../support/build-extraction.js';
import { openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;

// Two outlets report one meeting of Russia and the United States in Geneva; the second only knew the month it was planned for.
const TEXT = 'Lavrov and Kerry met in Geneva.';
function reportMeeting(articleId: string, source: string, localId: string, overrides: Parameters<typeof buildEvent>[2]): Extraction {
  const doc = buildExtraction(articleId, {
    actors: [buildActor('russia'), buildActor('united_states')],
    relations: [],
    events: [buildEvent(localId, ['russia', 'united_states'], { evidence: [{ text: TEXT, start: 0, end: TEXT.length }], ...overrides })],
  });
  return { ...doc, article: { ...doc.article, source } };
}

beforeAll(async () => {
  api = await openApiTestApp([]);
  await ingestExtraction(api.graph.driver, api.graph.database, reportMeeting('daily', 'Daily', 'e3', {}), TEXT);
  const planned = { status: 'planned' as const, type: 'meeting' as const, date: { start: '2016-02-01', end: '2016-02-29', precision: 'month' as const } };
  await ingestExtraction(api.graph.driver, api.graph.database, reportMeeting('wire', 'Wire', 'e1', planned), TEXT);
});
afterAll(() => api?.close());

describe('GET /api/events/:id for an event two articles report', () => {
  it('gives its corroboration and every report: article, local id, its own date and status, passages with offsets', async () => {
    const response = await api.app.inject({ method: 'GET', url: `/api/events/${encodeURIComponent('daily:e3')}` });
    expect(response.statusCode).toBe(200);
    const { event, reports, evidence } = EventDetailsSchema.parse(response.json());
    expect(event).toMatchObject({ id: 'daily:e3', status: 'occurred', start: '2016-02-01', precision: 'day', reportCount: 2, sourceCount: 2 });
    expect(reports).toEqual([
      {
        article: { id: 'daily', title: 'Article daily', source: 'Daily', url: 'https://example.org/daily', published: '2016-02-06' },
        localId: 'e3',
        date: { start: '2016-02-01', end: '2016-02-03', precision: 'day' },
        status: 'occurred',
        evidence: [{ text: TEXT, start: 0, end: TEXT.length }],
      },
      {
        article: { id: 'wire', title: 'Article wire', source: 'Wire', url: 'https://example.org/wire', published: '2016-02-06' },
        localId: 'e1',
        date: { start: '2016-02-01', end: '2016-02-29', precision: 'month' },
        status: 'planned',
        evidence: [{ text: TEXT, start: 0, end: TEXT.length }],
      },
    ]);
    expect(evidence.map((passage) => passage.article.text!.slice(passage.start, passage.end))).toEqual([TEXT, TEXT]);
  });

  it('shows the event once in the timeline', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/timeline?from=2016-02-01&to=2016-02-29' });
    const { events } = TimelineResponseSchema.parse(response.json());
    expect(events.map(({ id, reportCount, sourceCount }) => ({ id, reportCount, sourceCount }))).toEqual([{ id: 'daily:e3', reportCount: 2, sourceCount: 2 }]);
  });

  it('keeps to events reported by at least minSources sources', async () => {
    const timeline = async (minSources: number) =>
      TimelineResponseSchema.parse((await api.app.inject({ method: 'GET', url: `/api/timeline?from=2016-02-01&to=2016-02-29&minSources=${minSources}` })).json()).events;
    expect((await timeline(2)).map((event) => event.id)).toEqual(['daily:e3']);
    expect(await timeline(3)).toEqual([]);
  });

  it('is not found under the id of a report that is not the smallest', async () => {
    expect((await api.app.inject({ method: 'GET', url: `/api/events/${encodeURIComponent('wire:e1')}` })).statusCode).toBe(404);
  });
});
