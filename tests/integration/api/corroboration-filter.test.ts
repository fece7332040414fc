import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.js';
import { ExportJsonSchema, GraphResponseSchema, TimelineResponseSchema } from '../../../server/contract/api.js';
import type { ExtractedEvent, Extraction } from '../../../server/contract/extraction.js';
import { ingestExtraction } from '../../../server/graph/ingest-extraction.js';
import { buildActor, buildEvent, buildExtraction } from '../../support/build-extraction.js';
import { buildTestConfig, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

// Three articles from two outlets report one meeting of Russia and the United States in Munich; one of them
// also reports talks of Syria and Turkey that nobody else does.
const MEETING_TEXT = 'The Russian and American envoys sat down together in Munich.';
const TALKS_TEXT = 'Syrian and Turkish officials held talks in Ankara.';

const meeting = (localId: string): ExtractedEvent =>
  buildEvent(localId, ['russia', 'united_states'], {
    type: 'meeting',
    date: { start: '2016-02-11', end: '2016-02-11', precision: 'day' },
    place: 'Munich',
    evidence: [{ text: MEETING_TEXT, start: 0, end: MEETING_TEXT.length }],
  });

const talks = buildEvent('e2', ['syria', 'turkey'], {
  date: { start: '2016-02-20', end: '2016-02-20', precision: 'day' },
  place: 'Ankara',
  evidence: [{ text: TALKS_TEXT, start: MEETING_TEXT.length + 1, end: MEETING_TEXT.length + 1 + TALKS_TEXT.length }],
});

function report(articleId: string, source: string, events: ExtractedEvent[]): Extraction {
  const actors = ['russia', 'united_states', 'syria', 'turkey'].map((id) => buildActor(id));
  const doc = buildExtraction(articleId, { actors, events, relations: [] });
  return { ...doc, article: { ...doc.article, source } };
}

let api: ApiTestApp;
// The same graph read without the month and day aggregates: what every answer must equal.
let fromEvents: FastifyInstance;

beforeAll(async () => {
  api = await openApiTestApp([]);
  const text = `${MEETING_TEXT} ${TALKS_TEXT}`;
  for (const doc of [report('daily', 'Daily', [meeting('e1'), talks]), report('wire', 'Wire', [meeting('e4')]), report('daily-late', 'Daily', [meeting('e1')])]) {
    await ingestExtraction(api.graph.driver, api.graph.database, doc, text);
  }
  fromEvents = await buildApp(buildTestConfig({ READ_AGGREGATES: 'off' }), api.deps);
});
afterAll(async () => {
  await fromEvents?.close();
  await api?.close();
});

const get = async (app: FastifyInstance, url: string) => {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response;
};
const timeline = async (query: string, app = api.app) => TimelineResponseSchema.parse((await get(app, `/api/timeline?${query}`)).json());
const graph = async (query: string, app = api.app) => GraphResponseSchema.parse((await get(app, `/api/graph?${query}`)).json());
const eventEdges = (answer: { edges: { kind: string; source: string; target: string; weight: number }[] }) =>
  answer.edges.filter((edge) => edge.kind === 'event').map(({ source, target, weight }) => ({ source, target, weight }));

describe('corroboration in /api/timeline', () => {
  it('lists an event three articles report once, with its reports and distinct sources', async () => {
    const { events } = await timeline('from=2016-02-01&to=2016-02-29');
    expect(events.map(({ type, reportCount, sourceCount }) => ({ type, reportCount, sourceCount }))).toEqual([
      { type: 'meeting', reportCount: 3, sourceCount: 2 },
      { type: 'talks', reportCount: 1, sourceCount: 1 },
    ]);
  });

  it('keeps only the events at least minSources distinct sources report', async () => {
    expect((await timeline('from=2016-02-01&to=2016-02-29&minSources=2')).events.map((event) => event.type)).toEqual(['meeting']);
    expect((await timeline('from=2016-02-01&to=2016-02-29&minSources=3')).events).toEqual([]);
    expect((await timeline('minSources=1')).events).toHaveLength(2);
  });

  it('counts only the corroborated events when the window holds more than the timeline lists', async () => {
    const counting = await buildApp(buildTestConfig({ TIMELINE_ITEM_LIMIT: '1' }), api.deps);
    try {
      expect((await timeline('from=2016-02-01&to=2016-02-29', counting)).density?.total).toBe(2);
      const corroborated = await timeline('from=2016-02-01&to=2016-02-29&minSources=2', counting);
      expect(corroborated.density).toBeUndefined();
      expect(corroborated.events.map((event) => event.type)).toEqual(['meeting']);
    } finally {
      await counting.close();
    }
  });

  it('refuses a minSources that is not a whole number from 1', async () => {
    expect((await api.app.inject({ method: 'GET', url: '/api/timeline?minSources=0' })).statusCode).toBe(400);
    expect((await api.app.inject({ method: 'GET', url: '/api/graph?minSources=two' })).statusCode).toBe(400);
  });
});

describe('corroboration in /api/graph', () => {
  // A whole month is read from the month aggregates, a window of a few days from the events.
  it.each([
    ['a whole month (month aggregates)', 'from=2016-02-01&to=2016-02-29'],
    ['a window of days (events)', 'from=2016-02-05&to=2016-02-25'],
  ])('weighs an edge by events, not reports, over %s', async (_case, window) => {
    const answer = await graph(window);
    expect(eventEdges(answer)).toEqual([
      { source: 'russia', target: 'united_states', weight: 1 },
      { source: 'syria', target: 'turkey', weight: 1 },
    ]);
    expect(answer.nodes.find((node) => node.id === 'russia')?.activity).toBe(1);
  });

  it.each([
    ['a whole month', 'from=2016-02-01&to=2016-02-29'],
    ['a window of days', 'from=2016-02-05&to=2016-02-25'],
    ['every date', ''],
  ])('keeps only the corroborated events over %s, as a read of the events does', async (_case, window) => {
    const corroborated = await graph(`${window}&minSources=2`);
    expect(eventEdges(corroborated)).toEqual([{ source: 'russia', target: 'united_states', weight: 1 }]);
    expect(corroborated.nodes.map((node) => node.id).sort()).toEqual(['russia', 'united_states']);
    expect(corroborated).toEqual(await graph(`${window}&minSources=2`, fromEvents));
    const none = await graph(`${window}&minSources=3`);
    expect(none).toEqual({ nodes: [], edges: [], capped: false });
  });
});

describe('corroboration in /api/export', () => {
  it('exports only the corroborated events, with every report of them', async () => {
    const exported = async (query: string) =>
      ExportJsonSchema.parse((await get(api.app, `/api/export?format=json&from=2016-02-01&to=2016-02-29${query}`)).json());
    const all = await exported('');
    expect(all.flatMap((doc) => doc.events.map((event) => event.type)).sort()).toEqual(['meeting', 'meeting', 'meeting', 'talks']);
    const corroborated = await exported('&minSources=2');
    expect(corroborated.map((doc) => doc.article.id).sort()).toEqual(['daily', 'daily-late', 'wire']);
    expect(corroborated.flatMap((doc) => doc.events.map((event) => event.type))).toEqual(['meeting', 'meeting', 'meeting']);
    expect(await exported('&minSources=3')).toEqual([]);
  });
});
