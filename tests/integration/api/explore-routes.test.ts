import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActorDetailsSchema,
  EventDetailsSchema,
  GraphResponseSchema,
  HealthResponseSchema,
  SearchResponseSchema,
  TimelineResponseSchema,
} from '../../../server/contract/api.js';
import { readFixtureGold } from '../../support/fixture-documents.js';
import { GOLD_NAMES, MAIN_DOCUMENT, openApiTestApp, type ApiTestApp } from './open-api-test-app.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await openApiTestApp();
});
afterAll(() => api?.close());

const get = (url: string) => api.app.inject({ method: 'GET', url });

describe('GET /api/health', () => {
  it('reports a reachable database and what it holds', async () => {
    const response = await get('/api/health');
    expect(response.statusCode).toBe(200);
    const health = HealthResponseSchema.parse(response.json());
    expect(health.status).toBe('ok');
    expect(health.database.counts?.articles).toBe(GOLD_NAMES.length);
  });
});

describe('GET /api/timeline', () => {
  it('lists the dated events of a window, earliest first, with their participants', async () => {
    const response = await get('/api/timeline?from=2014-04-14&to=2014-04-17');
    expect(response.statusCode).toBe(200);
    const { events, capped } = TimelineResponseSchema.parse(response.json());
    expect(capped).toBe(false);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.start! <= '2014-04-17' && event.end! >= '2014-04-14').toBe(true);
    expect(events.map((e) => e.start)).toEqual(events.map((e) => e.start).sort());
    const talks = events.find((e) => e.id === `${MAIN_DOCUMENT}:e2`);
    expect(talks?.participants.map((p) => p.actor).sort()).toEqual(['ashton', 'deshchytsia', 'eu', 'kerry', 'lavrov', 'russia', 'ukraine', 'united_states']);
  });

  it('keeps only the types and the actor asked for', async () => {
    const response = await get('/api/timeline?types=statement,sanctions&actor=lavrov');
    const { events } = TimelineResponseSchema.parse(response.json());
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(['statement', 'sanctions']).toContain(event.type);
      expect(event.participants.map((p) => p.actor)).toContain('lavrov');
    }
  });

  it('cuts at the limit and says so', async () => {
    const { events, capped } = TimelineResponseSchema.parse((await get('/api/timeline?limit=2')).json());
    expect(events).toHaveLength(2);
    expect(capped).toBe(true);
  });

  it.each([
    ['an impossible date', 'from=2016-02-30'],
    ['a window ending before it starts', 'from=2016-03-01&to=2016-02-01'],
    ['an unknown event type', 'types=picnic'],
    ['a limit out of range', 'limit=0'],
    ['a limit that is not a number', 'limit=many'],
  ])('refuses %s with 400 VALIDATION_FAILED', async (_case, query) => {
    const response = await get(`/api/timeline?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('querystring') });
  });
});

describe('GET /api/graph', () => {
  it('links actors that share events, by event type, and by stated relations', async () => {
    const response = await get('/api/graph?from=2014-04-01&to=2014-04-30');
    expect(response.statusCode).toBe(200);
    const graph = GraphResponseSchema.parse(response.json());
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const edge of graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ source: 'separatists', target: 'ukraine', kind: 'event', type: 'offensive' }),
    );
    expect(graph.edges).toContainEqual({ source: 'russia', target: 'separatists', kind: 'relation', type: 'BACKS', weight: 1 });
    expect(graph.edges.map((e) => e.weight)).toEqual(graph.edges.map((e) => e.weight).sort((a, b) => b - a));
  });

  it('changes with the window: only the events overlapping it link actors', async () => {
    const graph = GraphResponseSchema.parse((await get('/api/graph?from=2014-04-14&to=2014-04-16')).json());
    const golds = await Promise.all(GOLD_NAMES.map(readFixtureGold));
    const overlapping = golds
      .flatMap((doc) => doc.events)
      .filter((e) => e.date.start !== null && e.date.start <= '2014-04-16' && e.date.end! >= '2014-04-14')
      .filter((e) => new Set(e.participants.map((p) => p.actor)).size > 1);
    expect(overlapping.length).toBeGreaterThan(0);
    expect(new Set(graph.edges.filter((e) => e.kind === 'event').map((e) => e.type))).toEqual(new Set(overlapping.map((e) => e.type)));
    expect(graph.nodes.map((n) => n.id)).not.toContain('kerry');
  });

  it('weighs co-participation by the number of shared events', async () => {
    const graph = GraphResponseSchema.parse((await get('/api/graph?types=ceasefire')).json());
    const russiaTurkey = graph.edges.find((e) => e.source === 'russia' && e.target === 'turkey');
    const golds = await Promise.all(GOLD_NAMES.map(readFixtureGold));
    const shared = golds.flatMap((doc) => doc.events).filter(
      (e) => e.type === 'ceasefire' && e.date.start !== null && ['russia', 'turkey'].every((id) => e.participants.some((p) => p.actor === id)),
    );
    expect(shared.length).toBeGreaterThan(1);
    expect(russiaTurkey?.weight).toBe(shared.length);
  });

  it('keeps the heaviest edges under the limit and flags the cut', async () => {
    const graph = GraphResponseSchema.parse((await get('/api/graph?limit=3')).json());
    expect(graph.edges).toHaveLength(3);
    expect(graph.capped).toBe(true);
  });

  it("gives an actor's neighbourhood: only the edges that touch it, as double-click expansion asks", async () => {
    const graph = GraphResponseSchema.parse((await get('/api/graph?actors=russia')).json());
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const edge of graph.edges) expect([edge.source, edge.target]).toContain('russia');
  });

  it('leaves out edges lighter than minWeight', async () => {
    const all = GraphResponseSchema.parse((await get('/api/graph')).json());
    const heavy = GraphResponseSchema.parse((await get('/api/graph?minWeight=2')).json());
    expect(heavy.edges).toEqual(all.edges.filter((edge) => edge.weight >= 2));
    expect(heavy.edges.length).toBeLessThan(all.edges.length);
  });

  it('filters by actor kind', async () => {
    const graph = GraphResponseSchema.parse((await get('/api/graph?kinds=state')).json());
    expect(graph.nodes.length).toBeGreaterThan(0);
    for (const node of graph.nodes) expect(node.kind).toBe('state');
  });

  it('refuses an unknown actor kind with 400', async () => {
    expect((await get('/api/graph?kinds=alien')).statusCode).toBe(400);
  });
});

describe('GET /api/actors/:id', () => {
  it('gives an actor with its roles, relations and events', async () => {
    const response = await get('/api/actors/russia');
    expect(response.statusCode).toBe(200);
    const details = ActorDetailsSchema.parse(response.json());
    expect(details.actor).toMatchObject({ id: 'russia', kind: 'state' });
    expect(details.activity).toBe(details.events.length);
    expect(details.relations).toContainEqual(
      expect.objectContaining({ type: 'BACKS', direction: 'out', other: expect.objectContaining({ id: 'separatists' }) }),
    );
    expect(details.roles.reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(details.activity);
  });

  it('answers 404 NOT_FOUND for an unknown actor, without echoing the id', async () => {
    const response = await get('/api/actors/atlantis');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: 'No actor has this id.' });
  });
});

describe('GET /api/events/:id', () => {
  it('gives every evidence passage, whose offsets slice the article text', async () => {
    const response = await get(`/api/events/${encodeURIComponent(`${MAIN_DOCUMENT}:e5`)}`);
    expect(response.statusCode).toBe(200);
    const { event, evidence } = EventDetailsSchema.parse(response.json());
    expect(event).toMatchObject({ type: 'offensive', start: '2014-04-15', precision: 'day', codedBy: 'extractor', gdelt: null });
    const gold = (await readFixtureGold(MAIN_DOCUMENT)).events.find((e) => e.id === 'e5')!;
    expect(evidence).toHaveLength(gold.evidence.length);
    for (const passage of evidence) {
      expect(passage.article).toMatchObject({ id: MAIN_DOCUMENT, published: '2014-04-17' });
      expect(passage.article.text!.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });

  it('answers 404 NOT_FOUND for an unknown event', async () => {
    expect((await get('/api/events/nothing:e1')).statusCode).toBe(404);
  });
});

describe('GET /api/search', () => {
  it('finds actors by a name prefix and events by summary words', async () => {
    const { actors } = SearchResponseSchema.parse((await get('/api/search?q=ker')).json());
    expect(actors[0]).toMatchObject({ id: 'kerry' });
    const { events } = SearchResponseSchema.parse((await get('/api/search?q=offensive')).json());
    expect(events.length).toBeGreaterThan(0);
  });

  it('treats Lucene syntax in the input as plain words', async () => {
    const response = await get(`/api/search?q=${encodeURIComponent('kerry" OR (*:* AND [a TO z]')}`);
    expect(response.statusCode).toBe(200);
    SearchResponseSchema.parse(response.json());
  });

  it('refuses an empty query with 400', async () => {
    expect((await get('/api/search?q=')).statusCode).toBe(400);
  });
});
